// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

/**
 * Papermap iframe token (Papermap): {@link sign}, {@link verify}, {@link embedUrl}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * Known risks of the vendor's format, kept for compatibility:
 * - unsigned-fields: the signature does not cover api_key_id, tenant_id, dashboard_id
 * - ambiguous-concatenation: parts are concatenated with no delimiter, so different inputs can sign
 *   the same bytes
 * - unbounded-lifetime: no verify.max_lifetime bounds exp
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @see https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface PapermapIframeInput {
  /** Your Papermap API key identifier (ak_…), the same for every token. */
  readonly api_key_id: string;
  /** The Papermap workspace that holds the dashboard. */
  readonly workspace_id: string;
  /** Your customer (tenant) the dashboard is shown to. */
  readonly tenant_id: string;
  /** The tenant's dashboard. */
  readonly dashboard_id: string;
  /** When the token stops working (Unix seconds); one hour from now by default. */
  readonly valid_until?: number | undefined;
}

/** What {@link verify} returns: the claims as received, keyed by their wire names. */
export interface PapermapIframeClaims {
  readonly api_key_id: string;
  readonly workspace_id: string;
  readonly tenant_id: string;
  readonly dashboard_id: string;
  readonly valid_until: number;
  /** Members the format does not declare, as received. */
  readonly [member: string]: unknown;
}

/** What {@link sign} returns. */
export interface PapermapIframeSigned {
  /** The token, as {@link embedUrl} places it. */
  readonly token: string;
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the token carries it. */
  readonly signature: string;
  /** The answer in the shape Papermap's own examples return. */
  readonly response: {
    readonly token: string;
    readonly dashboard_id: string;
    readonly expires_at: number;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type PapermapIframeErrorCode =
  | "invalid_key"
  | "invalid_input"
  | "malformed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class PapermapIframeError extends Error {
  readonly code: PapermapIframeErrorCode;

  constructor(code: PapermapIframeErrorCode, message: string) {
    super(message);
    this.name = "PapermapIframeError";
    this.code = code;
  }
}

function fail(code: PapermapIframeErrorCode, message: string): never {
  throw new PapermapIframeError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Papermap iframe token and places it in the embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - the secret shared with Papermap
 * @param options - `now`: the signing time in Unix seconds (the clock by default)
 * @throws {@link PapermapIframeError} `invalid_key` for the secret, `invalid_input` for a value.
 */
export async function sign(
  input: PapermapIframeInput,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<PapermapIframeSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "api_key_id",
    "workspace_id",
    "tenant_id",
    "dashboard_id",
    "valid_until",
  ]);
  const apiKeyId = text(input.api_key_id, "api_key_id", "invalid_input");
  const workspaceId = text(input.workspace_id, "workspace_id", "invalid_input");
  const tenantId = text(input.tenant_id, "tenant_id", "invalid_input");
  const dashboardId = text(input.dashboard_id, "dashboard_id", "invalid_input");
  const validUntil = integer(input.valid_until ?? now + 3600, "valid_until", "invalid_input");
  const message = `${workspaceId}${validUntil}`;
  const signature = hex(await hmacSign(key, "SHA-256", message));
  const token = base64url(
    toJson({
      api_key_id: apiKeyId,
      workspace_id: workspaceId,
      tenant_id: tenantId,
      dashboard_id: dashboardId,
      valid_until: validUntil,
      signature,
    }),
  );
  // percent() keeps every character this token can hold: the URL takes it unscanned.
  const url = buildUrl(token);
  return {
    token,
    url,
    signature,
    response: { token, dashboard_id: dashboardId, expires_at: validUntil },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/**
 * The embed URL that carries a token (from {@link sign}, or from your cache).
 */
export function embedUrl(token: string): string {
  // A token kept from earlier may hold anything: it is percent-encoded as any text is.
  return buildUrl(percent(token));
}

/** The embed URL around `tokenText`: the token as the URL carries it, encoded already. */
function buildUrl(tokenText: string): string {
  return `https://papermap.ai/embedded/dashboard?embedded-token=${tokenText}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Papermap iframe token and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with Papermap
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link PapermapIframeError} with the reason: `invalid_key`, `malformed`, `bad_signature`,
 *   `missing_claim`, `invalid_claim` or `expired`.
 */
export async function verify(
  token: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<PapermapIframeClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const envelope = parseObject(fromBase64url(token, "the token"), "the token");
  const { signature: received, ...claims } = envelope;
  text(claims.api_key_id, "api_key_id", "invalid_claim");
  const workspaceId = text(claims.workspace_id, "workspace_id", "invalid_claim");
  text(claims.tenant_id, "tenant_id", "invalid_claim");
  text(claims.dashboard_id, "dashboard_id", "invalid_claim");
  const validUntil = integer(claims.valid_until, "valid_until", "invalid_claim");
  const mac = fromHex(text(received, "signature", "invalid_claim"), "the signature");
  if (!(await hmacVerify(key, "SHA-256", mac, `${workspaceId}${validUntil}`))) {
    fail("bad_signature", "the signature does not match");
  }
  if (validUntil <= now) fail("expired", `expired at ${validUntil}, now ${now}`);
  return claims as PapermapIframeClaims;
}
// --8<-- [end:verify]

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): PapermapIframeErrorCode {
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

/**
 * JSON as Papermap writes it: ", " between items, ": " after keys, non-ASCII escaped
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
  if (Array.isArray(value)) return `[${value.map(writeJson).join(", ")}]`;
  // One string built member by member: no arrays of entries and of their texts per object.
  const record = value as Record<string, unknown>;
  let text = "";
  for (const key of Object.keys(record)) {
    const item = record[key];
    if (item === undefined) continue;
    text += `${text === "" ? "" : ", "}${JSON.stringify(key)}: ${writeJson(item)}`;
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

/** The bytes of lowercase hex (the one spelling {@link hex} writes). */
function fromHex(text: string, what: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) fail("malformed", `${what} is not lowercase hex`);
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return bytes;
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

/** URL-safe base64, padded (of a text: of its UTF-8 bytes). */
function base64url(data: Uint8Array | string): string {
  return btoa(binary(data)).replace(/\+/g, "-").replace(/\//g, "_");
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
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~=` stay, a space becomes `%20`, every other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3D/g, decodeURIComponent);
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
