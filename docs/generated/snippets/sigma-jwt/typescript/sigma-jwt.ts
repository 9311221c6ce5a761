// Code generated from spec/formats/sigma-jwt.yaml — do not edit.

/**
 * Sigma embed JWT (Sigma Computing): {@link sign}, {@link verify}, {@link embedUrl}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * @see https://help.sigmacomputing.com/docs/create-an-embed-api-with-json-web-tokens
 * @see https://help.sigmacomputing.com/docs/json-web-token-claims-reference
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface SigmaJwtInput {
  /** The embed client ID (Sigma requires it in the header). */
  readonly kid: string;
  /** The embed user's email address. */
  readonly sub: string;
  /** The embed client ID again, as the issuer (optional). */
  readonly iss?: string | undefined;
  /**
   * A unique token id; Sigma stores it and refuses a second use (replay). Default: a fresh random
   * UUID (version 4).
   */
  readonly jti?: string | undefined;
  /** When the token was issued. Default: now. */
  readonly iat?: number | undefined;
  /** Expiry; at most 30 days after iat. Default: now + 3600 s. */
  readonly exp?: number | undefined;
  /** The embed user's account type (viewer, creator, or a custom one). */
  readonly account_type?: string | undefined;
  /** The Sigma teams the embed user belongs to. */
  readonly teams?: readonly string[] | undefined;
  /** User attributes by name, for row-level security and dynamic connections. */
  readonly user_attributes?: JsonObject | undefined;
  readonly first_name?: string | undefined;
  readonly last_name?: string | undefined;
  /** The connection to evaluate the embed against (connection swapping). */
  readonly eval_connection_id?: string | undefined;
  /** The workbook, page or element URL to embed. */
  readonly workbook_url: string;
  /** Marks the URL as a secure embed (always "true"). Default: `"true"`. */
  readonly ":embed"?: "true" | undefined;
}

/** What {@link verify} returns: the claims as received, keyed by their wire names. */
export interface SigmaJwtClaims {
  readonly kid: string;
  readonly sub: string;
  readonly iss?: string;
  readonly jti: string;
  readonly iat: number;
  readonly exp: number;
  readonly account_type?: string;
  readonly teams?: readonly string[];
  readonly user_attributes?: JsonObject;
  readonly first_name?: string;
  readonly last_name?: string;
  readonly eval_connection_id?: string;
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
export interface SigmaJwtSigned {
  /** The token, as {@link embedUrl} places it. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the token carries it. */
  readonly signature: string;
  /** The answer in the shape Sigma Computing's own examples return. */
  readonly response: {
    readonly token: string;
    readonly url: string;
    readonly expires_at: number;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type SigmaJwtErrorCode =
  | "invalid_key"
  | "weak_key"
  | "invalid_input"
  | "malformed"
  | "alg_not_allowed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid"
  | "lifetime_too_long";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class SigmaJwtError extends Error {
  readonly code: SigmaJwtErrorCode;

  constructor(code: SigmaJwtErrorCode, message: string) {
    super(message);
    this.name = "SigmaJwtError";
    this.code = code;
  }
}

function fail(code: SigmaJwtErrorCode, message: string): never {
  throw new SigmaJwtError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Sigma embed JWT and places it in the embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - The embed secret from Administration > Developer access, used as text.
 * @param options - `now`: the signing time in Unix seconds (the clock by default); `randomBytes`: a
 *   source of random bytes (the platform's secure one by default)
 * @throws {@link SigmaJwtError} `invalid_key` or `weak_key` for the secret, `invalid_input` for a
 *   value.
 */
export async function sign(
  input: SigmaJwtInput,
  secret: string,
  options: { readonly now?: number; readonly randomBytes?: (count: number) => Uint8Array } = {},
): Promise<SigmaJwtSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "kid",
    "sub",
    "iss",
    "jti",
    "iat",
    "exp",
    "account_type",
    "teams",
    "user_attributes",
    "first_name",
    "last_name",
    "eval_connection_id",
    "workbook_url",
    ":embed",
  ]);
  const kid = text(input.kid, "kid", "invalid_input");
  const sub = text(input.sub, "sub", "invalid_input");
  const iss = input.iss == null ? undefined : text(input.iss, "iss", "invalid_input");
  const jti = text(
    input.jti ?? uuid(await randomBytes(16, options.randomBytes)),
    "jti",
    "invalid_input",
  );
  const iat = integer(input.iat ?? now, "iat", "invalid_input");
  const exp = integer(input.exp ?? now + 3600, "exp", "invalid_input");
  const accountType =
    input.account_type == null
      ? undefined
      : text(input.account_type, "account_type", "invalid_input");
  const teams =
    input.teams == null
      ? undefined
      : Array.from(array(input.teams, "teams", "invalid_input"), (item, i) =>
          text(item, `teams[${i}]`, "invalid_input"),
        );
  const userAttributes =
    input.user_attributes == null
      ? undefined
      : jsonObject(input.user_attributes, "user_attributes", "invalid_input", 2);
  const firstName =
    input.first_name == null ? undefined : text(input.first_name, "first_name", "invalid_input");
  const lastName =
    input.last_name == null ? undefined : text(input.last_name, "last_name", "invalid_input");
  const evalConnectionId =
    input.eval_connection_id == null
      ? undefined
      : text(input.eval_connection_id, "eval_connection_id", "invalid_input");
  const workbookUrl = text(input.workbook_url, "workbook_url", "invalid_input");
  const embed = oneOf(
    text(input[":embed"] ?? "true", ":embed", "invalid_input"),
    ["true"],
    ":embed",
    "invalid_input",
  );
  const header = base64urlNoPad(JSON.stringify({ alg: "HS256", typ: "JWT", kid }));
  const payload = base64urlNoPad(
    JSON.stringify({
      sub,
      iss,
      jti,
      iat,
      exp,
      account_type: accountType,
      teams,
      user_attributes: userAttributes,
      first_name: firstName,
      last_name: lastName,
      eval_connection_id: evalConnectionId,
    }),
  );
  const signingInput = `${header}.${payload}`;
  const signature = base64urlNoPad(await hmacSign(key, "SHA-256", signingInput));
  const token = `${signingInput}.${signature}`;
  // percent() keeps every character this token can hold: the URL takes it unscanned.
  const url = buildUrl(token, { workbook_url: workbookUrl, ":embed": embed });
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
 * @throws {@link SigmaJwtError} `invalid_input` for a value the URL cannot hold.
 */
export function embedUrl(
  token: string,
  fields: { readonly workbook_url: string; readonly ":embed": "true" },
): string {
  // A token kept from earlier may hold anything: it is percent-encoded as any text is.
  return buildUrl(percent(token), fields);
}

/** The embed URL around `tokenText`: the token as the URL carries it, encoded already. */
function buildUrl(tokenText: string, fields: Parameters<typeof embedUrl>[1]): string {
  const workbookUrl = text(fields.workbook_url, "workbook_url", "invalid_input");
  const embed = oneOf(
    text(fields[":embed"], ":embed", "invalid_input"),
    ["true"],
    ":embed",
    "invalid_input",
  );
  return `${raw(workbookUrl, "workbook_url")}?${`:jwt=${tokenText}`}&${`:embed=${percent(embed)}`}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Sigma embed JWT and returns its claims.
 *
 * @param token - the token as received
 * @param secret - The embed secret from Administration > Developer access, used as text.
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link SigmaJwtError} with the reason: `invalid_key`, `weak_key`, `malformed`,
 *   `alg_not_allowed`, `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid` or `lifetime_too_long`.
 */
export async function verify(
  token: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<SigmaJwtClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const segments = token.split(".");
  if (segments.length !== 3) fail("malformed", `a JWS has 3 segments, not ${segments.length}`);
  const [headerText = "", payloadText = "", signatureText = ""] = segments;
  const headerBytes = fromBase64urlNoPad(headerText, "the header");
  const payloadBytes = fromBase64urlNoPad(payloadText, "the payload");
  const mac = fromBase64urlNoPad(signatureText, "the signature");
  const header = parseObject(headerBytes, "the header");
  if (header.alg !== "HS256") {
    fail("alg_not_allowed", `alg ${JSON.stringify(header.alg)} is not HS256`);
  }
  if (Object.hasOwn(header, "crit")) {
    // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
    fail("malformed", "the header lists critical extensions");
  }
  if (!(await hmacVerify(key, "SHA-256", mac, `${headerText}.${payloadText}`))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims = parseObject(payloadBytes, "the payload");
  text(claims.sub, "sub", "invalid_claim");
  if (claims.iss !== undefined) text(claims.iss, "iss", "invalid_claim");
  text(claims.jti, "jti", "invalid_claim");
  const iat = integer(claims.iat, "iat", "invalid_claim");
  const exp = integer(claims.exp, "exp", "invalid_claim");
  if (claims.account_type !== undefined) text(claims.account_type, "account_type", "invalid_claim");
  if (claims.teams !== undefined) {
    Array.from(array(claims.teams, "teams", "invalid_claim"), (item, i) =>
      text(item, `teams[${i}]`, "invalid_claim"),
    );
  }
  if (claims.user_attributes !== undefined) {
    jsonObject(claims.user_attributes, "user_attributes", "invalid_claim", 2);
  }
  if (claims.first_name !== undefined) text(claims.first_name, "first_name", "invalid_claim");
  if (claims.last_name !== undefined) text(claims.last_name, "last_name", "invalid_claim");
  if (claims.eval_connection_id !== undefined) {
    text(claims.eval_connection_id, "eval_connection_id", "invalid_claim");
  }
  text(header.kid, "kid", "invalid_claim");
  const nbf = claims.nbf === undefined ? undefined : integer(claims.nbf, "nbf", "invalid_claim");
  if (exp <= now) fail("expired", `expired at ${exp}, now ${now}`);
  if (iat > now) fail("not_yet_valid", `iat ${iat} is after now ${now}`);
  if (nbf !== undefined && nbf > now) fail("not_yet_valid", `nbf ${nbf} is after now ${now}`);
  if (exp - iat > 2592000) fail("lifetime_too_long", `lives ${exp - iat} s, at most 2592000`);
  return { ...claims, kid: header.kid } as SigmaJwtClaims;
}
// --8<-- [end:verify]

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): SigmaJwtErrorCode {
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

/**
 * Every byte's two lowercase hex digits, built once: a lookup per byte, not toString + padStart.
 */
const HEX_DIGITS = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Lowercase hex. */
function hex(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += HEX_DIGITS[bytes[i]!]!;
  return text;
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
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~:` stay, a space becomes `%20`, every other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A/g, decodeURIComponent);
}

/** A value placed as it is in the base URL: a `?` or `#` in it would end that part early. */
function raw(text: string, where: string): string {
  if (/[?#]/.test(text)) fail("invalid_input", `${where}: '?' and '#' cannot appear here`);
  return text;
}

/** `count` random bytes: from `source`, or the platform's cryptographically secure generator. */
async function randomBytes(
  count: number,
  source?: (count: number) => Uint8Array,
): Promise<Uint8Array> {
  const bytes =
    source === undefined
      ? (await webCrypto()).getRandomValues(new Uint8Array(count))
      : source(count);
  if (bytes.length !== count) {
    fail("invalid_input", `random: ${count} bytes needed, ${bytes.length} given`);
  }
  return bytes;
}

/** An RFC 9562 version 4 UUID made of 16 random bytes (version and variant bits set). */
function uuid(random: Uint8Array): string {
  const bytes = Uint8Array.from(random);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const digits = hex(bytes);
  return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
}

/** The key: the UTF-8 bytes of the secret, at least 32 of them. */
function keyBytes(secret: string): Uint8Array {
  if (typeof secret !== "string" || secret === "") fail("invalid_key", "the secret is empty");
  if (LONE_SURROGATE.test(secret)) fail("invalid_key", "the secret is not UTF-8 text");
  const key = UTF8.encode(secret);
  if (key.length < 32) fail("weak_key", `the key has ${key.length} bytes; this format needs 32`);
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
  getRandomValues(array: Uint8Array): Uint8Array;
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
