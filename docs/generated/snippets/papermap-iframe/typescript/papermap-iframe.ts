// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

/**
 * Papermap iframe token (Papermap): typed inputs, {@link sign}, {@link verify}.
 *
 * Generated from `spec/formats/papermap-iframe.yaml`, the envelope family.
 *
 * @see https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens
 *
 * Known risks of the vendor's format (kept for compatibility):
 * - unsigned-fields: the signature does not cover api_key_id, tenant_id, dashboard_id
 * - ambiguous-concatenation: parts are concatenated with no delimiter, so different inputs can sign the same bytes
 * - unbounded-lifetime: no verify.max_lifetime bounds exp
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
  type MessagePart,
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
  signedString,
  toJsonValue,
  utf8Encode,
} from "./runtime/runtime.js";

/** What {@link sign} takes from its caller. */
export interface PapermapIframeInput {
  /** Your Papermap API key identifier (ak_…), the same for every token. */
  readonly apiKeyId: string;
  /** The Papermap workspace that holds the dashboard. */
  readonly workspaceId: string;
  /** Your customer (tenant) the dashboard is shown to. */
  readonly tenantId: string;
  /** The tenant's dashboard. */
  readonly dashboardId: string;
  /** When the token stops working (Unix seconds); one hour from now by default. Defaults to now + 3600 seconds. */
  readonly validUntil?: number | undefined;
}

/** The answer in the shape Papermap's own examples return it. */
export interface PapermapIframeResponse {
  readonly token: string;
  readonly dashboardId: string;
  readonly expiresAt: number;
}

/** What {@link sign} returns. */
export interface PapermapIframeSigned {
  /** The signed token. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature as it appears in the token. */
  readonly signature: string;
  /** Papermap's response shape. */
  readonly response: PapermapIframeResponse;
}

/** The verified contents of a token, as {@link verify} returns them. */
export interface PapermapIframeClaims {
  /** Your Papermap API key identifier (ak_…), the same for every token. */
  readonly apiKeyId: string;
  /** The Papermap workspace that holds the dashboard. */
  readonly workspaceId: string;
  /** Your customer (tenant) the dashboard is shown to. */
  readonly tenantId: string;
  /** The tenant's dashboard. */
  readonly dashboardId: string;
  /** When the token stops working (Unix seconds); one hour from now by default. */
  readonly validUntil: number;
}

/** Every field of the format, in declared order. */
const FIELDS = {
  apiKeyId: {
    name: "api_key_id",
    ident: "apiKeyId",
    required: true,
    shape: { type: "string" },
  },
  workspaceId: {
    name: "workspace_id",
    ident: "workspaceId",
    required: true,
    shape: { type: "string" },
  },
  tenantId: {
    name: "tenant_id",
    ident: "tenantId",
    required: true,
    shape: { type: "string" },
  },
  dashboardId: {
    name: "dashboard_id",
    ident: "dashboardId",
    required: true,
    shape: { type: "string" },
  },
  validUntil: {
    name: "valid_until",
    ident: "validUntil",
    required: true,
    shape: { type: "unix-time" },
  },
  signature: {
    name: "signature",
    ident: "signature",
    required: true,
    shape: { type: "string" },
  },
} satisfies Record<string, Member>;

/** The fields a caller passes to {@link sign}. */
const INPUTS: readonly Member[] = [
  FIELDS.apiKeyId,
  FIELDS.workspaceId,
  FIELDS.tenantId,
  FIELDS.dashboardId,
  FIELDS.validUntil,
];
/** The fields {@link verify} returns. */
const CLAIMS: readonly Member[] = [
  FIELDS.apiKeyId,
  FIELDS.workspaceId,
  FIELDS.tenantId,
  FIELDS.dashboardId,
  FIELDS.validUntil,
];

/** The members of the token object, signature included. */
const ENVELOPE: readonly Member[] = [
  FIELDS.apiKeyId,
  FIELDS.workspaceId,
  FIELDS.tenantId,
  FIELDS.dashboardId,
  FIELDS.validUntil,
  FIELDS.signature,
];
/** The members checked before the signature. */
const CHECKED: readonly Member[] = [
  FIELDS.apiKeyId,
  FIELDS.workspaceId,
  FIELDS.tenantId,
  FIELDS.dashboardId,
  FIELDS.validUntil,
];

/** The pieces of the signed string, joined by "". */
const MESSAGE: readonly MessagePart[] = [
  { field: "workspace_id", prefix: "", encode: "text" },
  { field: "valid_until", prefix: "", encode: "text" },
];

/** How the format writes JSON. */
const JSON_PROFILE: JsonProfile = {
  itemSeparator: ", ",
  keySeparator: ": ",
  asciiOnly: true,
  sortKeys: false,
};

/** How values are written into signed strings and URLs. */
const TEXT_RULES: TextRules = {
  json: JSON_PROFILE,
  safe: "-_.~=",
  space: "%20",
};

/** The embed URL: base template, query parameters, fragment. */
const URL_LAYOUT: UrlLayout = {
  base: ["https://papermap.ai/embedded/dashboard"],
  query: [{ name: "embedded-token", value: "token" }],
};

/** When a token is too old or too young. */
const TIME_POLICY: TimePolicy = {
  expires: "valid_until",
  leeway: 0,
};

/**
 * The key bytes of a secret: the secret shared with Papermap.
 *
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or
 *   not utf8.
 */
export function decodeKey(secret: string): Uint8Array {
  return decodeSecret(secret, "utf8", 1);
}

// --8<-- [start:sign]
/**
 * Signs a Papermap iframe token.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with Papermap
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: PapermapIframeInput,
  secret: string,
  now: number = currentTime(),
): PapermapIframeSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
  const message = signedString(values, MESSAGE, "", TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "hex");
  const envelope = pick(
    new Map([...values, ["signature", signature] as const]),
    ENVELOPE,
  );
  const json = encodeJson(envelope, JSON_PROFILE);
  const token = encodeBytes(utf8Encode(json), "base64url");
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      dashboardId: values.get("dashboard_id") as string,
      expiresAt: values.get("valid_until") as number,
    },
  };
}
// --8<-- [end:sign]

/** Every field's value in declared order, checked: what {@link sign} signs. */
function resolveValues(input: PapermapIframeInput, now: number): JsonMap {
  const values: JsonMap = new Map();
  putValue(values, FIELDS.apiKeyId, input.apiKeyId);
  putValue(values, FIELDS.workspaceId, input.workspaceId);
  putValue(values, FIELDS.tenantId, input.tenantId);
  putValue(values, FIELDS.dashboardId, input.dashboardId);
  putValue(values, FIELDS.validUntil, input.validUntil ?? now + 3600);
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
 * Verifies a Papermap iframe token and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with Papermap
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): PapermapIframeClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as PapermapIframeClaims;
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
  const bytes = decodeBytes(token, "base64url", "token");
  const envelope = parseObject(bytes, "token");
  checkMembers(CHECKED, envelope, "", "invalid_claim");
  const received = envelope.get("signature");
  if (received === undefined) {
    throw new EmbedsealError("missing_claim", "signature is required");
  }
  checkShape(FIELDS.signature.shape, received, "signature", "invalid_claim");
  const signature = decodeBytes(received as string, "hex", "signature");
  const message = signedString(envelope, MESSAGE, "", TEXT_RULES);
  if (!constantTimeEqual(hmac("sha256", key, utf8Encode(message)), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const claims = new Map(envelope);
  claims.delete("signature");
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
export function inputFromJson(json: JsonValue): PapermapIframeInput {
  return inputMembersFromJson(INPUTS, json) as unknown as PapermapIframeInput;
}

/** Verified claims as JSON: wire names, declared order. */
export function claimsToJson(claims: PapermapIframeClaims): JsonMap {
  return toJsonValue({ type: "object", properties: CLAIMS }, claims) as JsonMap;
}
