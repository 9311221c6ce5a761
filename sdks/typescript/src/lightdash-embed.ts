// Code generated from spec/formats/lightdash-embed.yaml — do not edit.

/**
 * Lightdash embedded dashboard JWT (Lightdash): {@link sign}, {@link verify}, {@link embedUrl}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * Known risks of the vendor's format, kept for compatibility:
 * - unbounded-lifetime: no verify.max_lifetime bounds exp
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @see https://docs.lightdash.com/references/embedding
 * @see https://docs.lightdash.com/references/iframe-embedding
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface LightdashEmbedInput {
  /** What is embedded and what the viewer may do with it. */
  readonly content: LightdashEmbedContent;
  /** Who is viewing, for Lightdash's query tags and user attributes. */
  readonly user?: LightdashEmbedUser | undefined;
  /** Values for the project's user attributes (row-level filters), by name. */
  readonly userAttributes?: JsonObject | undefined;
  /** When the token was issued (jsonwebtoken adds it). Default: now. */
  readonly iat?: number | undefined;
  /** Expiry (expiresIn "1 hour" in Lightdash's snippet). Default: now + 3600 s. */
  readonly exp?: number | undefined;
  /** Your Lightdash site, without a trailing slash (https://app.lightdash.cloud). */
  readonly site_url: string;
}

/** Which dashboard filters the viewer may change. */
export interface LightdashEmbedDashboardFiltersInteractivity {
  /** "all", "some" (those in allowedFilters) or "none"; true/false (older form). */
  readonly enabled: "all" | "some" | "none" | boolean;
  /** With "some", the filter ids the viewer may change. */
  readonly allowedFilters?: readonly string[] | undefined;
}

/** The `parameterInteractivity` object. */
export interface LightdashEmbedParameterInteractivity {
  /** Whether the viewer may change dashboard parameters. */
  readonly enabled: boolean;
}

/** What is embedded and what the viewer may do with it. */
export interface LightdashEmbedContent {
  /** Always "dashboard" here (Lightdash's chart embeds are another shape). */
  readonly type: "dashboard";
  /** The project the dashboard belongs to (also in the URL's path). */
  readonly projectUuid: string;
  /** The dashboard to show. */
  readonly dashboardUuid: string;
  /** Which dashboard filters the viewer may change. */
  readonly dashboardFiltersInteractivity?: LightdashEmbedDashboardFiltersInteractivity | undefined;
  readonly parameterInteractivity?: LightdashEmbedParameterInteractivity | undefined;
  readonly canExportCsv?: boolean | undefined;
  readonly canExportImages?: boolean | undefined;
  readonly canExportPagePdf?: boolean | undefined;
  readonly canDateZoom?: boolean | undefined;
  readonly canExplore?: boolean | undefined;
  readonly canViewUnderlyingData?: boolean | undefined;
}

/** Who is viewing, for Lightdash's query tags and user attributes. */
export interface LightdashEmbedUser {
  readonly externalId?: string | undefined;
  readonly email?: string | undefined;
}

/** What {@link verify} returns: the claims as received, keyed by their wire names. */
export interface LightdashEmbedClaims {
  readonly content: LightdashEmbedContent;
  readonly user?: LightdashEmbedUser;
  readonly userAttributes?: JsonObject;
  readonly iat: number;
  readonly exp: number;
  /** Members the format does not declare, as received. */
  readonly [member: string]: unknown;
}

/** A JSON value: integers only, within ±(2^53 - 1). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A JSON object of your own (JavaScript lists integer-like keys first, in any object). */
export interface JsonObject {
  readonly [member: string]: JsonValue;
}

/** What {@link sign} returns. */
export interface LightdashEmbedSigned {
  /** The token, as {@link embedUrl} places it. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the token carries it. */
  readonly signature: string;
  /** The answer in the shape Lightdash's own examples return. */
  readonly response: {
    readonly token: string;
    readonly url: string;
    readonly expires_at: number;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type LightdashEmbedErrorCode =
  | "invalid_key"
  | "invalid_input"
  | "malformed"
  | "alg_not_allowed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class LightdashEmbedError extends Error {
  readonly code: LightdashEmbedErrorCode;

  constructor(code: LightdashEmbedErrorCode, message: string) {
    super(message);
    this.name = "LightdashEmbedError";
    this.code = code;
  }
}

function fail(code: LightdashEmbedErrorCode, message: string): never {
  throw new LightdashEmbedError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Lightdash embedded dashboard JWT and places it in the embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - The embed secret from Project settings > Embed, used as text.
 * @param options - `now`: the signing time in Unix seconds (the clock by default)
 * @throws {@link LightdashEmbedError} `invalid_key` for the secret, `invalid_input` for a value.
 */
export async function sign(
  input: LightdashEmbedInput,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<LightdashEmbedSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "content",
    "user",
    "userAttributes",
    "iat",
    "exp",
    "site_url",
  ]);
  const content = checkContent(input.content, "content", "invalid_input");
  const user = input.user == null ? undefined : checkUser(input.user, "user", "invalid_input");
  const userAttributes =
    input.userAttributes == null
      ? undefined
      : jsonObject(input.userAttributes, "userAttributes", "invalid_input", 2);
  const iat = integer(input.iat ?? now, "iat", "invalid_input");
  const exp = integer(input.exp ?? now + 3600, "exp", "invalid_input");
  const siteUrl = text(input.site_url, "site_url", "invalid_input");
  const header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}
  const payload = base64urlNoPad(JSON.stringify({ content, user, userAttributes, iat, exp }));
  const signingInput = `${header}.${payload}`;
  const signature = base64urlNoPad(await hmacSign(key, "SHA-256", signingInput));
  const token = `${signingInput}.${signature}`;
  const url = embedUrl(token, { content, site_url: siteUrl });
  return {
    token,
    url,
    signature,
    response: { token, url, expires_at: exp },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/**
 * The embed URL that carries a token (from {@link sign}, or from your cache).
 *
 * @throws {@link LightdashEmbedError} `invalid_input` for a value the URL cannot hold.
 */
export function embedUrl(
  token: string,
  fields: { readonly content: { readonly projectUuid: string }; readonly site_url: string },
): string {
  const projectUuid = text(fields.content?.projectUuid, "content.projectUuid", "invalid_input");
  const siteUrl = text(fields.site_url, "site_url", "invalid_input");
  return `${raw(siteUrl, "site_url")}/embed/${percent(projectUuid)}#${token}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Lightdash embedded dashboard JWT and returns its claims.
 *
 * @param token - the token as received
 * @param secret - The embed secret from Project settings > Embed, used as text.
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link LightdashEmbedError} with the reason: `invalid_key`, `malformed`,
 *   `alg_not_allowed`, `bad_signature`, `missing_claim`, `invalid_claim`, `expired` or
 *   `not_yet_valid`.
 */
export async function verify(
  token: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<LightdashEmbedClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const segments = token.split(".");
  if (segments.length !== 3) fail("malformed", `a JWS has 3 segments, not ${segments.length}`);
  const [headerText = "", payloadText = "", signatureText = ""] = segments;
  const headerBytes = fromBase64urlNoPad(headerText, "the header");
  const payloadBytes = fromBase64urlNoPad(payloadText, "the payload");
  const mac = fromBase64urlNoPad(signatureText, "the signature");
  const header = parseObject(headerBytes, "the header");
  const hash =
    header.alg === "HS256" ? "SHA-256" :
    header.alg === "HS384" ? "SHA-384" :
    header.alg === "HS512" ? "SHA-512" :
    undefined;
  if (hash === undefined) {
    fail("alg_not_allowed", `alg ${JSON.stringify(header.alg)} is not allowed`);
  }
  if (Object.hasOwn(header, "crit")) {
    // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
    fail("malformed", "the header lists critical extensions");
  }
  if (!(await hmacVerify(key, hash, mac, `${headerText}.${payloadText}`))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims = parseObject(payloadBytes, "the payload");
  checkContent(claims.content, "content", "invalid_claim");
  if (claims.user !== undefined) checkUser(claims.user, "user", "invalid_claim");
  if (claims.userAttributes !== undefined) {
    jsonObject(claims.userAttributes, "userAttributes", "invalid_claim", 2);
  }
  const iat = integer(claims.iat, "iat", "invalid_claim");
  const exp = integer(claims.exp, "exp", "invalid_claim");
  const nbf = claims.nbf === undefined ? undefined : integer(claims.nbf, "nbf", "invalid_claim");
  if (exp <= now) fail("expired", `expired at ${exp}, now ${now}`);
  if (iat > now) fail("not_yet_valid", `iat ${iat} is after now ${now}`);
  if (nbf !== undefined && nbf > now) fail("not_yet_valid", `nbf ${nbf} is after now ${now}`);
  return claims as LightdashEmbedClaims;
}
// --8<-- [end:verify]

/**
 * Checks a {@link LightdashEmbedDashboardFiltersInteractivity}: its members in declared order
 * (signing refuses others).
 */
function checkDashboardFiltersInteractivity(
  value: unknown,
  where: string,
  check: Check,
): LightdashEmbedDashboardFiltersInteractivity {
  const members = object(value, where, check, ["enabled", "allowedFilters"]);
  return {
    enabled: checkEnabled(members.enabled, `${where}.enabled`, check),
    allowedFilters:
      members.allowedFilters === undefined
        ? undefined
        : Array.from(array(members.allowedFilters, `${where}.allowedFilters`, check), (item, i4) =>
            text(item, `${where}.allowedFilters[${i4}]`, check),
          ),
  };
}

/**
 * Checks a {@link LightdashEmbedParameterInteractivity}: its members in declared order (signing
 * refuses others).
 */
function checkParameterInteractivity(
  value: unknown,
  where: string,
  check: Check,
): LightdashEmbedParameterInteractivity {
  const members = object(value, where, check, ["enabled"]);
  return { enabled: boolean(members.enabled, `${where}.enabled`, check) };
}

/**
 * Checks a {@link LightdashEmbedContent}: its members in declared order (signing refuses others).
 */
function checkContent(value: unknown, where: string, check: Check): LightdashEmbedContent {
  const members = object(value, where, check, [
    "type",
    "projectUuid",
    "dashboardUuid",
    "dashboardFiltersInteractivity",
    "parameterInteractivity",
    "canExportCsv",
    "canExportImages",
    "canExportPagePdf",
    "canDateZoom",
    "canExplore",
    "canViewUnderlyingData",
  ]);
  return {
    type: oneOf(text(members.type, `${where}.type`, check), ["dashboard"], `${where}.type`, check),
    projectUuid: text(members.projectUuid, `${where}.projectUuid`, check),
    dashboardUuid: text(members.dashboardUuid, `${where}.dashboardUuid`, check),
    dashboardFiltersInteractivity:
      members.dashboardFiltersInteractivity === undefined
        ? undefined
        : checkDashboardFiltersInteractivity(
            members.dashboardFiltersInteractivity,
            `${where}.dashboardFiltersInteractivity`,
            check,
          ),
    parameterInteractivity:
      members.parameterInteractivity === undefined
        ? undefined
        : checkParameterInteractivity(
            members.parameterInteractivity,
            `${where}.parameterInteractivity`,
            check,
          ),
    canExportCsv:
      members.canExportCsv === undefined
        ? undefined
        : boolean(members.canExportCsv, `${where}.canExportCsv`, check),
    canExportImages:
      members.canExportImages === undefined
        ? undefined
        : boolean(members.canExportImages, `${where}.canExportImages`, check),
    canExportPagePdf:
      members.canExportPagePdf === undefined
        ? undefined
        : boolean(members.canExportPagePdf, `${where}.canExportPagePdf`, check),
    canDateZoom:
      members.canDateZoom === undefined
        ? undefined
        : boolean(members.canDateZoom, `${where}.canDateZoom`, check),
    canExplore:
      members.canExplore === undefined
        ? undefined
        : boolean(members.canExplore, `${where}.canExplore`, check),
    canViewUnderlyingData:
      members.canViewUnderlyingData === undefined
        ? undefined
        : boolean(members.canViewUnderlyingData, `${where}.canViewUnderlyingData`, check),
  };
}

/** Checks a {@link LightdashEmbedUser}: its members in declared order (signing refuses others). */
function checkUser(value: unknown, where: string, check: Check): LightdashEmbedUser {
  const members = object(value, where, check, ["externalId", "email"]);
  return {
    externalId:
      members.externalId === undefined
        ? undefined
        : text(members.externalId, `${where}.externalId`, check),
    email: members.email === undefined ? undefined : text(members.email, `${where}.email`, check),
  };
}

/**
 * Checks `content.dashboardFiltersInteractivity.enabled`: `"all" | "some" | "none"` or `boolean`,
 * told apart by JSON type.
 */
function checkEnabled(
  value: unknown,
  where: string,
  check: Check,
): "all" | "some" | "none" | boolean {
  if (typeof value === "string") {
    return oneOf(text(value, where, check), ["all", "some", "none"], where, check);
  }
  if (typeof value === "boolean") return boolean(value, where, check);
  fail(absent(value, check), `${where}: expected string or boolean, got ${jsonType(value)}`);
}

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): LightdashEmbedErrorCode {
  return value === undefined && check === "invalid_claim" ? "missing_claim" : check;
}

/** `value` as a plain object (JSON's); signing refuses the members not in `names`. */
function object(
  value: unknown,
  where: string,
  check: Check,
  names: readonly string[],
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(absent(value, check), `${where}: expected an object`);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    fail(check, `${where}: not a plain object`);
  }
  for (const name of check === "invalid_input" ? Object.keys(value) : []) {
    if (!names.includes(name)) fail(check, `${where}: unknown member ${JSON.stringify(name)}`);
  }
  return value as Record<string, unknown>;
}

/** A string (never one with a lone surrogate). */
function text(value: unknown, where: string, check: Check): string {
  if (typeof value !== "string") fail(absent(value, check), `${where}: expected a string`);
  if (LONE_SURROGATE.test(value)) fail(check, `${where}: holds a lone surrogate`);
  return value;
}

/** An integer within ±(2^53 - 1). */
function integer(value: unknown, where: string, check: Check): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(absent(value, check), `${where}: expected an integer`);
  }
  if (!Number.isSafeInteger(value)) fail(check, `${where}: outside ±(2^53 - 1)`);
  return value;
}

/** `true` or `false`. */
function boolean(value: unknown, where: string, check: Check): boolean {
  if (typeof value !== "boolean") fail(absent(value, check), `${where}: expected true or false`);
  return value;
}

/** An array (its items are checked one by one). */
function array(value: unknown, where: string, check: Check): readonly unknown[] {
  if (!Array.isArray(value)) fail(absent(value, check), `${where}: expected an array`);
  return value;
}

/** One of the `allowed` values. */
function oneOf<const T>(value: unknown, allowed: readonly T[], where: string, check: Check): T {
  if (!allowed.includes(value as T)) fail(check, `${where}: not one of ${allowed.join(", ")}`);
  return value as T;
}

/** A value's JSON type, as a refusal names it. */
function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/**
 * A JSON object of the caller's. Signing checks all of it: integers only, no lone
 * surrogates, plain objects and arrays, 64 levels in all (`level`: where it starts).
 */
function jsonObject(value: unknown, where: string, check: Check, level: number): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(absent(value, check), `${where}: expected an object`);
  }
  if (check === "invalid_input") jsonValue(value, where, level);
  return value as JsonObject;
}

/** Refuses what is not JSON as this file writes it. */
function jsonValue(value: unknown, where: string, level: number): void {
  if (typeof value === "string") {
    if (LONE_SURROGATE.test(value)) fail("invalid_input", `${where}: holds a lone surrogate`);
  } else if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      fail("invalid_input", `${where}: not an integer within ±(2^53 - 1)`);
    }
  } else if (typeof value === "object" && value !== null) {
    if (level > 64) fail("invalid_input", `${where}: nested deeper than 64 levels`);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) jsonValue(value[i], `${where}[${i}]`, level + 1);
      return;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) {
      fail("invalid_input", `${where}: not a plain object`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) fail("invalid_input", `${where}: a key holds a lone surrogate`);
      jsonValue(item, `${where}.${key}`, level + 1);
    }
  } else if (typeof value !== "boolean" && value !== null) {
    fail("invalid_input", `${where}: not a JSON value`);
  }
}

/** What JSON.parse lets through is refused below: strings and numbers, outside strings. */
const JSON_TOKENS = /"(?:[^"\\]|\\.)*"([\t\n\r ]*:)?|-?\d[\d.eE+-]*/g;

/** The one spelling of an integer JSON.parse reads back as written (no `1.0`, `1e3`, `-0`). */
const INTEGER_TOKEN = /^(?:0|-?[1-9]\d*)$/;

/**
 * Where a parsed string can hold a lone surrogate: one in the text itself, or a `\uD800`-`\uDFFF`
 * escape (paired ones match too, and take the slow path).
 */
const SURROGATE_IN_TEXT = /\p{Surrogate}|\\u[dD][89a-fA-F]/u;

/**
 * JSON, read strictly: JSON.parse, then refusing what it lets through (numbers that are
 * not integers within ±(2^53 - 1), `-0`, duplicate keys, lone surrogates, more than 64 levels).
 */
function parse(text: string, what: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    fail("malformed", `${what} is not JSON`);
  }
  // A lone string has no number and no member name outside itself: nothing to scan.
  let keys = 0;
  if (typeof value !== "string") {
    // exec rather than matchAll: no iterator per call (most texts here are a few tokens long);
    // lastIndex is reset first, since a refusal leaves it mid-text.
    JSON_TOKENS.lastIndex = 0;
    for (let match = JSON_TOKENS.exec(text); match !== null; match = JSON_TOKENS.exec(text)) {
      const token = match[0];
      if (match[1] !== undefined) {
        keys += 1;
      } else if (!token.startsWith('"') && !INTEGER_TOKEN.test(token)) {
        fail("malformed", `${what}: ${token} is not an integer`);
      } else if (!token.startsWith('"') && !Number.isSafeInteger(Number(token))) {
        fail("malformed", `${what}: ${token} is outside ±(2^53 - 1)`);
      }
    }
  }
  const members = countMembers(value, what, 1, SURROGATE_IN_TEXT.test(text));
  if (members !== keys) fail("malformed", `${what}: an object repeats a key`);
  return value;
}

/**
 * The members of every object in `value` (JSON.parse keeps one of a repeated name, so fewer
 * than the text's names then); refuses more than 64 levels, and lone surrogates when the text
 * may hold one (`surrogates`: checking each string costs more than the rest of the walk).
 */
function countMembers(value: unknown, what: string, level: number, surrogates: boolean): number {
  if (typeof value === "string") {
    if (surrogates && LONE_SURROGATE.test(value)) {
      fail("malformed", `${what}: a string holds a lone surrogate`);
    }
    return 0;
  }
  if (typeof value !== "object" || value === null) return 0;
  if (level > 64) fail("malformed", `${what}: nested deeper than 64 levels`);
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countMembers(item, what, level + 1, surrogates);
    return count;
  }
  for (const [key, item] of Object.entries(value)) {
    if (surrogates && LONE_SURROGATE.test(key)) {
      fail("malformed", `${what}: a string holds a lone surrogate`);
    }
    count += 1 + countMembers(item, what, level + 1, surrogates);
  }
  return count;
}

/** One strict decoder for every call: without `stream` it keeps no state between calls. */
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** A JSON object in UTF-8. */
function parseObject(bytes: Uint8Array, what: string): Record<string, unknown> {
  let text = "";
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    fail("malformed", `${what} is not UTF-8`);
  }
  const value = parse(text, what);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail("malformed", `${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** A character other than ASCII's. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Bytes as btoa takes them: one character per byte; a text stands for its UTF-8 bytes. */
function binary(data: Uint8Array | string): string {
  // ASCII text is its own UTF-8, one character per byte already: a JSON text written with
  // non-ASCII escaped (and most others) needs no encoding into bytes to spell them out again.
  if (typeof data === "string" && !NON_ASCII.test(data)) return data;
  const bytes = typeof data === "string" ? UTF8.encode(data) : data;
  // A plain loop: spreading the bytes into fromCharCode goes through the array iterator,
  // several times slower for the few hundred bytes of a token.
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

/** The bytes of text as atob returns it: one character per byte. */
function unbinary(text: string): Uint8Array {
  // A plain loop: Uint8Array.from(text, …) walks the string's iterator, several times slower.
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** URL-safe base64 without padding (of a text: of its UTF-8 bytes). */
function base64urlNoPad(data: Uint8Array | string): string {
  return btoa(binary(data)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of base64urlNoPad text, in the one spelling {@link base64urlNoPad} writes. */
function fromBase64urlNoPad(text: string, what: string): Uint8Array {
  let decoded: string | undefined;
  try {
    decoded = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    // not base64 at all: refused below
  }
  // atob also takes whitespace, missing padding and stray low bits: encoding its one
  // character per byte again (base64urlNoPad's steps after binary) must give the text back.
  if (
    decoded === undefined ||
    btoa(decoded).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") !== text
  ) {
    fail("malformed", `${what} is not base64url-nopad`);
  }
  return unbinary(decoded);
}

/**
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~` stay, a space becomes `%20`, every other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A value placed as it is in the base URL: a `?` or `#` in it would end that part early. */
function raw(text: string, where: string): string {
  if (/[?#]/.test(text)) fail("invalid_input", `${where}: '?' and '#' cannot appear here`);
  return text;
}

/** The key: the UTF-8 bytes of the secret. */
function keyBytes(secret: string): Uint8Array {
  if (typeof secret !== "string" || secret === "") fail("invalid_key", "the secret is empty");
  if (LONE_SURROGATE.test(secret)) fail("invalid_key", "the secret is not UTF-8 text");
  const key = UTF8.encode(secret);
  return key;
}

/** One encoder for every call: it holds no state between calls. */
const UTF8 = new TextEncoder();

/** The WebCrypto calls made here (typed here: no DOM lib or @types/node is needed). */
interface WebCrypto {
  readonly subtle: {
    importKey(
      format: "raw",
      key: Uint8Array,
      algorithm: { readonly name: "HMAC"; readonly hash: string },
      extractable: false,
      usages: readonly string[],
    ): Promise<unknown>;
    sign(algorithm: "HMAC", key: unknown, data: Uint8Array): Promise<ArrayBuffer>;
    verify(algorithm: "HMAC", key: unknown, mac: Uint8Array, data: Uint8Array): Promise<boolean>;
  };
}

/** Where Node.js 18 keeps WebCrypto (a variable, so type checkers and bundlers leave it). */
const NODE_CRYPTO = "node:crypto";

/** WebCrypto: `globalThis.crypto`, or `node:crypto`'s on Node.js 18. */
async function webCrypto(): Promise<WebCrypto> {
  const crypto: unknown =
    Reflect.get(globalThis, "crypto") ?? (await import(/* @vite-ignore */ NODE_CRYPTO)).webcrypto;
  return crypto as WebCrypto;
}

/** HMAC-`hash` of the UTF-8 bytes of `text` under `key`. */
async function hmacSign(key: Uint8Array, hash: string, text: string): Promise<Uint8Array> {
  const { subtle } = await webCrypto();
  const hmac = await subtle.importKey("raw", key, { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", hmac, UTF8.encode(text)));
}

/** Whether `mac` is the HMAC-`hash` of `text` under `key` (compared in constant time). */
async function hmacVerify(
  key: Uint8Array,
  hash: string,
  mac: Uint8Array,
  text: string,
): Promise<boolean> {
  const { subtle } = await webCrypto();
  const hmac = await subtle.importKey("raw", key, { name: "HMAC", hash }, false, ["verify"]);
  return subtle.verify("HMAC", hmac, mac, UTF8.encode(text));
}
