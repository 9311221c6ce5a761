// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

/**
 * Golden claims fixture (embedseal tests): {@link sign}, {@link verify}, {@link embedUrl}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface GoldenClaimsInput {
  readonly "http://example.com/is_root"?: boolean | undefined;
  /** Default: 8 fresh random bytes, as hex. */
  readonly ":nonce"?: string | undefined;
  readonly class: "gold" | "silver";
  /** Default: `3`. */
  readonly type?: number | undefined;
  /** Default: now. */
  readonly iat?: number | undefined;
  /** Default: now + 300 s. */
  readonly exp?: number | undefined;
  readonly kid: string;
  readonly items: readonly GoldenClaimsItem[];
  readonly meta?: JsonObject | undefined;
  readonly base: string;
}

/** One element of `items`. */
export interface GoldenClaimsItem {
  readonly id: number;
  readonly tags?: readonly string[] | undefined;
}

/** What {@link verify} returns: the claims as received, keyed by their wire names. */
export interface GoldenClaimsClaims {
  readonly "http://example.com/is_root"?: boolean;
  readonly ":nonce": string;
  readonly class: "gold" | "silver";
  readonly type: number;
  readonly iat: number;
  readonly exp: number;
  readonly kid: string;
  readonly items: readonly GoldenClaimsItem[];
  readonly meta?: JsonObject;
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
export interface GoldenClaimsSigned {
  /** The token, as {@link embedUrl} places it. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the token carries it. */
  readonly signature: string;
  /** The answer in the shape embedseal tests's own examples return. */
  readonly response: {
    readonly token: string;
    readonly url: string;
    readonly expires_at: number;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type GoldenClaimsErrorCode =
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
export class GoldenClaimsError extends Error {
  readonly code: GoldenClaimsErrorCode;

  constructor(code: GoldenClaimsErrorCode, message: string) {
    super(message);
    this.name = "GoldenClaimsError";
    this.code = code;
  }
}

function fail(code: GoldenClaimsErrorCode, message: string): never {
  throw new GoldenClaimsError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Golden claims fixture and places it in the embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param options - `now`: the signing time in Unix seconds (the clock by default); `randomBytes`: a
 *   source of random bytes (the platform's secure one by default)
 * @throws {@link GoldenClaimsError} `invalid_key` or `weak_key` for the secret, `invalid_input` for
 *   a value.
 */
export async function sign(
  input: GoldenClaimsInput,
  secret: string,
  options: { readonly now?: number; readonly randomBytes?: (count: number) => Uint8Array } = {},
): Promise<GoldenClaimsSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "http://example.com/is_root",
    ":nonce",
    "class",
    "type",
    "iat",
    "exp",
    "kid",
    "items",
    "meta",
    "base",
  ]);
  const httpExampleComIsRoot =
    input["http://example.com/is_root"] == null
      ? undefined
      : boolean(input["http://example.com/is_root"], "http://example.com/is_root", "invalid_input");
  const nonce = text(
    input[":nonce"] ?? hex(await randomBytes(8, options.randomBytes)),
    ":nonce",
    "invalid_input",
  );
  const class_ = oneOf(
    text(input.class, "class", "invalid_input"),
    ["gold", "silver"],
    "class",
    "invalid_input",
  );
  const type = integer(input.type ?? 3, "type", "invalid_input", { minimum: 0, maximum: 10 });
  const iat = integer(input.iat ?? now, "iat", "invalid_input");
  const exp = integer(input.exp ?? now + 300, "exp", "invalid_input");
  const kid = text(input.kid, "kid", "invalid_input", { maxLength: 32 });
  const items = Array.from(array(input.items, "items", "invalid_input"), (item, i) =>
    checkItem(item, `items[${i}]`, "invalid_input"),
  );
  const meta = input.meta == null ? undefined : jsonObject(input.meta, "meta", "invalid_input", 2);
  const baseValue = text(input.base, "base", "invalid_input");
  const header = base64urlNoPad(toJson({ alg: "HS512", typ: "JWT", kid }));
  const payload = base64urlNoPad(
    toJson({
      "http://example.com/is_root": httpExampleComIsRoot,
      ":nonce": nonce,
      class: class_,
      type,
      iat,
      exp,
      items,
      meta,
    }),
  );
  const signingInput = `${header}.${payload}`;
  const signature = base64urlNoPad(await hmacSign(key, "SHA-512", signingInput));
  const token = `${signingInput}.${signature}`;
  // percent() keeps every character this token can hold: the URL takes it unscanned.
  const url = buildUrl(token, { base: baseValue });
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
 * @throws {@link GoldenClaimsError} `invalid_input` for a value the URL cannot hold.
 */
export function embedUrl(token: string, fields: { readonly base: string }): string {
  // A token kept from earlier may hold anything: it is percent-encoded as any text is.
  return buildUrl(percent(token), fields);
}

/** The embed URL around `tokenText`: the token as the URL carries it, encoded already. */
function buildUrl(tokenText: string, fields: Parameters<typeof embedUrl>[1]): string {
  const baseValue = text(fields.base, "base", "invalid_input");
  return `${raw(baseValue, "base")}/view?jwt=${tokenText}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Golden claims fixture and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with embedseal tests
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link GoldenClaimsError} with the reason: `invalid_key`, `weak_key`, `malformed`,
 *   `alg_not_allowed`, `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid` or `lifetime_too_long`.
 */
export async function verify(
  token: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<GoldenClaimsClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const segments = token.split(".");
  if (segments.length !== 3) fail("malformed", `a JWS has 3 segments, not ${segments.length}`);
  const [headerText = "", payloadText = "", signatureText = ""] = segments;
  const headerBytes = fromBase64urlNoPad(headerText, "the header");
  const payloadBytes = fromBase64urlNoPad(payloadText, "the payload");
  const mac = fromBase64urlNoPad(signatureText, "the signature");
  const header = parseObject(headerBytes, "the header");
  if (header.alg !== "HS512") {
    fail("alg_not_allowed", `alg ${JSON.stringify(header.alg)} is not HS512`);
  }
  if (Object.hasOwn(header, "crit")) {
    // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
    fail("malformed", "the header lists critical extensions");
  }
  if (!(await hmacVerify(key, "SHA-512", mac, `${headerText}.${payloadText}`))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims = parseObject(payloadBytes, "the payload");
  if (claims["http://example.com/is_root"] !== undefined) {
    boolean(claims["http://example.com/is_root"], "http://example.com/is_root", "invalid_claim");
  }
  text(claims[":nonce"], ":nonce", "invalid_claim");
  oneOf(text(claims.class, "class", "invalid_claim"), ["gold", "silver"], "class", "invalid_claim");
  integer(claims.type, "type", "invalid_claim", { minimum: 0, maximum: 10 });
  const iat = integer(claims.iat, "iat", "invalid_claim");
  const exp = integer(claims.exp, "exp", "invalid_claim");
  Array.from(array(claims.items, "items", "invalid_claim"), (item, i) =>
    checkItem(item, `items[${i}]`, "invalid_claim"),
  );
  if (claims.meta !== undefined) jsonObject(claims.meta, "meta", "invalid_claim", 2);
  text(header.kid, "kid", "invalid_claim", { maxLength: 32 });
  const nbf = claims.nbf === undefined ? undefined : integer(claims.nbf, "nbf", "invalid_claim");
  if (exp <= now - 5) fail("expired", `expired at ${exp}, now ${now}`);
  if (iat > now + 5) fail("not_yet_valid", `iat ${iat} is after now ${now}`);
  if (nbf !== undefined && nbf > now + 5) fail("not_yet_valid", `nbf ${nbf} is after now ${now}`);
  if (exp - iat > 600) fail("lifetime_too_long", `lives ${exp - iat} s, at most 600`);
  return { ...claims, kid: header.kid } as GoldenClaimsClaims;
}
// --8<-- [end:verify]

/** Checks a {@link GoldenClaimsItem}: its members in declared order (signing refuses others). */
function checkItem(value: unknown, where: string, check: Check): GoldenClaimsItem {
  const members = object(value, where, check, ["id", "tags"]);
  return {
    id: integer(members.id, `${where}.id`, check),
    tags:
      members.tags === undefined
        ? undefined
        : Array.from(array(members.tags, `${where}.tags`, check), (item, i4) =>
            text(item, `${where}.tags[${i4}]`, check),
          ),
  };
}

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): GoldenClaimsErrorCode {
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

/** A string (never one with a lone surrogate) of at most `maxLength` characters. */
function text(value: unknown, where: string, check: Check, { maxLength = Infinity } = {}): string {
  if (typeof value !== "string") fail(absent(value, check), `${where}: expected a string`);
  if (LONE_SURROGATE.test(value)) fail(check, `${where}: holds a lone surrogate`);
  if (value.length > maxLength && [...value].length > maxLength) {
    fail(check, `${where}: longer than ${maxLength} characters`);
  }
  return value;
}

/** An integer within ±(2^53 - 1), and within `minimum` and `maximum`. */
function integer(
  value: unknown,
  where: string,
  check: Check,
  { minimum = -Infinity, maximum = Infinity } = {},
): number {
  if (typeof value !== "number" || !Number.isInteger(value)) {
    fail(absent(value, check), `${where}: expected an integer`);
  }
  if (!Number.isSafeInteger(value)) fail(check, `${where}: outside ±(2^53 - 1)`);
  if (value < minimum) fail(check, `${where}: below the minimum ${minimum}`);
  if (value > maximum) fail(check, `${where}: above the maximum ${maximum}`);
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

/**
 * JSON as embedseal tests writes it: "," between items, ":" after keys, keys sorted by code point,
 * non-ASCII escaped
 * (undefined members are left out, as JSON.stringify leaves them).
 */
function toJson(value: unknown): string {
  // Outside its strings the text is ASCII (punctuation, separators, numbers, literals), so one
  // pass over the whole text escapes what a pass over each string would, in one regex run.
  return writeJson(value).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The text {@link toJson} escapes: the same JSON, non-ASCII characters as they are. */
function writeJson(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(writeJson).join(",")}]`;
  // One string built member by member: no arrays of entries and of their texts per object.
  const record = value as Record<string, unknown>;
  let text = "";
  for (const key of Object.keys(record).sort(byCodePoint)) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text === "" ? "" : ","}${JSON.stringify(key)}:${writeJson(item)}`;
  }
  return `{${text}}`;
}

/** Orders keys by code point (UTF-8 byte order), not by UTF-16 unit as `<` does. */
function byCodePoint(a: string, b: string): number {
  // A surrogate (half of a code point above U+FFFF) sorts after every other UTF-16 unit.
  const rank = (unit: number): number => (unit >= 0xd800 && unit < 0xe000 ? unit + 0x10000 : unit);
  for (let i = 0; i < a.length && i < b.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return rank(a.charCodeAt(i)) - rank(b.charCodeAt(i));
  }
  return a.length - b.length;
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

/** The key: the bytes (hex, either case) of the secret, at least 16 of them. */
function keyBytes(secret: string): Uint8Array {
  if (typeof secret !== "string" || secret === "") fail("invalid_key", "the secret is empty");
  if (!/^(?:[0-9A-Fa-f]{2})+$/.test(secret)) fail("invalid_key", "the secret is not hex");
  const key = Uint8Array.from(secret.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  if (key.length < 16) fail("weak_key", `the key has ${key.length} bytes; this format needs 16`);
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
