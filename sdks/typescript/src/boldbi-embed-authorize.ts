// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

/**
 * Bold BI embed token (v14.1 and later) (Bold BI): {@link exchange} the secret for a token.
 *
 * Generated from `spec/formats/boldbi-embed-authorize.yaml`, the exchange family. The secret is sent
 * to the vendor over HTTPS (it issues the token); it never appears in an error.
 *
 * @see https://help.boldbi.com/embedding-options/embedding-sdk/token-generation/
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
  member,
  parseBody,
  pick,
  putValue,
  requireMember,
  send,
  stringMember,
  urlText,
} from "./runtime/runtime.js";

/** A declared object of the Bold BI embed token (v14.1 and later) request. */
export interface BoldbiEmbedAuthorizeDashboard {
  /** The dashboard's id (from its URL). */
  readonly id: string;
}

/** What {@link exchange} takes from its caller. */
export interface BoldbiEmbedAuthorizeInput {
  /** Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in the URL and the body. */
  readonly serverurl: string;
  /** The site (tenant) identifier (site/site1); in the URL and the body. */
  readonly siteidentifier: string;
  /** The viewer's email; the user must exist in Bold BI with access to the dashboard. */
  readonly email: string;
  /** The dashboard; mandatory on Bold BI 14.1.11 only. */
  readonly dashboard?: BoldbiEmbedAuthorizeDashboard | undefined;
}

/** What {@link exchange} returns. */
export interface BoldbiEmbedAuthorizeExchanged {
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
  serverurl: {
    name: "serverurl",
    ident: "serverurl",
    required: true,
    shape: { type: "string" },
  },
  siteidentifier: {
    name: "siteidentifier",
    ident: "siteidentifier",
    required: true,
    shape: { type: "string" },
  },
  email: {
    name: "email",
    ident: "email",
    required: true,
    shape: { type: "string" },
  },
  embedsecret: {
    name: "embedsecret",
    ident: "embedsecret",
    required: true,
    shape: { type: "string" },
  },
  dashboard: {
    name: "dashboard",
    ident: "dashboard",
    required: false,
    shape: {
      type: "object",
      properties: [
        {
          name: "id",
          ident: "id",
          required: true,
          shape: { type: "string" },
        },
      ],
    },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link exchange}. */
const INPUTS: readonly Member[] = [
  FIELDS.serverurl,
  FIELDS.siteidentifier,
  FIELDS.email,
  FIELDS.dashboard,
];

/** The members of the JSON request body, in order (the secret's included). */
const BODY: readonly Member[] = [
  FIELDS.serverurl,
  FIELDS.siteidentifier,
  FIELDS.email,
  FIELDS.embedsecret,
  FIELDS.dashboard,
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
 * Sends the secret to Bold BI and receives a token.
 *
 * @param input - the caller's values; defaults apply to those left out
 * @param secret - The embed secret from Bold BI's embed settings; sent in the body as embedsecret.
 * @param options - `now`, `baseUrl` (tests, proxies), `timeoutMs`, `fetch`
 * @throws {@link EmbedsealError} `invalid_key` for the secret, `invalid_input`
 *   for a missing or invalid value, and for a failed call `invalid_request`,
 *   `unauthorized`, `forbidden`, `not_found`, `rate_limited` (with
 *   `retryAfter`), `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: BoldbiEmbedAuthorizeInput,
  secret: string,
  options: CallOptions = {},
): Promise<BoldbiEmbedAuthorizeExchanged> {
  checkCredential(secret, "the secret");
  const now = options.now ?? currentTime();
  const values = resolveValues(input);
  const url = absoluteUrl(
    urlText(values, "serverurl") +
    "/api/" +
    urlText(values, "siteidentifier") +
    "/embed/authorize",
    options.baseUrl,
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  const body: JsonMap = new Map();
  for (const field of BODY) {
    if (field.name === "embedsecret") {
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
  requireMember(received, ["ApiStatus"], true);
  const token = stringMember(received, ["Data", "access_token"]);
  const embed: string | null = null;
  const found = member(received, ["Data", "expires_in"]);
  const expiresAt: number | null = now + lifetime(found, 1, 1);
  return { token, expiresAt, url: embed, response: received };
}
// --8<-- [end:exchange]

/** Every input's value in declared order, defaults applied, checked. */
function resolveValues(input: BoldbiEmbedAuthorizeInput): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.serverurl, input.serverurl);
  putValue(values, FIELDS.siteidentifier, input.siteidentifier);
  putValue(values, FIELDS.email, input.email);
  putValue(values, FIELDS.dashboard, input.dashboard);
  return pick(values, INPUTS);
}

/**
 * Exchange input from parsed JSON keyed by wire name, checked the way
 * {@link exchange} checks it; `null` counts as absent.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function inputFromJson(json: JsonValue): BoldbiEmbedAuthorizeInput {
  return inputMembersFromJson(INPUTS, json) as unknown as BoldbiEmbedAuthorizeInput;
}

/** The result as JSON: `token`, `expires_at`, `url`, `response`. */
export function exchangedToJson(result: BoldbiEmbedAuthorizeExchanged): JsonMap {
  return new Map<string, JsonValue>([
    ["token", result.token],
    ["expires_at", result.expiresAt],
    ["url", result.url],
    ["response", result.response],
  ]);
}
