// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

/**
 * Golden claims fixture (embedseal tests): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `tests/golden/specs/golden-claims.yaml`, the jws family.
 *
 * @module
 */

import {
  EmbedsealError,
  type HmacAlgorithm,
  type JsonMap,
  type JsonObject,
  type JsonProfile,
  type JsonValue,
  type Member,
  type RandomSource,
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
  encodeJson,
  hmac,
  inputMembersFromJson,
  membersFromJson,
  parseObject,
  pick,
  putValue,
  randomText,
  secureRandom,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** A declared object of the Golden claims fixture. */
export interface GoldenClaimsItem {
  readonly id: number;
  readonly tags?: readonly string[] | undefined;
}

/** What {@link sign} takes from its caller. */
export interface GoldenClaimsInput {
  readonly httpExampleComIsRoot?: boolean | undefined;
  readonly nonce?: string | undefined;
  readonly class_: "gold" | "silver";
  /** Defaults to `3`. */
  readonly type?: number | undefined;
  readonly iat?: number | undefined;
  /** Defaults to now + 300 seconds. */
  readonly exp?: number | undefined;
  readonly kid: string;
  readonly items: readonly GoldenClaimsItem[];
  readonly meta?: JsonMap | JsonObject | undefined;
  readonly base: string;
}

/** The answer in the shape embedseal tests's own examples return it. */
export interface GoldenClaimsResponse {
  readonly token: string;
  readonly url: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface GoldenClaimsSigned {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** embedseal tests's response shape. */
  readonly response: GoldenClaimsResponse;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface GoldenClaimsClaims {
  readonly httpExampleComIsRoot?: boolean | undefined;
  readonly nonce: string;
  readonly class_: "gold" | "silver";
  readonly type: number;
  readonly iat: number;
  readonly exp: number;
  readonly kid: string;
  readonly items: readonly GoldenClaimsItem[];
  readonly meta?: JsonMap | JsonObject | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  httpExampleComIsRoot: {
    name: "http://example.com/is_root",
    ident: "httpExampleComIsRoot",
    required: false,
    shape: { type: "boolean" },
  },
  nonce: {
    name: ":nonce",
    ident: "nonce",
    required: true,
    shape: { type: "string" },
  },
  class_: {
    name: "class",
    ident: "class_",
    required: true,
    shape: { type: "string", enum: ["gold", "silver"] },
  },
  type: {
    name: "type",
    ident: "type",
    required: true,
    shape: { type: "integer", minimum: 0, maximum: 10 },
  },
  iat: {
    name: "iat",
    ident: "iat",
    required: true,
    shape: { type: "unix-time" },
  },
  exp: {
    name: "exp",
    ident: "exp",
    required: true,
    shape: { type: "unix-time" },
  },
  kid: {
    name: "kid",
    ident: "kid",
    required: true,
    shape: { type: "string", maxLength: 32 },
  },
  items: {
    name: "items",
    ident: "items",
    required: true,
    shape: {
      type: "array",
      items: {
        type: "object",
        properties: [
          {
            name: "id",
            ident: "id",
            required: true,
            shape: { type: "integer" },
          },
          {
            name: "tags",
            ident: "tags",
            required: false,
            shape: { type: "array", items: { type: "string" } },
          },
        ],
      },
    },
  },
  meta: {
    name: "meta",
    ident: "meta",
    required: false,
    shape: { type: "object" },
  },
  base: {
    name: "base",
    ident: "base",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.httpExampleComIsRoot,
  FIELDS.nonce,
  FIELDS.class_,
  FIELDS.type,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.kid,
  FIELDS.items,
  FIELDS.meta,
  FIELDS.base,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.httpExampleComIsRoot,
  FIELDS.nonce,
  FIELDS.class_,
  FIELDS.type,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.kid,
  FIELDS.items,
  FIELDS.meta,
];

/** The fields of the JWS payload. */
const PAYLOAD: readonly Member[] = [
  FIELDS.httpExampleComIsRoot,
  FIELDS.nonce,
  FIELDS.class_,
  FIELDS.type,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.items,
  FIELDS.meta,
];
/** The fields of the JWS header, after its fixed members. */
const HEADER: readonly Member[] = [FIELDS.kid];
/** The `alg` values {@link verify} accepts, with their hash. */
const ALGORITHMS: ReadonlyMap<unknown, HmacAlgorithm> = new Map([
  ["HS512", "sha512"],
]);

/** How the format writes JSON. */
const JSON_PROFILE: JsonProfile = {
  itemSeparator: ",",
  keySeparator: ":",
  asciiOnly: true,
  sortKeys: true,
};

/** How values are written into signed strings and URLs. */
const TEXT_RULES: TextRules = {
  json: JSON_PROFILE,
  safe: "-_.~",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: [{ field: "base", percent: false }, "/view"],
  query: [{ name: "jwt", value: "token" }],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "exp",
  issuedAt: "iat",
  maxLifetime: 600,
  leeway: 5,
};

/**
 * The key bytes of a secret: the secret shared with embedseal tests.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not hex, `weak_key` when it is shorter than 16 bytes.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "hex", 16);
}

// --8<-- [start:sign]
/**
 * Signs a Golden claims fixture.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: GoldenClaimsInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): GoldenClaimsSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const header = new Map<string, JsonValue>([
    ["alg", "HS512"],
    ["typ", "JWT"],
  ]);
  for (const [name, value] of pick(values, HEADER)) {
    header.set(name, value);
  }
  const payload = pick(values, PAYLOAD);
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const mac = hmac("sha512", key, utf8Encode(signingInput));
  const signature = encodeBytes(mac, "base64url-nopad");
  const token = `${signingInput}.${signature}`;
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      url,
      expiresAt: values.get("exp") as number,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(
  input: GoldenClaimsInput,
  now: number,
  random: RandomSource,
): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.httpExampleComIsRoot, input.httpExampleComIsRoot);
  putValue(values, FIELDS.nonce, randomText(random(8), "hex"));
  putValue(values, FIELDS.class_, input.class_);
  putValue(values, FIELDS.type, input.type ?? 3);
  putValue(values, FIELDS.iat, now);
  putValue(values, FIELDS.exp, input.exp ?? now + 300);
  putValue(values, FIELDS.kid, input.kid);
  putValue(values, FIELDS.items, input.items);
  putValue(values, FIELDS.meta, input.meta);
  putValue(values, FIELDS.base, input.base);
  return values;
}

/** One JWS segment: the object as JSON, base64url without padding. */
function segment(object: JsonMap): string {
  return encodeBytes(
    utf8Encode(encodeJson(object, JSON_PROFILE)),
    "base64url-nopad",
  );
}

// --8<-- [start:url]
/** The embed URL for signed values and their token. */
function embedUrl(values: JsonMap, token: string): string {
  return buildUrl(values, URL_LAYOUT, TEXT_RULES, token);
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Golden claims fixture and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with embedseal tests
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `alg_not_allowed`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): GoldenClaimsClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as GoldenClaimsClaims;
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
  const segments = token.split(".");
  if (segments.length !== 3) {
    throw new EmbedsealError("malformed", "a JWS has 3 segments");
  }
  const [headerText = "", payloadText = "", signatureText = ""] = segments;
  const headerBytes = decodeBytes(headerText, "base64url-nopad", "header");
  const payloadBytes = decodeBytes(payloadText, "base64url-nopad", "payload");
  const signature = decodeBytes(signatureText, "base64url-nopad", "signature");
  const header = parseObject(headerBytes, "JWS header");
  const algorithm = ALGORITHMS.get(header.get("alg"));
  if (algorithm === undefined) {
    throw new EmbedsealError("alg_not_allowed", "the alg is not allowed");
  }
  if (header.has("crit")) {
    // RFC 7515 §4.1.11: no extension is understood, so none may be critical.
    throw new EmbedsealError(
      "malformed",
      "the header lists critical extensions this verifier does not support",
    );
  }
  const signingInput = utf8Encode(`${headerText}.${payloadText}`);
  if (!constantTimeEqual(hmac(algorithm, key, signingInput), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const payload = parseObject(payloadBytes, "JWS payload");
  checkMembers(PAYLOAD, payload, "", "invalid_claim");
  checkMembers(HEADER, header, "", "invalid_claim");
  const claims: JsonMap = new Map([...payload, ...pick(header, HEADER)]);
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
export function inputFromJson(json: JsonValue): GoldenClaimsInput {
  return inputMembersFromJson(INPUTS, json) as unknown as GoldenClaimsInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: GoldenClaimsClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
