// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

/**
 * Golden lines fixture (embedseal tests): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `tests/golden/specs/golden-lines.yaml`, the signed-url family.
 *
 * Known risks of the vendor's format (kept for compatibility):
 * - unsigned-fields: the signature does not cover display
 *
 * @module
 */

import {
  EmbedsealError,
  type JsonMap,
  type JsonProfile,
  type JsonValue,
  type Member,
  type MessagePart,
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
  receivedClaims,
  receivedSignedString,
  signedString,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** What {@link sign} takes from its caller. */
export interface GoldenLinesInput {
  readonly host: string;
  readonly path: string;
  readonly time?: number | undefined;
  readonly user: string;
  readonly groups?: readonly number[] | undefined;
  readonly display?: string | undefined;
}

/** The answer in the shape embedseal tests's own examples return it. */
export interface GoldenLinesResponse {
  readonly url: string;
}

/** What {@link sign} returns. */
export interface GoldenLinesSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the URL. */
  readonly signature: string;
  /** embedseal tests's response shape. */
  readonly response: GoldenLinesResponse;
}

/** The verified contents of a URL, as {@link verify} returns them. */
export interface GoldenLinesClaims {
  readonly host: string;
  readonly path: string;
  readonly time: number;
  readonly user: string;
  readonly groups?: readonly number[] | undefined;
  readonly display?: string | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  host: {
    name: "host",
    ident: "host",
    required: true,
    shape: { type: "string" },
  },
  path: {
    name: "path",
    ident: "path",
    required: true,
    shape: { type: "string" },
  },
  time: {
    name: "time",
    ident: "time",
    required: true,
    shape: { type: "unix-time" },
  },
  user: {
    name: "user",
    ident: "user",
    required: true,
    shape: { type: "string", maxLength: 64 },
  },
  groups: {
    name: "groups",
    ident: "groups",
    required: false,
    shape: { type: "array", items: { type: "integer" } },
  },
  display: {
    name: "display",
    ident: "display",
    required: false,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.host,
  FIELDS.path,
  FIELDS.time,
  FIELDS.user,
  FIELDS.groups,
  FIELDS.display,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.host,
  FIELDS.path,
  FIELDS.time,
  FIELDS.user,
  FIELDS.groups,
  FIELDS.display,
];

/** The fields checked once the signature matches. */
const CHECKED: readonly Member[] = [
  FIELDS.host,
  FIELDS.path,
  FIELDS.time,
  FIELDS.user,
  FIELDS.groups,
  FIELDS.display,
];

/** The pieces of the signed string, joined by "\n". */
const MESSAGE: readonly MessagePart[] = [
  { field: "host", prefix: "", encode: "text" },
  { field: "path", prefix: "/e/", encode: "percent" },
  { field: "time", prefix: "", encode: "json" },
  { field: "user", prefix: "", encode: "json" },
  { field: "groups", prefix: "", encode: "json" },
];

/** How received text is read, for fields that are not strings. */
const KINDS: ReadonlyMap<string, TextKind> = new Map([
  ["time", "integer"],
]);

/** How the format writes JSON. */
const JSON_PROFILE: JsonProfile = {
  itemSeparator: ", ",
  keySeparator: ": ",
  asciiOnly: false,
  sortKeys: false,
};

/** How values are written into signed strings and URLs. */
const TEXT_RULES: TextRules = {
  json: JSON_PROFILE,
  safe: "-_.~",
  space: "+",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: [
    "https://",
    { field: "host", percent: false },
    "/e/",
    { field: "path", percent: true },
  ],
  query: [
    { name: "time", field: "time", encode: "text" },
    { name: "user", field: "user", encode: "json" },
    { name: "groups", field: "groups", encode: "json" },
    { name: "display", field: "display", encode: "text" },
    { name: "sig", value: "signature" },
  ],
};

/** When a URL is too old or too young. */
const TIME_POLICY: TimePolicy = {
  issuedAt: "time",
  maxAge: 120,
  leeway: 10,
};

/**
 * The key bytes of a secret: the secret shared with embedseal tests.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not base64, `weak_key` when it is shorter than 16 bytes.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "base64", 16);
}

// --8<-- [start:sign]
/**
 * Signs a Golden lines fixture.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: GoldenLinesInput,
  secret: string,
  now: number = currentTime(),
): GoldenLinesSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
  const message = signedString(values, MESSAGE, "\n", TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64url");
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
function resolveValues(input: GoldenLinesInput, now: number): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.host, input.host);
  putValue(values, FIELDS.path, input.path);
  putValue(values, FIELDS.time, now);
  putValue(values, FIELDS.user, input.user);
  putValue(values, FIELDS.groups, input.groups);
  putValue(values, FIELDS.display, input.display);
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
 * Verifies a Golden lines fixture URL and returns its claims.
 *
 * @param url - the URL as received
 * @param secret - the secret shared with embedseal tests
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  url: string,
  secret: string,
  now: number = currentTime(),
): GoldenLinesClaims {
  const claims = verifyClaims(url, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as GoldenLinesClaims;
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
  const signature = decodeBytes(received.signature, "base64url", "signature");
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
export function inputFromJson(json: JsonValue): GoldenLinesInput {
  return inputMembersFromJson(INPUTS, json) as unknown as GoldenLinesInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: GoldenLinesClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
