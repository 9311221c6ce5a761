// Code generated from spec/formats/semaphor-token.yaml — do not edit.

/**
 * Semaphor dashboard token (Semaphor): {@link exchange} the secret for a token, {@link revoke} it.
 *
 * Generated from `spec/formats/semaphor-token.yaml`, the exchange family. The secret is sent
 * to the vendor over HTTPS (it issues the token); it never appears in an error.
 *
 * @see https://docs.semaphor.cloud/docs/embedding/token-options
 * @see https://docs.semaphor.cloud/docs/api/tokens
 *
 * @module
 */

import {
  type CallOptions,
  type JsonMap,
  type JsonProfile,
  type JsonValue,
  type Member,
  type ResponseRules,
  absoluteUrl,
  checkCredential,
  checkStatus,
  currentTime,
  encodeJson,
  inputMembersFromJson,
  lifetime,
  parseBody,
  pick,
  putValue,
  send,
  stringMember,
  urlText,
} from "./runtime/runtime.js";

/** A declared object of the Semaphor dashboard token request. */
export interface SemaphorTokenCurrencyFormat {
  /** A BCP 47 locale: en-US. */
  readonly locale: string;
  /** An ISO 4217 code: USD. */
  readonly currency: string;
}

/** A declared object of the Semaphor dashboard token request. */
export interface SemaphorTokenParams {
  /** How numbers show as money; values as Intl.NumberFormat takes them. */
  readonly currencyFormat?: SemaphorTokenCurrencyFormat | undefined;
}

/** What {@link exchange} takes from its caller. */
export interface SemaphorTokenInput {
  /** Semaphor's API origin (injectable for tests and private deployments). Defaults to `"https://semaphor.cloud"`. */
  readonly serverUrl?: string | undefined;
  /** The dashboard's id (d_…). */
  readonly dashboardId: string;
  /** How long the token lives, in seconds (Semaphor's default is one hour). Defaults to `3600`. */
  readonly tokenExpiry?: number | undefined;
  /** Your id for the person viewing the dashboard. */
  readonly endUserId?: string | undefined;
  /** User parameters the dashboard reads. */
  readonly params?: SemaphorTokenParams | undefined;
}

/** What {@link exchange} returns. */
export interface SemaphorTokenExchanged {
  /** The token the vendor issued. */
  readonly token: string;
  /** When the token expires (Unix seconds), or `null` when unknown. */
  readonly expiresAt: number | null;
  /** The embed URL, or `null` when the format has none. */
  readonly url: string | null;
  /** The vendor's JSON answer, as received. */
  readonly response: JsonValue;
}

/** How long a call waits for the vendor's complete answer (milliseconds). */
export const TIMEOUT_MS = 10000;

/** Every field of the format, in declared order. */
const FIELDS = {
  serverUrl: {
    name: "server_url",
    ident: "serverUrl",
    required: true,
    shape: { type: "string" },
  },
  dashboardId: {
    name: "dashboardId",
    ident: "dashboardId",
    required: true,
    shape: { type: "string" },
  },
  dashboardSecret: {
    name: "dashboardSecret",
    ident: "dashboardSecret",
    required: true,
    shape: { type: "string" },
  },
  tokenExpiry: {
    name: "tokenExpiry",
    ident: "tokenExpiry",
    required: true,
    shape: { type: "integer", minimum: 1 },
  },
  endUserId: {
    name: "endUserId",
    ident: "endUserId",
    required: false,
    shape: { type: "string" },
  },
  params: {
    name: "params",
    ident: "params",
    required: false,
    shape: {
      type: "object",
      properties: [
        {
          name: "currencyFormat",
          ident: "currencyFormat",
          required: false,
          shape: {
            type: "object",
            properties: [
              {
                name: "locale",
                ident: "locale",
                required: true,
                shape: { type: "string" },
              },
              {
                name: "currency",
                ident: "currency",
                required: true,
                shape: { type: "string" },
              },
            ],
          },
        },
      ],
    },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link exchange}. */
const INPUTS: readonly Member[] = [
  FIELDS.serverUrl,
  FIELDS.dashboardId,
  FIELDS.tokenExpiry,
  FIELDS.endUserId,
  FIELDS.params,
];

/** The members of the JSON request body, in order (the secret's included). */
const BODY: readonly Member[] = [
  FIELDS.dashboardId,
  FIELDS.dashboardSecret,
  FIELDS.tokenExpiry,
  FIELDS.endUserId,
  FIELDS.params,
];

/** How the request body is written. */
const JSON_PROFILE: JsonProfile = {
  itemSeparator: ",",
  keySeparator: ":",
  asciiOnly: false,
  sortKeys: false,
};

/** Which statuses carry a token, and what the others mean. */
const RULES: ResponseRules = {
  success: [200],
  statusErrors: {
    "400": "invalid_request",
    "401": "unauthorized",
    "403": "forbidden",
    "404": "not_found",
    "429": "rate_limited",
    "4xx": "invalid_request",
    "5xx": "upstream_error",
  },
};

// --8<-- [start:exchange]
/**
 * Sends the secret to Semaphor and receives a token.
 *
 * @param input - the caller's values; defaults apply to those left out
 * @param secret - The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body.
 * @param options - `now`, `baseUrl` (tests, proxies), `timeoutMs`, `fetch`
 * @throws {@link EmbedsealError} `invalid_key` for the secret, `invalid_input`
 *   for a missing or invalid value, and for a failed call `invalid_request`,
 *   `unauthorized`, `forbidden`, `not_found`, `rate_limited` (with
 *   `retryAfter`), `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: SemaphorTokenInput,
  secret: string,
  options: CallOptions = {},
): Promise<SemaphorTokenExchanged> {
  checkCredential(secret, "the secret");
  const now = options.now ?? currentTime();
  const values = resolveValues(input);
  const url = absoluteUrl(
    urlText(values, "server_url") +
    "/api/v1/token",
    options.baseUrl,
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  const body: JsonMap = new Map();
  for (const field of BODY) {
    if (field.name === "dashboardSecret") {
      body.set(field.name, secret);
      continue;
    }
    const value = values.get(field.name);
    if (value !== undefined) {
      body.set(field.name, value);
    }
  }
  const answer = await send(
    "POST",
    url,
    headers,
    encodeJson(body, JSON_PROFILE),
    options.timeoutMs ?? TIMEOUT_MS,
    options.fetch,
  );
  checkStatus(RULES, answer, now);
  const received = parseBody(answer);
  const token = stringMember(received, ["accessToken"]);
  const embed: string | null = null;
  const expiresAt: number | null =
    now + lifetime(values.get("tokenExpiry"), 1, 1);
  return { token, expiresAt, url: embed, response: received };
}
// --8<-- [end:exchange]

/** The values the revocation URL uses; defaults apply to those left out. */
export interface SemaphorTokenRevokeInput {
  readonly serverUrl?: string | undefined;
}

// --8<-- [start:revoke]
/**
 * Invalidates `token` at Semaphor (for example when the user logs out).
 *
 * @throws {@link EmbedsealError} `invalid_key` for an empty token, and the
 *   codes of a failed call (see {@link exchange}).
 */
export async function revoke(
  token: string,
  input: SemaphorTokenRevokeInput = {},
  options: CallOptions = {},
): Promise<void> {
  checkCredential(token, "the token");
  const now = options.now ?? currentTime();
  const values: JsonMap = new Map();
  putValue(values, FIELDS.serverUrl, input.serverUrl ?? "https://semaphor.cloud");
  const url = absoluteUrl(
    urlText(values, "server_url") +
    "/api/v1/invalidate-token",
    options.baseUrl,
  );
  const headers: Record<string, string> = { Accept: "application/json" };
  headers["Authorization"] = "Bearer " + token;
  const answer = await send(
    "POST",
    url,
    headers,
    undefined,
    options.timeoutMs ?? TIMEOUT_MS,
    options.fetch,
  );
  checkStatus(RULES, answer, now);
}
// --8<-- [end:revoke]

/** Every input's value in declared order, defaults applied, checked. */
function resolveValues(input: SemaphorTokenInput): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.serverUrl, input.serverUrl ?? "https://semaphor.cloud");
  putValue(values, FIELDS.dashboardId, input.dashboardId);
  putValue(values, FIELDS.tokenExpiry, input.tokenExpiry ?? 3600);
  putValue(values, FIELDS.endUserId, input.endUserId);
  putValue(values, FIELDS.params, input.params);
  return pick(values, INPUTS);
}

/**
 * Exchange input from parsed JSON keyed by wire name, checked the way
 * {@link exchange} checks it; `null` counts as absent.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function inputFromJson(json: JsonValue): SemaphorTokenInput {
  return inputMembersFromJson(INPUTS, json) as unknown as SemaphorTokenInput;
}

/** The result as JSON: `token`, `expires_at`, `url`, `response`. */
export function exchangedToJson(result: SemaphorTokenExchanged): JsonMap {
  return new Map<string, JsonValue>([
    ["token", result.token],
    ["expires_at", result.expiresAt],
    ["url", result.url],
    ["response", result.response],
  ]);
}
