// Code generated from spec/formats/sigma-signed-url.yaml — do not edit.

/**
 * Sigma signed embed URL (Sigma Computing): {@link sign}, {@link verify}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * @see https://help.sigmacomputing.com/docs/embed-url-parameters
 * @see https://help.sigmacomputing.com/docs/add-url-parameters-to-a-secure-embed
 * @see https://github.com/sigmacomputing/embed-signing-packages
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface SigmaSignedUrlInput {
  /** The embed path Sigma generated for the workbook, page or element. */
  readonly embed_path: string;
  /**
   * A unique random string; Sigma accepts each URL once. Default: a fresh random UUID (version 4).
   */
  readonly ":nonce"?: string | undefined;
  /** The embed user's email address. */
  readonly ":email": string;
  /** A unique identifier of the embed user in your application. */
  readonly ":external_user_id": string;
  /** The client ID paired with the embed secret. */
  readonly ":client_id": string;
  /** When the URL was signed; the session lasts :session_length seconds from it. Default: now. */
  readonly ":time"?: number | undefined;
  /** How long the embed session stays valid, in seconds (at most 30 days). Default: `3600`. */
  readonly ":session_length"?: number | undefined;
  /** The Sigma teams of the embed user, separated by commas (never encoded). */
  readonly ":external_user_team": string;
  /** The embed user's account type (viewer, creator, or a custom one). */
  readonly ":account_type"?: string | undefined;
  /**
   * Sigma user attributes for row-level security, one :ua_<name> parameter each; several values go
   * in one text, separated by commas (":ua_Region=West,Midwest").
   */
  readonly user_attributes?: Readonly<Record<string, string>> | undefined;
}

/** What {@link verify} returns: the URL's values, keyed by their wire names. */
export interface SigmaSignedUrlClaims {
  readonly embed_path: string;
  readonly ":nonce": string;
  readonly ":email": string;
  readonly ":external_user_id": string;
  readonly ":client_id": string;
  readonly ":time": number;
  readonly ":session_length": number;
  /** The embed type; secure embeds are always "userbacked". */
  readonly ":mode": string;
  readonly ":external_user_team": string;
  readonly ":account_type"?: string;
  readonly user_attributes?: Readonly<Record<string, string>>;
}

/** What {@link sign} returns. */
export interface SigmaSignedUrlSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the URL carries it. */
  readonly signature: string;
  /** The answer in the shape Sigma Computing's own examples return. */
  readonly response: {
    readonly url: string;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type SigmaSignedUrlErrorCode =
  | "invalid_key"
  | "weak_key"
  | "invalid_input"
  | "malformed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid"
  | "lifetime_too_long";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class SigmaSignedUrlError extends Error {
  readonly code: SigmaSignedUrlErrorCode;

  constructor(code: SigmaSignedUrlErrorCode, message: string) {
    super(message);
    this.name = "SigmaSignedUrlError";
    this.code = code;
  }
}

function fail(code: SigmaSignedUrlErrorCode, message: string): never {
  throw new SigmaSignedUrlError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Sigma signed embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - The embed secret from Administration > Developer access, used as text.
 * @param options - `now`: the signing time in Unix seconds (the clock by default); `randomBytes`: a
 *   source of random bytes (the platform's secure one by default)
 * @throws {@link SigmaSignedUrlError} `invalid_key` or `weak_key` for the secret, `invalid_input`
 *   for a value.
 */
export async function sign(
  input: SigmaSignedUrlInput,
  secret: string,
  options: { readonly now?: number; readonly randomBytes?: (count: number) => Uint8Array } = {},
): Promise<SigmaSignedUrlSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "embed_path",
    ":nonce",
    ":email",
    ":external_user_id",
    ":client_id",
    ":time",
    ":session_length",
    ":external_user_team",
    ":account_type",
    "user_attributes",
  ]);
  const embedPath = text(input.embed_path, "embed_path", "invalid_input");
  const nonce = text(
    input[":nonce"] ?? uuid(await randomBytes(16, options.randomBytes)),
    ":nonce",
    "invalid_input",
    { maxLength: 255 },
  );
  const email = text(input[":email"], ":email", "invalid_input");
  const externalUserId = text(input[":external_user_id"], ":external_user_id", "invalid_input");
  const clientId = text(input[":client_id"], ":client_id", "invalid_input");
  const time = integer(input[":time"] ?? now, ":time", "invalid_input");
  const sessionLength = integer(
    input[":session_length"] ?? 3600,
    ":session_length",
    "invalid_input",
    { minimum: 0, maximum: 2592000 },
  );
  const mode = "userbacked";
  const externalUserTeam = text(
    input[":external_user_team"],
    ":external_user_team",
    "invalid_input",
  );
  const accountType =
    input[":account_type"] == null
      ? undefined
      : text(input[":account_type"], ":account_type", "invalid_input");
  const userAttributes =
    input.user_attributes == null
      ? undefined
      : map(input.user_attributes, "user_attributes", "invalid_input", (item, where) =>
          text(item, where, "invalid_input"),
        );
  const query = joinPresent("&", [
    `:nonce=${percent(nonce)}`,
    `:email=${percent(email)}`,
    `:external_user_id=${percent(externalUserId)}`,
    `:client_id=${percent(clientId)}`,
    `:time=${time}`,
    `:session_length=${sessionLength}`,
    `:mode=${percent(mode)}`,
    `:external_user_team=${percent(externalUserTeam)}`,
    pair(":account_type", accountType),
    perKey(":ua_", userAttributes),
  ]);
  const message = `${raw(embedPath, "embed_path")}?${query}`;
  const signature = hex(await hmacSign(key, "SHA-256", message));
  const url = signedUrl(embedPath, query, signature);
  return {
    url,
    signature,
    response: { url },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/** The URL {@link sign} makes: `{embed_path}?…&:signature=…`. */
function signedUrl(embedPath: string, query: string, signature: string): string {
  return `${raw(embedPath, "embed_path")}?${query}&:signature=${signature}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Sigma signed embed URL and returns its values.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from Administration > Developer access, used as text.
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link SigmaSignedUrlError} with the reason: `invalid_key`, `weak_key`, `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`, `not_yet_valid` or
 *   `lifetime_too_long`.
 */
export async function verify(
  url: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<SigmaSignedUrlClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const base = /^(.*?)$/s.exec(mark < 0 ? href : href.slice(0, mark));
  if (base === null) fail("malformed", "the URL does not start with {embed_path}");
  const [, embedPathText = ""] = base;
  const query = mark < 0 ? "" : href.slice(mark + 1);
  const received = parameters(query);
  const mac = fromHex(received[":signature"] ?? "", "the signature");
  const message = href.slice(0, mark + 1) + query.slice(0, Math.max(0, query.lastIndexOf("&")));
  if (!(await hmacVerify(key, "SHA-256", mac, message))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims: Partial<Record<keyof SigmaSignedUrlClaims, unknown>> = {
    embed_path: embedPathText,
  };
  if (received[":nonce"] !== undefined) claims[":nonce"] = received[":nonce"];
  if (received[":email"] !== undefined) claims[":email"] = received[":email"];
  if (received[":external_user_id"] !== undefined) {
    claims[":external_user_id"] = received[":external_user_id"];
  }
  if (received[":client_id"] !== undefined) claims[":client_id"] = received[":client_id"];
  if (received[":time"] !== undefined) claims[":time"] = integerText(received[":time"], ":time");
  if (received[":session_length"] !== undefined) {
    claims[":session_length"] = integerText(received[":session_length"], ":session_length");
  }
  if (received[":mode"] !== undefined) claims[":mode"] = received[":mode"];
  if (received[":external_user_team"] !== undefined) {
    claims[":external_user_team"] = received[":external_user_team"];
  }
  if (received[":account_type"] !== undefined) claims[":account_type"] = received[":account_type"];
  const userAttributes = entriesAfter(":ua_", received);
  if (userAttributes !== undefined) claims.user_attributes = userAttributes;
  text(claims[":nonce"], ":nonce", "invalid_claim", { maxLength: 255 });
  text(claims[":email"], ":email", "invalid_claim");
  text(claims[":external_user_id"], ":external_user_id", "invalid_claim");
  text(claims[":client_id"], ":client_id", "invalid_claim");
  const time = integer(claims[":time"], ":time", "invalid_claim");
  const sessionLength = integer(claims[":session_length"], ":session_length", "invalid_claim", {
    minimum: 0,
    maximum: 2592000,
  });
  const mode = text(claims[":mode"], ":mode", "invalid_claim");
  if (mode !== "userbacked") fail("invalid_claim", ":mode must be 'userbacked'");
  text(claims[":external_user_team"], ":external_user_team", "invalid_claim");
  if (claims[":account_type"] !== undefined) {
    text(claims[":account_type"], ":account_type", "invalid_claim");
  }
  if (claims.user_attributes !== undefined) {
    map(claims.user_attributes, "user_attributes", "invalid_claim", (item, where) =>
      text(item, where, "invalid_claim"),
    );
  }
  const expiry = BigInt(time) + BigInt(sessionLength);
  if (expiry <= now) fail("expired", `expired at ${expiry} (:time + :session_length), now ${now}`);
  if (time > now) fail("not_yet_valid", `:time ${time} is after now ${now}`);
  if (expiry - BigInt(time) > 2592000) {
    fail("lifetime_too_long", `lives ${expiry - BigInt(time)} s, at most 2592000`);
  }
  return claims as SigmaSignedUrlClaims;
}
// --8<-- [end:verify]

/**
 * The query's parameters, form-decoded (`+` is a space), read by name as a server reads them: only
 * this format's (a map's: its prefix and a key), each at most once, in any order, the signature
 * last (the URL before it is what is signed).
 */
function parameters(query: string): Record<string, string> {
  const names = [
    ":nonce",
    ":email",
    ":external_user_id",
    ":client_id",
    ":time",
    ":session_length",
    ":mode",
    ":external_user_team",
    ":account_type",
    ":signature",
  ];
  const params: Record<string, string> = {};
  let last = "";
  for (const item of query === "" ? [] : query.replaceAll("+", " ").split("&")) {
    const equals = item.indexOf("=");
    if (equals < 0) fail("malformed", "a query parameter has no '='");
    const name = unpercent(item.slice(0, equals));
    const known = names.includes(name) || keyAfter(":ua_", name) !== undefined;
    if (!known || Object.hasOwn(params, name)) {
      fail("malformed", `unexpected or repeated parameter ${name}`);
    }
    params[name] = unpercent(item.slice(equals + 1));
    last = name;
  }
  if (last !== ":signature") {
    fail("malformed", "the URL does not end with its :signature parameter");
  }
  return params;
}

/** The key a map's parameter carries: `name` after `prefix` (none without it, or for it alone). */
function keyAfter(prefix: string, name: string): string | undefined {
  return name.startsWith(prefix) && name.length > prefix.length
    ? name.slice(prefix.length)
    : undefined;
}

/** A map as received: the parameters named `prefix` and a key; undefined when there is none. */
function entriesAfter(
  prefix: string,
  params: Record<string, string>,
): Record<string, string> | undefined {
  const entries = Object.entries(params).flatMap(([name, value]): [string, string][] => {
    const key = keyAfter(prefix, name);
    return key === undefined ? [] : [[key, value]];
  });
  // fromEntries, not assignment: a key "__proto__" stays a key like any other.
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
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
function absent(value: unknown, check: Check): SigmaSignedUrlErrorCode {
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

/**
 * A map of the caller's: a plain object (a `Map` is refused, not read as empty) whose keys are
 * non-empty text, as each names a URL parameter, and whose values `item` checks.
 */
function map<T>(
  value: unknown,
  where: string,
  check: Check,
  item: (value: unknown, where: string) => T,
): Record<string, T> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(absent(value, check), `${where}: expected an object`);
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    fail(check, `${where}: not a plain object`);
  }
  // fromEntries, not assignment: a key "__proto__" stays a key like any other.
  return Object.fromEntries(
    Object.entries(value).map(([key, member]): [string, T] => {
      if (key === "" || LONE_SURROGATE.test(key)) {
        fail(check, `${where}: a key must be non-empty Unicode text`);
      }
      return [key, item(member, `${where}[${JSON.stringify(key)}]`)];
    }),
  );
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

/**
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.~,:` stay, a space becomes `%20`, every
 * other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text)
    .replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C|%3A/g, decodeURIComponent);
}

/** `name=value` of a query parameter, or nothing when there is no value. */
function pair(name: string, value: string | number | boolean | undefined): string | undefined {
  return value === undefined ? undefined : `${name}=${percent(String(value))}`;
}

/**
 * A map's query parameters, each named `prefix` (percent-encoded already) and its key, sorted by
 * those encoded names: one order every language writes (an object's own lists integer-like keys
 * first); nothing when the map is absent or empty.
 */
function perKey(
  prefix: string,
  entries: Readonly<Record<string, string>> | undefined,
): string | undefined {
  const pairs = Object.entries(entries ?? {}).map(([key, value]): [string, string] => [
    prefix + percent(key),
    percent(value),
  ]);
  // Code units, never localeCompare: the encoded names are ASCII, so this is their bytes' order.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return pairs.length === 0 ? undefined : pairs.map((item) => item.join("=")).join("&");
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
