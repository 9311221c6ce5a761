// Code generated from spec/formats/metabase-embed.yaml — do not edit.

/**
 * Metabase static embedding token (Metabase): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/metabase-embed.yaml`, the jws family.
 *
 * @see https://www.metabase.com/docs/latest/embedding/static-embedding
 * @see https://github.com/metabase/metabase/blob/master/src/metabase/embedding/jwt.clj
 *
 * Known risks of the vendor's format (kept for compatibility):
 * - no-expiry: exp is optional, and without it nothing expires
 * - unbounded-lifetime: no verify.max_lifetime bounds exp
 * - no-min-key-length: no minimum key length (secret.min_bytes)
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
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** A declared object of the Metabase static embedding token. */
export interface MetabaseEmbedResource {
  /** Dashboard id. */
  readonly dashboard?: number | undefined;
  /** Question (card) id. */
  readonly question?: number | undefined;
}

/** What {@link sign} takes from its caller. */
export interface MetabaseEmbedInput {
  readonly resource: MetabaseEmbedResource;
  /** Locked parameters by slug; every locked parameter must be present. Defaults to `{}`. */
  readonly params?: JsonMap | JsonObject | undefined;
  /** Expiry (Unix seconds); Metabase's snippets use ten minutes. Defaults to now + 600 seconds. */
  readonly exp?: number | undefined;
  /** Your Metabase site, e.g. https://metabase.example.com (not signed). */
  readonly siteUrl: string;
}

/** The answer in the shape Metabase's own examples return it. */
export interface MetabaseEmbedResponse {
  readonly token: string;
  readonly url: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface MetabaseEmbedSigned {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** Metabase's response shape. */
  readonly response: MetabaseEmbedResponse;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface MetabaseEmbedClaims {
  readonly resource: MetabaseEmbedResource;
  /** Locked parameters by slug; every locked parameter must be present. */
  readonly params: JsonMap | JsonObject;
  /** Expiry (Unix seconds); Metabase's snippets use ten minutes. */
  readonly exp?: number | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  resource: {
    name: "resource",
    ident: "resource",
    required: true,
    shape: {
      type: "object",
      properties: [
        {
          name: "dashboard",
          ident: "dashboard",
          required: false,
          shape: { type: "integer" },
        },
        {
          name: "question",
          ident: "question",
          required: false,
          shape: { type: "integer" },
        },
      ],
      exactlyOneOf: ["dashboard", "question"],
    },
  },
  params: {
    name: "params",
    ident: "params",
    required: true,
    shape: { type: "object" },
  },
  exp: {
    name: "exp",
    ident: "exp",
    required: false,
    shape: { type: "unix-time" },
  },
  siteUrl: {
    name: "site_url",
    ident: "siteUrl",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.resource,
  FIELDS.params,
  FIELDS.exp,
  FIELDS.siteUrl,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [FIELDS.resource, FIELDS.params, FIELDS.exp];

/** The fields of the JWS payload. */
const PAYLOAD: readonly Member[] = [FIELDS.resource, FIELDS.params, FIELDS.exp];
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
  base: [
    { field: "site_url", percent: false },
    "/embed/dashboard/",
    { token: true },
  ],
  query: [],
  fragment: ["bordered=true&titled=true"],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "exp",
  leeway: 60,
};

/**
 * The key bytes of a secret: The embedding secret key from Admin settings, used as text.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 1);
}

// --8<-- [start:sign]
/**
 * Signs a Metabase static embedding token.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The embedding secret key from Admin settings, used as text.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: MetabaseEmbedInput,
  secret: string,
  now: number = currentTime(),
): MetabaseEmbedSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
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
function resolveValues(input: MetabaseEmbedInput, now: number): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.resource, input.resource);
  putValue(values, FIELDS.params, input.params ?? {});
  putValue(values, FIELDS.exp, input.exp ?? now + 600);
  putValue(values, FIELDS.siteUrl, input.siteUrl);
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
 * Verifies a Metabase static embedding token and returns its claims.
 *
 * @param token - the token as received
 * @param secret - The embedding secret key from Admin settings, used as text.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `alg_not_allowed`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): MetabaseEmbedClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as MetabaseEmbedClaims;
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
export function inputFromJson(json: JsonValue): MetabaseEmbedInput {
  return inputMembersFromJson(INPUTS, json) as unknown as MetabaseEmbedInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: MetabaseEmbedClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
