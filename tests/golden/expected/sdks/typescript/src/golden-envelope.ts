// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

/**
 * Golden envelope fixture (embedseal tests): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `tests/golden/specs/golden-envelope.yaml`, the envelope family.
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
  type RandomSource,
  type TextRules,
  type TimePolicy,
  type UrlLayout,
  buildUrl,
  checkMembers,
  checkShape,
  checkTimes,
  constantTimeEqual,
  currentTime,
  decodeBytes,
  decodeSecret,
  encodeBytes,
  encodeJson,
  hmac,
  inputMembersFromJson,
  membersFromJson,
  parseObject,
  pick,
  putValue,
  randomText,
  secureRandom,
  signedString,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** What {@link sign} takes from its caller. */
export interface GoldenEnvelopeInput {
  readonly account: string;
  readonly id?: string | undefined;
  /** Defaults to now + 900 seconds. */
  readonly until?: number | undefined;
}

/** The answer in the shape embedseal tests's own examples return it. */
export interface GoldenEnvelopeResponse {
  readonly token: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface GoldenEnvelopeSigned {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** embedseal tests's response shape. */
  readonly response: GoldenEnvelopeResponse;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface GoldenEnvelopeClaims {
  readonly v: number;
  readonly account: string;
  readonly id: string;
  readonly until: number;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  v: {
    name: "v",
    ident: "v",
    required: true,
    shape: { type: "integer" },
    fixed: 2,
  },
  account: {
    name: "account",
    ident: "account",
    required: true,
    shape: { type: "string" },
  },
  id: {
    name: "id",
    ident: "id",
    required: true,
    shape: { type: "string" },
  },
  until: {
    name: "until",
    ident: "until",
    required: true,
    shape: { type: "unix-time" },
  },
  sig: {
    name: "sig",
    ident: "sig",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [FIELDS.account, FIELDS.id, FIELDS.until];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.v,
  FIELDS.account,
  FIELDS.id,
  FIELDS.until,
];

/** The members of the token object, signature included. */
const ENVELOPE: readonly Member[] = [
  FIELDS.v,
  FIELDS.account,
  FIELDS.id,
  FIELDS.until,
  FIELDS.sig,
];
/** The members checked before the signature. */
const CHECKED: readonly Member[] = [
  FIELDS.v,
  FIELDS.account,
  FIELDS.id,
  FIELDS.until,
];

/** The pieces of the signed string, joined by "|". */
const MESSAGE: readonly MessagePart[] = [
  { field: "v", prefix: "", encode: "text" },
  { field: "account", prefix: "", encode: "text" },
  { field: "id", prefix: "", encode: "text" },
  { field: "until", prefix: "", encode: "text" },
];

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
  safe: "-_.~",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: ["https://embed.example.com/t/", { token: true }],
  query: [],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "until",
  maxLifetime: 3600,
  leeway: 0,
};

/**
 * The key bytes of a secret: the secret shared with embedseal tests.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8, `weak_key` when it is shorter than 8 bytes.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 8);
}

// --8<-- [start:sign]
/**
 * Signs a Golden envelope fixture.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: GoldenEnvelopeInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): GoldenEnvelopeSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const message = signedString(values, MESSAGE, "|", TEXT_RULES);
  const mac = hmac("sha384", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64");
  const envelope = pick(
    new Map([...values, ["sig", signature] as const]),
    ENVELOPE,
  );
  const json = encodeJson(envelope, JSON_PROFILE);
  const token = encodeBytes(utf8Encode(json), "base64url-nopad");
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      expiresAt: values.get("until") as number,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(
  input: GoldenEnvelopeInput,
  now: number,
  random: RandomSource,
): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.v, 2);
  putValue(values, FIELDS.account, input.account);
  putValue(values, FIELDS.id, randomText(random(16), "uuid"));
  putValue(values, FIELDS.until, input.until ?? now + 900);
  return values;
}

// --8<-- [start:url]
/** The embed URL for signed values and their token. */
function embedUrl(values: JsonMap, token: string): string {
  return buildUrl(values, URL_LAYOUT, TEXT_RULES, token);
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Golden envelope fixture and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with embedseal tests
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): GoldenEnvelopeClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as GoldenEnvelopeClaims;
}

/**
 * Like {@link verify}, but returns the claims as JSON exactly as received,
 * members the spec does not declare included.
 */
export function verifyClaims(
  token: string,
  secret: string,
  now: number = currentTime(),
): JsonMap {
  const key = decodeKey(secret);
  const bytes = decodeBytes(token, "base64url-nopad", "token");
  const envelope = parseObject(bytes, "token");
  checkMembers(CHECKED, envelope, "", "invalid_claim");
  const received = envelope.get("sig");
  if (received === undefined) {
    throw new EmbedsealError("missing_claim", "sig is required");
  }
  checkShape(FIELDS.sig.shape, received, "sig", "invalid_claim");
  const signature = decodeBytes(received as string, "base64", "signature");
  const message = signedString(envelope, MESSAGE, "|", TEXT_RULES);
  if (!constantTimeEqual(hmac("sha384", key, utf8Encode(message)), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const claims = new Map(envelope);
  claims.delete("sig");
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
export function inputFromJson(json: JsonValue): GoldenEnvelopeInput {
  return inputMembersFromJson(INPUTS, json) as unknown as GoldenEnvelopeInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: GoldenEnvelopeClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
