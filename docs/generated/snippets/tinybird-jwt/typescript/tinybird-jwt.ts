// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

/**
 * Tinybird JWT (Tinybird): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/tinybird-jwt.yaml`, the jws family.
 *
 * @see https://www.tinybird.co/docs/forward/administration/tokens/jwt
 *
 * Known risks of the vendor's format (kept for compatibility):
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

/** A declared object of the Tinybird JWT. */
export interface TinybirdJwtScope {
  readonly type: "PIPES:READ" | "DATASOURCES:READ";
  /** Pipe or data source name or id. */
  readonly resource: string;
  /** Pipe parameters that override any value in the request URL. */
  readonly fixedParams?: JsonMap | JsonObject | undefined;
  /** SQL WHERE clause applied to a data source. */
  readonly filter?: string | undefined;
}

/** A declared object of the Tinybird JWT. */
export interface TinybirdJwtLimits {
  /** Requests per second for this token name; 0 or less means unlimited. */
  readonly rps: number;
}

/** What {@link sign} takes from its caller. */
export interface TinybirdJwtInput {
  /** The Tinybird workspace (UUID). */
  readonly workspaceId: string;
  /** Token name, used for usage stats and the rate-limit bucket. */
  readonly name: string;
  /** Expiry (Unix seconds); Tinybird refuses tokens without it. Defaults to now + 3600 seconds. */
  readonly exp?: number | undefined;
  readonly scopes: readonly TinybirdJwtScope[];
  readonly limits?: TinybirdJwtLimits | undefined;
  /** The chart or endpoint URL from Tinybird's iframe snippet (not signed). */
  readonly chartUrl: string;
}

/** The answer in the shape Tinybird's own examples return it. */
export interface TinybirdJwtResponse {
  readonly token: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface TinybirdJwtSigned {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** Tinybird's response shape. */
  readonly response: TinybirdJwtResponse;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface TinybirdJwtClaims {
  /** The Tinybird workspace (UUID). */
  readonly workspaceId: string;
  /** Token name, used for usage stats and the rate-limit bucket. */
  readonly name: string;
  /** Expiry (Unix seconds); Tinybird refuses tokens without it. */
  readonly exp: number;
  readonly scopes: readonly TinybirdJwtScope[];
  readonly limits?: TinybirdJwtLimits | undefined;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  workspaceId: {
    name: "workspace_id",
    ident: "workspaceId",
    required: true,
    shape: { type: "string" },
  },
  name: {
    name: "name",
    ident: "name",
    required: true,
    shape: { type: "string" },
  },
  exp: {
    name: "exp",
    ident: "exp",
    required: true,
    shape: { type: "unix-time" },
  },
  scopes: {
    name: "scopes",
    ident: "scopes",
    required: true,
    shape: {
      type: "array",
      items: {
        type: "object",
        properties: [
          {
            name: "type",
            ident: "type",
            required: true,
            shape: { type: "string", enum: ["PIPES:READ", "DATASOURCES:READ"] },
          },
          {
            name: "resource",
            ident: "resource",
            required: true,
            shape: { type: "string" },
          },
          {
            name: "fixed_params",
            ident: "fixedParams",
            required: false,
            shape: { type: "object" },
          },
          {
            name: "filter",
            ident: "filter",
            required: false,
            shape: { type: "string" },
          },
        ],
      },
    },
  },
  limits: {
    name: "limits",
    ident: "limits",
    required: false,
    shape: {
      type: "object",
      properties: [
        {
          name: "rps",
          ident: "rps",
          required: true,
          shape: { type: "integer" },
        },
      ],
    },
  },
  chartUrl: {
    name: "chart_url",
    ident: "chartUrl",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.workspaceId,
  FIELDS.name,
  FIELDS.exp,
  FIELDS.scopes,
  FIELDS.limits,
  FIELDS.chartUrl,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.workspaceId,
  FIELDS.name,
  FIELDS.exp,
  FIELDS.scopes,
  FIELDS.limits,
];

/** The fields of the JWS payload. */
const PAYLOAD: readonly Member[] = [
  FIELDS.workspaceId,
  FIELDS.name,
  FIELDS.exp,
  FIELDS.scopes,
  FIELDS.limits,
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
  asciiOnly: true,
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
  base: [{ field: "chart_url", percent: false }],
  query: [{ name: "token", value: "token" }],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "exp",
  leeway: 0,
};

/**
 * The key bytes of a secret: The workspace admin token (p.eyJ…) used as UTF-8 text.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 1);
}

// --8<-- [start:sign]
/**
 * Signs a Tinybird JWT.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The workspace admin token (p.eyJ…) used as UTF-8 text.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: TinybirdJwtInput,
  secret: string,
  now: number = currentTime(),
): TinybirdJwtSigned {
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
      expiresAt: values.get("exp") as number,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(input: TinybirdJwtInput, now: number): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.workspaceId, input.workspaceId);
  putValue(values, FIELDS.name, input.name);
  putValue(values, FIELDS.exp, input.exp ?? now + 3600);
  putValue(values, FIELDS.scopes, input.scopes);
  putValue(values, FIELDS.limits, input.limits);
  putValue(values, FIELDS.chartUrl, input.chartUrl);
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
 * Verifies a Tinybird JWT and returns its claims.
 *
 * @param token - the token as received
 * @param secret - The workspace admin token (p.eyJ…) used as UTF-8 text.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `alg_not_allowed`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): TinybirdJwtClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as TinybirdJwtClaims;
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
export function inputFromJson(json: JsonValue): TinybirdJwtInput {
  return inputMembersFromJson(INPUTS, json) as unknown as TinybirdJwtInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: TinybirdJwtClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
