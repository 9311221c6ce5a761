// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

/**
 * Bold BI signed embed URL (before v14.1) (Bold BI): {@link sign}, {@link verify}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * Known risks of the vendor's format, kept for compatibility:
 * - no-expiry: embed_timestamp is optional, and without it nothing expires
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface BoldbiEmbedUrlInput {
  /** The dashboard's URL on your Bold BI server (where the signed query goes). */
  readonly dashboard_url: string;
  /** A random GUID. Default: a fresh random UUID (version 4). */
  readonly embed_nonce?: string | undefined;
  /** The dashboard id. */
  readonly embed_dashboard_id: string;
  /** Email of a Bold BI user allowed to see the dashboard. */
  readonly embed_user_email: string;
  /** Signing time; without it Bold BI accepts the URL forever. Default: now. */
  readonly embed_timestamp?: number | undefined;
  /** Seconds the URL stays valid (needs embed_timestamp). */
  readonly embed_expirationtime?: number | undefined;
}

/** What {@link verify} returns: the URL's values, keyed by their wire names. */
export interface BoldbiEmbedUrlClaims {
  readonly dashboard_url: string;
  readonly embed_nonce: string;
  readonly embed_dashboard_id: string;
  readonly embed_user_email: string;
  readonly embed_timestamp?: number;
  readonly embed_expirationtime?: number;
}

/** What {@link sign} returns. */
export interface BoldbiEmbedUrlSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the URL carries it. */
  readonly signature: string;
  /** The answer in the shape Bold BI's own examples return. */
  readonly response: {
    readonly url: string;
    readonly signature: string;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type BoldbiEmbedUrlErrorCode =
  | "invalid_key"
  | "invalid_input"
  | "malformed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class BoldbiEmbedUrlError extends Error {
  readonly code: BoldbiEmbedUrlErrorCode;

  constructor(code: BoldbiEmbedUrlErrorCode, message: string) {
    super(message);
    this.name = "BoldbiEmbedUrlError";
    this.code = code;
  }
}

function fail(code: BoldbiEmbedUrlErrorCode, message: string): never {
  throw new BoldbiEmbedUrlError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Bold BI signed embed URL (before v14.1) URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - The embed secret from the Bold BI settings page.
 * @param options - `now`: the signing time in Unix seconds (the clock by default); `randomBytes`: a
 *   source of random bytes (the platform's secure one by default)
 * @throws {@link BoldbiEmbedUrlError} `invalid_key` for the secret, `invalid_input` for a value.
 */
export async function sign(
  input: BoldbiEmbedUrlInput,
  secret: string,
  options: { readonly now?: number; readonly randomBytes?: (count: number) => Uint8Array } = {},
): Promise<BoldbiEmbedUrlSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "dashboard_url",
    "embed_nonce",
    "embed_dashboard_id",
    "embed_user_email",
    "embed_timestamp",
    "embed_expirationtime",
  ]);
  const dashboardUrl = text(input.dashboard_url, "dashboard_url", "invalid_input");
  const embedNonce = text(
    input.embed_nonce ?? uuid(await randomBytes(16, options.randomBytes)),
    "embed_nonce",
    "invalid_input",
  );
  const embedDashboardId = text(input.embed_dashboard_id, "embed_dashboard_id", "invalid_input");
  const embedUserEmail = text(input.embed_user_email, "embed_user_email", "invalid_input");
  const embedTimestamp = integer(input.embed_timestamp ?? now, "embed_timestamp", "invalid_input");
  const embedExpirationtime =
    input.embed_expirationtime == null
      ? undefined
      : integer(input.embed_expirationtime, "embed_expirationtime", "invalid_input", {
          minimum: 86400,
          maximum: 518400,
        });
  const query = joinPresent("&", [
    `embed_nonce=${percent(embedNonce)}`,
    `embed_dashboard_id=${percent(embedDashboardId)}`,
    `embed_user_email=${percent(embedUserEmail)}`,
    `embed_timestamp=${embedTimestamp}`,
    pair("embed_expirationtime", embedExpirationtime),
  ]);
  const signature = base64(await hmacSign(key, "SHA-256", query));
  const url = signedUrl(dashboardUrl, query, signature);
  return {
    url,
    signature,
    response: { url, signature },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/** The URL {@link sign} makes: `{dashboard_url}?…&embed_signature=…`. */
function signedUrl(dashboardUrl: string, query: string, signature: string): string {
  return `${raw(dashboardUrl, "dashboard_url")}?${query}&embed_signature=${percent(signature)}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Bold BI signed embed URL (before v14.1) URL and returns its values.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from the Bold BI settings page.
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link BoldbiEmbedUrlError} with the reason: `invalid_key`, `malformed`, `bad_signature`,
 *   `missing_claim`, `invalid_claim`, `expired` or `not_yet_valid`.
 */
export async function verify(
  url: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<BoldbiEmbedUrlClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const base = /^(.*?)$/s.exec(mark < 0 ? href : href.slice(0, mark));
  if (base === null) fail("malformed", "the URL does not start with {dashboard_url}");
  const [, dashboardUrlText = ""] = base;
  const query = mark < 0 ? "" : href.slice(mark + 1);
  const received = parameters(query);
  const mac = fromBase64(received.embed_signature ?? "", "the signature");
  const message = query.slice(0, Math.max(0, query.lastIndexOf("&")));
  if (!(await hmacVerify(key, "SHA-256", mac, message))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims: Partial<Record<keyof BoldbiEmbedUrlClaims, unknown>> = {
    dashboard_url: dashboardUrlText,
  };
  if (received.embed_nonce !== undefined) claims.embed_nonce = received.embed_nonce;
  if (received.embed_dashboard_id !== undefined) {
    claims.embed_dashboard_id = received.embed_dashboard_id;
  }
  if (received.embed_user_email !== undefined) claims.embed_user_email = received.embed_user_email;
  if (received.embed_timestamp !== undefined) {
    claims.embed_timestamp = integerText(received.embed_timestamp, "embed_timestamp");
  }
  if (received.embed_expirationtime !== undefined) {
    claims.embed_expirationtime = integerText(
      received.embed_expirationtime,
      "embed_expirationtime",
    );
  }
  text(claims.embed_nonce, "embed_nonce", "invalid_claim");
  text(claims.embed_dashboard_id, "embed_dashboard_id", "invalid_claim");
  text(claims.embed_user_email, "embed_user_email", "invalid_claim");
  const embedTimestamp =
    claims.embed_timestamp === undefined
      ? undefined
      : integer(claims.embed_timestamp, "embed_timestamp", "invalid_claim");
  if (claims.embed_expirationtime !== undefined) {
    integer(claims.embed_expirationtime, "embed_expirationtime", "invalid_claim", {
      minimum: 86400,
      maximum: 518400,
    });
  }
  if (embedTimestamp !== undefined && embedTimestamp + 518400 <= now) {
    fail("expired", `issued at ${embedTimestamp}, older than 518400 s`);
  }
  if (embedTimestamp !== undefined && embedTimestamp > now) {
    fail("not_yet_valid", `embed_timestamp ${embedTimestamp} is after now ${now}`);
  }
  return claims as BoldbiEmbedUrlClaims;
}
// --8<-- [end:verify]

/**
 * The query's parameters, percent-decoded, read by name as a server reads them: only this format's,
 * each at most once, in any order, the signature last (the query before it is what is signed).
 */
function parameters(query: string): Record<string, string> {
  const names = [
    "embed_nonce",
    "embed_dashboard_id",
    "embed_user_email",
    "embed_timestamp",
    "embed_expirationtime",
    "embed_signature",
  ];
  const params: Record<string, string> = {};
  let last = "";
  for (const item of query === "" ? [] : query.split("&")) {
    const equals = item.indexOf("=");
    if (equals < 0) fail("malformed", "a query parameter has no '='");
    const name = unpercent(item.slice(0, equals));
    if (!names.includes(name) || Object.hasOwn(params, name)) {
      fail("malformed", `unexpected or repeated parameter ${name}`);
    }
    params[name] = unpercent(item.slice(equals + 1));
    last = name;
  }
  if (last !== "embed_signature") {
    fail("malformed", "the URL does not end with its embed_signature parameter");
  }
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
function absent(value: unknown, check: Check): BoldbiEmbedUrlErrorCode {
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

/** Standard base64, padded. */
function base64(bytes: Uint8Array): string {
  return btoa(binary(bytes));
}

/** The bytes of base64 text, in the one spelling {@link base64} writes. */
function fromBase64(text: string, what: string): Uint8Array {
  let decoded: string | undefined;
  try {
    decoded = atob(text);
  } catch {
    // not base64 at all: refused below
  }
  // atob also takes whitespace, missing padding and stray low bits: encoding its one
  // character per byte again (base64's steps after binary) must give the text back.
  if (decoded === undefined || btoa(decoded) !== text) fail("malformed", `${what} is not base64`);
  return unbinary(decoded);
}

/**
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~@` stay, a space becomes `%20`, every other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%40/g, decodeURIComponent);
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
