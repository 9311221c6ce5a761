// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

/**
 * Looker signed embed URL (Looker): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/looker-signed-url.yaml`, the signed-url family.
 *
 * @see https://cloud.google.com/looker/docs/single-sign-on-embedding
 * @see https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts
 *
 * Known risks of the vendor's format (kept for compatibility):
 * - unsigned-fields: the signature does not cover first_name, last_name, user_timezone, force_logout_login
 * - sha1: HMAC-SHA1 is a legacy choice
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @module
 */

import {
  EmbedsealError,
  type JsonMap,
  type JsonObject,
  type JsonProfile,
  type JsonValue,
  type Member,
  type MessagePart,
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
  randomText,
  receivedClaims,
  receivedSignedString,
  secureRandom,
  signedString,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** What {@link sign} takes from its caller. */
export interface LookerSignedUrlInput {
  /** Looker host without scheme, with the port when needed (example.looker.com). */
  readonly host: string;
  /** The embedded content path, e.g. /embed/dashboards/1. */
  readonly embedUrl: string;
  /** Single-use random value. */
  readonly nonce?: string | undefined;
  /** When the URL was signed; Looker accepts it within five minutes. */
  readonly time?: number | undefined;
  /** Length of the embed session in seconds. Defaults to `3600`. */
  readonly sessionLength?: number | undefined;
  /** Your id for the viewer. */
  readonly externalUserId: string;
  /** Looker permissions, e.g. access_data, see_user_dashboards. */
  readonly permissions: readonly string[];
  /** Model names the viewer may use. */
  readonly models: readonly string[];
  readonly groupIds?: readonly number[] | undefined;
  readonly externalGroupId?: string | undefined;
  readonly userAttributes?: JsonMap | JsonObject | undefined;
  /** Required by Looker; {} when unused. Defaults to `{}`. */
  readonly accessFilters?: JsonMap | JsonObject | undefined;
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly userTimezone?: string | undefined;
  readonly forceLogoutLogin?: boolean | undefined;
}

/** The answer in the shape Looker's own examples return it. */
export interface LookerSignedUrlResponse {
  readonly url: string;
}

/** What {@link sign} returns. */
export interface LookerSignedUrlSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the URL. */
  readonly signature: string;
  /** Looker's response shape. */
  readonly response: LookerSignedUrlResponse;
}

/** The verified contents of a URL, as {@link verify} returns them. */
export interface LookerSignedUrlClaims {
  /** Looker host without scheme, with the port when needed (example.looker.com). */
  readonly host: string;
  /** The embedded content path, e.g. /embed/dashboards/1. */
  readonly embedUrl: string;
  /** Single-use random value. */
  readonly nonce: string;
  /** When the URL was signed; Looker accepts it within five minutes. */
  readonly time: number;
  /** Length of the embed session in seconds. */
  readonly sessionLength: number;
  /** Your id for the viewer. */
  readonly externalUserId: string;
  /** Looker permissions, e.g. access_data, see_user_dashboards. */
  readonly permissions: readonly string[];
  /** Model names the viewer may use. */
  readonly models: readonly string[];
  readonly groupIds?: readonly number[] | undefined;
  readonly externalGroupId?: string | undefined;
  readonly userAttributes?: JsonMap | JsonObject | undefined;
  /** Required by Looker; {} when unused. */
  readonly accessFilters: JsonMap | JsonObject;
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly userTimezone?: string | undefined;
  readonly forceLogoutLogin?: boolean | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  host: {
    name: "host",
    ident: "host",
    required: true,
    shape: { type: "string" },
  },
  embedUrl: {
    name: "embed_url",
    ident: "embedUrl",
    required: true,
    shape: { type: "string" },
  },
  nonce: {
    name: "nonce",
    ident: "nonce",
    required: true,
    shape: { type: "string", maxLength: 255 },
  },
  time: {
    name: "time",
    ident: "time",
    required: true,
    shape: { type: "unix-time" },
  },
  sessionLength: {
    name: "session_length",
    ident: "sessionLength",
    required: true,
    shape: { type: "integer", minimum: 0, maximum: 2592000 },
  },
  externalUserId: {
    name: "external_user_id",
    ident: "externalUserId",
    required: true,
    shape: { type: "string" },
  },
  permissions: {
    name: "permissions",
    ident: "permissions",
    required: true,
    shape: { type: "array", items: { type: "string" } },
  },
  models: {
    name: "models",
    ident: "models",
    required: true,
    shape: { type: "array", items: { type: "string" } },
  },
  groupIds: {
    name: "group_ids",
    ident: "groupIds",
    required: false,
    shape: { type: "array", items: { type: "integer" } },
  },
  externalGroupId: {
    name: "external_group_id",
    ident: "externalGroupId",
    required: false,
    shape: { type: "string", maxLength: 81 },
  },
  userAttributes: {
    name: "user_attributes",
    ident: "userAttributes",
    required: false,
    shape: { type: "object" },
  },
  accessFilters: {
    name: "access_filters",
    ident: "accessFilters",
    required: true,
    shape: { type: "object" },
  },
  firstName: {
    name: "first_name",
    ident: "firstName",
    required: false,
    shape: { type: "string" },
  },
  lastName: {
    name: "last_name",
    ident: "lastName",
    required: false,
    shape: { type: "string" },
  },
  userTimezone: {
    name: "user_timezone",
    ident: "userTimezone",
    required: false,
    shape: { type: "string" },
  },
  forceLogoutLogin: {
    name: "force_logout_login",
    ident: "forceLogoutLogin",
    required: false,
    shape: { type: "boolean" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.host,
  FIELDS.embedUrl,
  FIELDS.nonce,
  FIELDS.time,
  FIELDS.sessionLength,
  FIELDS.externalUserId,
  FIELDS.permissions,
  FIELDS.models,
  FIELDS.groupIds,
  FIELDS.externalGroupId,
  FIELDS.userAttributes,
  FIELDS.accessFilters,
  FIELDS.firstName,
  FIELDS.lastName,
  FIELDS.userTimezone,
  FIELDS.forceLogoutLogin,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.host,
  FIELDS.embedUrl,
  FIELDS.nonce,
  FIELDS.time,
  FIELDS.sessionLength,
  FIELDS.externalUserId,
  FIELDS.permissions,
  FIELDS.models,
  FIELDS.groupIds,
  FIELDS.externalGroupId,
  FIELDS.userAttributes,
  FIELDS.accessFilters,
  FIELDS.firstName,
  FIELDS.lastName,
  FIELDS.userTimezone,
  FIELDS.forceLogoutLogin,
];

/** The fields checked once the signature matches. */
const CHECKED: readonly Member[] = [
  FIELDS.host,
  FIELDS.embedUrl,
  FIELDS.nonce,
  FIELDS.time,
  FIELDS.sessionLength,
  FIELDS.externalUserId,
  FIELDS.permissions,
  FIELDS.models,
  FIELDS.groupIds,
  FIELDS.externalGroupId,
  FIELDS.userAttributes,
  FIELDS.accessFilters,
  FIELDS.firstName,
  FIELDS.lastName,
  FIELDS.userTimezone,
  FIELDS.forceLogoutLogin,
];

/** The pieces of the signed string, joined by "\n". */
const MESSAGE: readonly MessagePart[] = [
  { field: "host", prefix: "", encode: "text" },
  { field: "embed_url", prefix: "/login/embed/", encode: "percent" },
  { field: "nonce", prefix: "", encode: "json" },
  { field: "time", prefix: "", encode: "json" },
  { field: "session_length", prefix: "", encode: "json" },
  { field: "external_user_id", prefix: "", encode: "json" },
  { field: "permissions", prefix: "", encode: "json" },
  { field: "models", prefix: "", encode: "json" },
  { field: "group_ids", prefix: "", encode: "json" },
  { field: "external_group_id", prefix: "", encode: "json" },
  { field: "user_attributes", prefix: "", encode: "json" },
  { field: "access_filters", prefix: "", encode: "json" },
];

/** How received text is read, for fields that are not strings. */
const KINDS: ReadonlyMap<string, TextKind> = new Map([
  ["time", "integer"],
  ["session_length", "integer"],
  ["force_logout_login", "boolean"],
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
  safe: "-_.!~*'()",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: [
    "https://",
    { field: "host", percent: false },
    "/login/embed/",
    { field: "embed_url", percent: true },
  ],
  query: [
    { name: "nonce", field: "nonce", encode: "json" },
    { name: "time", field: "time", encode: "json" },
    { name: "session_length", field: "session_length", encode: "json" },
    { name: "external_user_id", field: "external_user_id", encode: "json" },
    { name: "permissions", field: "permissions", encode: "json" },
    { name: "models", field: "models", encode: "json" },
    { name: "group_ids", field: "group_ids", encode: "json" },
    { name: "external_group_id", field: "external_group_id", encode: "json" },
    { name: "user_attributes", field: "user_attributes", encode: "json" },
    { name: "access_filters", field: "access_filters", encode: "json" },
    { name: "first_name", field: "first_name", encode: "json" },
    { name: "last_name", field: "last_name", encode: "json" },
    { name: "user_timezone", field: "user_timezone", encode: "json" },
    { name: "force_logout_login", field: "force_logout_login", encode: "json" },
    { name: "signature", value: "signature" },
  ],
};

/** When a URL is too old or too young. */
const TIME_POLICY: TimePolicy = {
  issuedAt: "time",
  maxAge: 0,
  leeway: 300,
};

/**
 * The key bytes of a secret: The embed secret from Admin > Embed.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 1);
}

// --8<-- [start:sign]
/**
 * Signs a Looker signed embed URL.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The embed secret from Admin > Embed.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: LookerSignedUrlInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): LookerSignedUrlSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const message = signedString(values, MESSAGE, "\n", TEXT_RULES);
  const mac = hmac("sha1", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64");
  const url = embedUrl(values, signature);
  return {
    url,
    signature,
    response: {
      url,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(
  input: LookerSignedUrlInput,
  now: number,
  random: RandomSource,
): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.host, input.host);
  putValue(values, FIELDS.embedUrl, input.embedUrl);
  putValue(values, FIELDS.nonce, randomText(random(16), "hex"));
  putValue(values, FIELDS.time, now);
  putValue(values, FIELDS.sessionLength, input.sessionLength ?? 3600);
  putValue(values, FIELDS.externalUserId, input.externalUserId);
  putValue(values, FIELDS.permissions, input.permissions);
  putValue(values, FIELDS.models, input.models);
  putValue(values, FIELDS.groupIds, input.groupIds);
  putValue(values, FIELDS.externalGroupId, input.externalGroupId);
  putValue(values, FIELDS.userAttributes, input.userAttributes);
  putValue(values, FIELDS.accessFilters, input.accessFilters ?? {});
  putValue(values, FIELDS.firstName, input.firstName);
  putValue(values, FIELDS.lastName, input.lastName);
  putValue(values, FIELDS.userTimezone, input.userTimezone);
  putValue(values, FIELDS.forceLogoutLogin, input.forceLogoutLogin);
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
 * Verifies a Looker signed embed URL URL and returns its claims.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from Admin > Embed.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  url: string,
  secret: string,
  now: number = currentTime(),
): LookerSignedUrlClaims {
  const claims = verifyClaims(url, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as LookerSignedUrlClaims;
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
  const message = receivedSignedString(received, MESSAGE, "\n", TEXT_RULES);
  const signature = decodeBytes(received.signature, "base64", "signature");
  if (!constantTimeEqual(hmac("sha1", key, utf8Encode(message)), signature)) {
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
export function inputFromJson(json: JsonValue): LookerSignedUrlInput {
  return inputMembersFromJson(INPUTS, json) as unknown as LookerSignedUrlInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: LookerSignedUrlClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
