// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

/**
 * embedseal v1 token (embedseal): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/embedseal-v1.yaml`, the jws family.
 *
 * @see https://www.rfc-editor.org/rfc/rfc7519
 * @see https://www.rfc-editor.org/rfc/rfc8725
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

/** What {@link sign} takes from its caller. */
export interface EmbedsealV1Input {
  /** The customer (tenant) the viewer belongs to. */
  readonly tenant: string;
  /** The dashboard the token opens. */
  readonly dashboard: string;
  /** When the token was issued. */
  readonly iat?: number | undefined;
  /** Expiry; at most one hour after iat. Defaults to now + 600 seconds. */
  readonly exp?: number | undefined;
  /** A unique id, so a server can refuse replays. */
  readonly jti?: string | undefined;
  /** Locked filter values, signed with everything else. Defaults to `{}`. */
  readonly params?: JsonMap | JsonObject | undefined;
  /** Where the dashboard app lives, e.g. https://analytics.example.com. */
  readonly appUrl: string;
}

/** The answer in the shape embedseal's own examples return it. */
export interface EmbedsealV1Response {
  readonly token: string;
  readonly url: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface EmbedsealV1Signed {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** embedseal's response shape. */
  readonly response: EmbedsealV1Response;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface EmbedsealV1Claims {
  /** The customer (tenant) the viewer belongs to. */
  readonly tenant: string;
  /** The dashboard the token opens. */
  readonly dashboard: string;
  /** When the token was issued. */
  readonly iat: number;
  /** Expiry; at most one hour after iat. */
  readonly exp: number;
  /** A unique id, so a server can refuse replays. */
  readonly jti: string;
  /** Locked filter values, signed with everything else. */
  readonly params: JsonMap | JsonObject;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  tenant: {
    name: "tenant",
    ident: "tenant",
    required: true,
    shape: { type: "string", maxLength: 128 },
  },
  dashboard: {
    name: "dashboard",
    ident: "dashboard",
    required: true,
    shape: { type: "string", maxLength: 128 },
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
  jti: {
    name: "jti",
    ident: "jti",
    required: true,
    shape: { type: "string" },
  },
  params: {
    name: "params",
    ident: "params",
    required: true,
    shape: { type: "object" },
  },
  appUrl: {
    name: "app_url",
    ident: "appUrl",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.tenant,
  FIELDS.dashboard,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.jti,
  FIELDS.params,
  FIELDS.appUrl,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.tenant,
  FIELDS.dashboard,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.jti,
  FIELDS.params,
];

/** The fields of the JWS payload. */
const PAYLOAD: readonly Member[] = [
  FIELDS.tenant,
  FIELDS.dashboard,
  FIELDS.iat,
  FIELDS.exp,
  FIELDS.jti,
  FIELDS.params,
];
/** The fields of the JWS header, after its fixed members. */
const HEADER: readonly Member[] = [];
/** The `alg` values {@link verify} accepts, with their hash. */
const ALGORITHMS: ReadonlyMap<unknown, HmacAlgorithm> = new Map([
  ["HS256", "sha256"],
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
  safe: "-_.~",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: [{ field: "app_url", percent: false }, "/embed"],
  query: [],
  fragment: [{ token: true }],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "exp",
  issuedAt: "iat",
  maxLifetime: 3600,
  leeway: 30,
};

/**
 * The key bytes of a secret: 32 or more random bytes, base64url-encoded.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not base64url, `weak_key` when it is shorter than 32 bytes.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "base64url", 32);
}

// --8<-- [start:sign]
/**
 * Signs a embedseal v1 token.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - 32 or more random bytes, base64url-encoded.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: EmbedsealV1Input,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): EmbedsealV1Signed {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const header = new Map<string, JsonValue>([
    ["alg", "HS256"],
    ["typ", "JWT"],
  ]);
  for (const [name, value] of pick(values, HEADER)) {
    header.set(name, value);
  }
  const payload = pick(values, PAYLOAD);
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const mac = hmac("sha256", key, utf8Encode(signingInput));
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
  input: EmbedsealV1Input,
  now: number,
  random: RandomSource,
): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.tenant, input.tenant);
  putValue(values, FIELDS.dashboard, input.dashboard);
  putValue(values, FIELDS.iat, now);
  putValue(values, FIELDS.exp, input.exp ?? now + 600);
  putValue(values, FIELDS.jti, randomText(random(16), "base64url-nopad"));
  putValue(values, FIELDS.params, input.params ?? {});
  putValue(values, FIELDS.appUrl, input.appUrl);
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
 * Verifies a embedseal v1 token and returns its claims.
 *
 * @param token - the token as received
 * @param secret - 32 or more random bytes, base64url-encoded.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `alg_not_allowed`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): EmbedsealV1Claims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as EmbedsealV1Claims;
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
export function inputFromJson(json: JsonValue): EmbedsealV1Input {
  return inputMembersFromJson(INPUTS, json) as unknown as EmbedsealV1Input;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: EmbedsealV1Claims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
