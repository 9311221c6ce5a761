// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

/**
 * ToolJet personal access token (embedded apps) (ToolJet): {@link exchange} the secret for a token.
 *
 * Generated from `spec/formats/tooljet-pat.yaml`, the exchange family. The secret is sent
 * to the vendor over HTTPS (it issues the token); it never appears in an error.
 *
 * @see https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md
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

/** What {@link exchange} takes from its caller. */
export interface TooljetPatInput {
  /** The ToolJet origin (https://tooljet.example.com). */
  readonly serverUrl: string;
  /** The user the token acts as. */
  readonly email: string;
  /** The app the token is scoped to. */
  readonly appId: string;
  /** How long the embedded session lasts, in minutes. Defaults to `60`. */
  readonly sessionExpiry?: number | undefined;
  /** How long the token is valid, in seconds. Defaults to `3600`. */
  readonly patExpiry?: number | undefined;
}

/** What {@link exchange} returns. */
export interface TooljetPatExchanged {
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
  email: {
    name: "email",
    ident: "email",
    required: true,
    shape: { type: "string" },
  },
  appId: {
    name: "appId",
    ident: "appId",
    required: true,
    shape: { type: "string" },
  },
  sessionExpiry: {
    name: "sessionExpiry",
    ident: "sessionExpiry",
    required: true,
    shape: { type: "integer", minimum: 1 },
  },
  patExpiry: {
    name: "patExpiry",
    ident: "patExpiry",
    required: true,
    shape: { type: "integer", minimum: 1 },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link exchange}. */
const INPUTS: readonly Member[] = [
  FIELDS.serverUrl,
  FIELDS.email,
  FIELDS.appId,
  FIELDS.sessionExpiry,
  FIELDS.patExpiry,
];

/** The members of the JSON request body, in order (the secret's included). */
const BODY: readonly Member[] = [
  FIELDS.email,
  FIELDS.appId,
  FIELDS.sessionExpiry,
  FIELDS.patExpiry,
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
  success: [200, 201],
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
 * Sends the secret to ToolJet and receives a token.
 *
 * @param input - the caller's values; defaults apply to those left out
 * @param secret - The external API access token configured on the ToolJet server, sent as given after "Authorization: Basic ".
 * @param options - `now`, `baseUrl` (tests, proxies), `timeoutMs`, `fetch`
 * @throws {@link EmbedsealError} `invalid_key` for the secret, `invalid_input`
 *   for a missing or invalid value, and for a failed call `invalid_request`,
 *   `unauthorized`, `forbidden`, `not_found`, `rate_limited` (with
 *   `retryAfter`), `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: TooljetPatInput,
  secret: string,
  options: CallOptions = {},
): Promise<TooljetPatExchanged> {
  checkCredential(secret, "the secret");
  const now = options.now ?? currentTime();
  const values = resolveValues(input);
  const url = absoluteUrl(
    urlText(values, "server_url") +
    "/api/ext/users/personal-access-token",
    options.baseUrl,
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  headers["Authorization"] = "Basic " + secret;
  const body: JsonMap = new Map();
  for (const field of BODY) {
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
  const token = stringMember(received, ["personalAccessToken"]);
  const embed: string | null = stringMember(received, ["redirectUrl"]);
  const expiresAt: number | null =
    now + lifetime(values.get("patExpiry"), 1, 1);
  return { token, expiresAt, url: embed, response: received };
}
// --8<-- [end:exchange]

/** Every input's value in declared order, defaults applied, checked. */
function resolveValues(input: TooljetPatInput): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.serverUrl, input.serverUrl);
  putValue(values, FIELDS.email, input.email);
  putValue(values, FIELDS.appId, input.appId);
  putValue(values, FIELDS.sessionExpiry, input.sessionExpiry ?? 60);
  putValue(values, FIELDS.patExpiry, input.patExpiry ?? 3600);
  return pick(values, INPUTS);
}

/**
 * Exchange input from parsed JSON keyed by wire name, checked the way
 * {@link exchange} checks it; `null` counts as absent.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function inputFromJson(json: JsonValue): TooljetPatInput {
  return inputMembersFromJson(INPUTS, json) as unknown as TooljetPatInput;
}

/** The result as JSON: `token`, `expires_at`, `url`, `response`. */
export function exchangedToJson(result: TooljetPatExchanged): JsonMap {
  return new Map<string, JsonValue>([
    ["token", result.token],
    ["expires_at", result.expiresAt],
    ["url", result.url],
    ["response", result.response],
  ]);
}
