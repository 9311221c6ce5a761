// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

/**
 * Golden lines fixture (embedseal tests): {@link sign}, {@link verify}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * Known risks of the vendor's format, kept for compatibility:
 * - unsigned-fields: the signature does not cover display
 *
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface GoldenLinesInput {
  readonly host: string;
  readonly path: string;
  /** Default: now. */
  readonly time?: number | undefined;
  readonly user: string;
  readonly groups?: readonly number[] | undefined;
  readonly display?: string | undefined;
}

/** What {@link verify} returns: the URL's values, keyed by their wire names. */
export interface GoldenLinesClaims {
  readonly host: string;
  readonly path: string;
  readonly time: number;
  readonly user: string;
  readonly groups?: readonly number[];
  readonly display?: string;
}

/** What {@link sign} returns. */
export interface GoldenLinesSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the URL carries it. */
  readonly signature: string;
  /** The answer in the shape embedseal tests's own examples return. */
  readonly response: {
    readonly url: string;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type GoldenLinesErrorCode =
  | "invalid_key"
  | "weak_key"
  | "invalid_input"
  | "malformed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class GoldenLinesError extends Error {
  readonly code: GoldenLinesErrorCode;

  constructor(code: GoldenLinesErrorCode, message: string) {
    super(message);
    this.name = "GoldenLinesError";
    this.code = code;
  }
}

function fail(code: GoldenLinesErrorCode, message: string): never {
  throw new GoldenLinesError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Golden lines fixture URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param options - `now`: the signing time in Unix seconds (the clock by default)
 * @throws {@link GoldenLinesError} `invalid_key` or `weak_key` for the secret, `invalid_input` for
 *   a value.
 */
export async function sign(
  input: GoldenLinesInput,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<GoldenLinesSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", ["host", "path", "time", "user", "groups", "display"]);
  const host = text(input.host, "host", "invalid_input");
  const path = text(input.path, "path", "invalid_input");
  const time = integer(input.time ?? now, "time", "invalid_input");
  const user = text(input.user, "user", "invalid_input", { maxLength: 64 });
  const groups =
    input.groups == null
      ? undefined
      : Array.from(array(input.groups, "groups", "invalid_input"), (item, i) =>
          integer(item, `groups[${i}]`, "invalid_input"),
        );
  const display =
    input.display == null ? undefined : text(input.display, "display", "invalid_input");
  const userJson = toJson(user);
  const groupsJson = groups === undefined ? undefined : toJson(groups);
  const query = joinPresent("&", [
    `time=${time}`,
    `user=${percent(userJson)}`,
    pair("groups", groupsJson),
    pair("display", display),
  ]);
  const message = joinPresent("\n", [
    host,
    `/e/${percent(path)}`,
    toJson(time),
    userJson,
    groupsJson,
  ]);
  const signature = base64url(await hmacSign(key, "SHA-256", message));
  const url = signedUrl(host, path, query, signature);
  return {
    url,
    signature,
    response: { url },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/** The URL {@link sign} makes: `https://{host}/e/{path|percent}?…&sig=…`. */
function signedUrl(host: string, path: string, query: string, signature: string): string {
  return `https://${raw(host, "host")}/e/${percent(path)}?${query}&sig=${percent(signature)}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Golden lines fixture URL and returns its values.
 *
 * @param url - the URL as received
 * @param secret - the secret shared with embedseal tests
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link GoldenLinesError} with the reason: `invalid_key`, `weak_key`, `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired` or `not_yet_valid`.
 */
export async function verify(
  url: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<GoldenLinesClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const base = /^https:\/\/(.*?)\/e\/(.*?)$/s.exec(mark < 0 ? href : href.slice(0, mark));
  if (base === null) {
    fail("malformed", "the URL does not start with https://{host}/e/{path|percent}");
  }
  const [, hostText = "", pathRaw = ""] = base;
  const pathText = unpercent(pathRaw);
  const query = mark < 0 ? "" : href.slice(mark + 1);
  const received = parameters(query);
  const mac = fromBase64url(received.sig ?? "", "the signature");
  const message = joinPresent("\n", [
    hostText,
    `/e/${pathRaw}`,
    received.time,
    received.user,
    received.groups,
  ]);
  if (!(await hmacVerify(key, "SHA-256", mac, message))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims: Partial<Record<keyof GoldenLinesClaims, unknown>> = {
    host: hostText,
    path: pathText,
  };
  if (received.time !== undefined) claims.time = integerText(received.time, "time");
  if (received.user !== undefined) claims.user = parse(received.user, "user");
  if (received.groups !== undefined) claims.groups = parse(received.groups, "groups");
  if (received.display !== undefined) claims.display = received.display;
  text(claims.host, "host", "invalid_claim");
  text(claims.path, "path", "invalid_claim");
  const time = integer(claims.time, "time", "invalid_claim");
  text(claims.user, "user", "invalid_claim", { maxLength: 64 });
  if (claims.groups !== undefined) {
    Array.from(array(claims.groups, "groups", "invalid_claim"), (item, i) =>
      integer(item, `groups[${i}]`, "invalid_claim"),
    );
  }
  if (claims.display !== undefined) text(claims.display, "display", "invalid_claim");
  if (time + 120 <= now - 10) fail("expired", `issued at ${time}, older than 120 s`);
  if (time > now + 10) fail("not_yet_valid", `time ${time} is after now ${now}`);
  return claims as GoldenLinesClaims;
}
// --8<-- [end:verify]

/**
 * The query's parameters, percent-decoded, read by name as a server reads them: only this format's,
 * each at most once, in any order.
 */
function parameters(query: string): Record<string, string> {
  const names = ["time", "user", "groups", "display", "sig"];
  const params: Record<string, string> = {};
  for (const item of query === "" ? [] : query.split("&")) {
    const equals = item.indexOf("=");
    if (equals < 0) fail("malformed", "a query parameter has no '='");
    const name = unpercent(item.slice(0, equals));
    if (!names.includes(name) || Object.hasOwn(params, name)) {
      fail("malformed", `unexpected or repeated parameter ${name}`);
    }
    params[name] = unpercent(item.slice(equals + 1));
  }
  if (!Object.hasOwn(params, "sig")) fail("malformed", "the URL has no sig parameter");
  return params;
}

/** An integer as the URL writes it (decimal, no leading zero, no `-0`). */
function integerText(text: string, where: string): number {
  if (!/^-?(?:0|[1-9]\d*)$/.test(text) || text === "-0") {
    fail("invalid_claim", `${where}: ${JSON.stringify(text)} is not an integer`);
  }
  return Number(text);
}

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): GoldenLinesErrorCode {
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

/**
 * JSON as embedseal tests writes it: ", " between items, ": " after keys
 * (undefined members are left out, as JSON.stringify leaves them).
 */
function toJson(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value !== "object" || value === null) return String(value);
  if (Array.isArray(value)) return `[${value.map(toJson).join(", ")}]`;
  // One string built member by member: no arrays of entries and of their texts per object.
  const record = value as Record<string, unknown>;
  let text = "";
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text === "" ? "" : ", "}${JSON.stringify(key)}: ${toJson(item)}`;
  }
  return `{${text}}`;
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

/** Bytes as btoa takes them: one character per byte. */
function binary(bytes: Uint8Array): string {
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

/** URL-safe base64, padded. */
function base64url(bytes: Uint8Array): string {
  return btoa(binary(bytes)).replace(/\+/g, "-").replace(/\//g, "_");
}

/** The bytes of base64url text, in the one spelling {@link base64url} writes. */
function fromBase64url(text: string, what: string): Uint8Array {
  let decoded: string | undefined;
  try {
    decoded = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  } catch {
    // not base64 at all: refused below
  }
  // atob also takes whitespace, missing padding and stray low bits: encoding its one
  // character per byte again (base64url's steps after binary) must give the text back.
  if (decoded === undefined || btoa(decoded).replace(/\+/g, "-").replace(/\//g, "_") !== text) {
    fail("malformed", `${what} is not base64url`);
  }
  return unbinary(decoded);
}

/**
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~` stay, a space becomes `+`, every other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, "+");
}

/** `name=value` of a query parameter, or nothing when there is no value. */
function pair(name: string, value: string | number | boolean | undefined): string | undefined {
  return value === undefined ? undefined : `${name}=${percent(String(value))}`;
}

/** The pieces that are there, joined by `separator`. */
function joinPresent(separator: string, pieces: readonly (string | undefined)[]): string {
  return pieces.filter((piece) => piece !== undefined).join(separator);
}

/** Percent-decodes text (`+` stays `+`); a stray `%` or bytes that are not UTF-8 are refused. */
function unpercent(text: string): string {
  // Without a `%` there is nothing to decode or refuse (the names, most numbers): skip the call.
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    fail("malformed", "the URL holds invalid percent-encoding");
  }
}

/** A value placed as it is in the base URL: a `?` or `#` in it would end that part early. */
function raw(text: string, where: string): string {
  if (/[?#]/.test(text)) fail("invalid_input", `${where}: '?' and '#' cannot appear here`);
  return text;
}

/** The key: the bytes (base64, padded) of the secret, at least 16 of them. */
function keyBytes(secret: string): Uint8Array {
  if (typeof secret !== "string" || secret === "") fail("invalid_key", "the secret is empty");
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(secret)) {
    fail("invalid_key", "the secret is not base64");
  }
  const key = Uint8Array.from(atob(secret), (char) => char.charCodeAt(0));
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
