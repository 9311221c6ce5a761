// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

/**
 * Bold BI signed embed URL (before v14.1) (Bold BI): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/boldbi-embed-url.yaml`, the signed-url family.
 *
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md
 *
 * Known risks of the vendor's format (kept for compatibility):
 * - no-expiry: embed_timestamp is optional, and without it nothing expires
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @module
 */

import {
  EmbedsealError,
  type JsonMap,
  type JsonProfile,
  type JsonValue,
  type Member,
  type RandomSource,
  type TextKind,
  type TextRules,
  type TimePolicy,
  type UrlLayout,
  buildUrl,
  checkMembers,
  checkTimes,
  constantTimeEqual,
  currentTime,
  decodeBytes,
  decodeSecret,
  encodeBytes,
  hmac,
  inputMembersFromJson,
  membersFromJson,
  parseReceivedUrl,
  putValue,
  queryString,
  randomText,
  receivedClaims,
  receivedQueryText,
  secureRandom,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** What {@link sign} takes from its caller. */
export interface BoldbiEmbedUrlInput {
  /** The dashboard's URL on your Bold BI server (where the signed query goes). */
  readonly dashboardUrl: string;
  /** A random GUID. */
  readonly embedNonce?: string | undefined;
  /** The dashboard id. */
  readonly embedDashboardId: string;
  /** Email of a Bold BI user allowed to see the dashboard. */
  readonly embedUserEmail: string;
  /** Signing time; without it Bold BI accepts the URL forever. Defaults to now + 0 seconds. */
  readonly embedTimestamp?: number | undefined;
  /** Seconds the URL stays valid (needs embed_timestamp). */
  readonly embedExpirationtime?: number | undefined;
}

/** The answer in the shape Bold BI's own examples return it. */
export interface BoldbiEmbedUrlResponse {
  readonly url: string;
  readonly signature: string;
}

/** What {@link sign} returns. */
export interface BoldbiEmbedUrlSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the URL. */
  readonly signature: string;
  /** Bold BI's response shape. */
  readonly response: BoldbiEmbedUrlResponse;
}

/** The verified contents of a URL, as {@link verify} returns them. */
export interface BoldbiEmbedUrlClaims {
  /** The dashboard's URL on your Bold BI server (where the signed query goes). */
  readonly dashboardUrl: string;
  /** A random GUID. */
  readonly embedNonce: string;
  /** The dashboard id. */
  readonly embedDashboardId: string;
  /** Email of a Bold BI user allowed to see the dashboard. */
  readonly embedUserEmail: string;
  /** Signing time; without it Bold BI accepts the URL forever. */
  readonly embedTimestamp?: number | undefined;
  /** Seconds the URL stays valid (needs embed_timestamp). */
  readonly embedExpirationtime?: number | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  dashboardUrl: {
    name: "dashboard_url",
    ident: "dashboardUrl",
    required: true,
    shape: { type: "string" },
  },
  embedNonce: {
    name: "embed_nonce",
    ident: "embedNonce",
    required: true,
    shape: { type: "string" },
  },
  embedDashboardId: {
    name: "embed_dashboard_id",
    ident: "embedDashboardId",
    required: true,
    shape: { type: "string" },
  },
  embedUserEmail: {
    name: "embed_user_email",
    ident: "embedUserEmail",
    required: true,
    shape: { type: "string" },
  },
  embedTimestamp: {
    name: "embed_timestamp",
    ident: "embedTimestamp",
    required: false,
    shape: { type: "unix-time" },
  },
  embedExpirationtime: {
    name: "embed_expirationtime",
    ident: "embedExpirationtime",
    required: false,
    shape: { type: "integer", minimum: 86400, maximum: 518400 },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.dashboardUrl,
  FIELDS.embedNonce,
  FIELDS.embedDashboardId,
  FIELDS.embedUserEmail,
  FIELDS.embedTimestamp,
  FIELDS.embedExpirationtime,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.dashboardUrl,
  FIELDS.embedNonce,
  FIELDS.embedDashboardId,
  FIELDS.embedUserEmail,
  FIELDS.embedTimestamp,
  FIELDS.embedExpirationtime,
];

/** The fields checked once the signature matches. */
const CHECKED: readonly Member[] = [
  FIELDS.embedNonce,
  FIELDS.embedDashboardId,
  FIELDS.embedUserEmail,
  FIELDS.embedTimestamp,
  FIELDS.embedExpirationtime,
];

/** How received text is read, for fields that are not strings. */
const KINDS: ReadonlyMap<string, TextKind> = new Map([
  ["embed_timestamp", "integer"],
  ["embed_expirationtime", "integer"],
]);

/** How the format writes JSON. */
const JSON_PROFILE: JsonProfile = {
  itemSeparator: ",",
  keySeparator: ":",
  asciiOnly: false,
  sortKeys: false,
};

/** How values are written into signed strings and URLs. */
const TEXT_RULES: TextRules = {
  json: JSON_PROFILE,
  safe: "-_.~@",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: [{ field: "dashboard_url", percent: false }],
  query: [
    { name: "embed_nonce", field: "embed_nonce", encode: "text" },
    { name: "embed_dashboard_id", field: "embed_dashboard_id", encode: "text" },
    { name: "embed_user_email", field: "embed_user_email", encode: "text" },
    { name: "embed_timestamp", field: "embed_timestamp", encode: "text" },
    {
      name: "embed_expirationtime",
      field: "embed_expirationtime",
      encode: "text",
    },
    { name: "embed_signature", value: "signature" },
  ],
};

/** When a URL is too old or too young. */
const TIME_POLICY: TimePolicy = {
  issuedAt: "embed_timestamp",
  maxAge: 518400,
  leeway: 0,
};

/**
 * The key bytes of a secret: The embed secret from the Bold BI settings page.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 1);
}

// --8<-- [start:sign]
/**
 * Signs a Bold BI signed embed URL (before v14.1).
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The embed secret from the Bold BI settings page.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: BoldbiEmbedUrlInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): BoldbiEmbedUrlSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const message = queryString(values, URL_LAYOUT, TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64");
  const url = embedUrl(values, signature);
  return {
    url,
    signature,
    response: {
      url,
      signature,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(
  input: BoldbiEmbedUrlInput,
  now: number,
  random: RandomSource,
): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.dashboardUrl, input.dashboardUrl);
  putValue(values, FIELDS.embedNonce, randomText(random(16), "uuid"));
  putValue(values, FIELDS.embedDashboardId, input.embedDashboardId);
  putValue(values, FIELDS.embedUserEmail, input.embedUserEmail);
  putValue(values, FIELDS.embedTimestamp, input.embedTimestamp ?? now);
  putValue(values, FIELDS.embedExpirationtime, input.embedExpirationtime);
  return values;
}

// --8<-- [start:url]
/** The embed URL for signed values and their signature. */
function embedUrl(values: JsonMap, signature: string): string {
  return buildUrl(values, URL_LAYOUT, TEXT_RULES, undefined, signature);
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Bold BI signed embed URL (before v14.1) URL and returns its claims.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from the Bold BI settings page.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  url: string,
  secret: string,
  now: number = currentTime(),
): BoldbiEmbedUrlClaims {
  const claims = verifyClaims(url, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as BoldbiEmbedUrlClaims;
}

/**
 * Like {@link verify}, but returns the claims as JSON exactly as received,
 * members the spec does not declare included.
 */
export function verifyClaims(
  url: string,
  secret: string,
  now: number = currentTime(),
): JsonMap {
  const key = decodeKey(secret);
  const received = parseReceivedUrl(url, URL_LAYOUT);
  const message = receivedQueryText(received);
  const signature = decodeBytes(received.signature, "base64", "signature");
  if (!constantTimeEqual(hmac("sha256", key, utf8Encode(message)), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const claims = receivedClaims(received, KINDS);
  checkMembers(CHECKED, claims, "", "invalid_claim");
  checkTimes(TIME_POLICY, claims, now);
  return claims;
}
// --8<-- [end:verify]

/**
 * Sign input from parsed JSON keyed by wire name, checked the way {@link sign}
 * checks it; `null` counts as absent.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function inputFromJson(json: JsonValue): BoldbiEmbedUrlInput {
  return inputMembersFromJson(INPUTS, json) as unknown as BoldbiEmbedUrlInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: BoldbiEmbedUrlClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
