// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

/**
 * Looker signed embed URL (Looker): {@link sign}, {@link verify}.
 *
 * One self-contained file: WebCrypto and the standard library only, for Node.js 18+,
 * Deno, Bun, edge runtimes and browsers.
 *
 * Known risks of the vendor's format, kept for compatibility:
 * - unsigned-fields: the signature does not cover first_name, last_name, user_timezone,
 *   force_logout_login
 * - sha1: HMAC-SHA1 is a legacy choice
 * - no-min-key-length: no minimum key length (secret.min_bytes)
 *
 * @see https://cloud.google.com/looker/docs/single-sign-on-embedding
 * @see https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts
 * @module
 */

/** What {@link sign} takes: the values to sign, keyed by their wire names. */
export interface LookerSignedUrlInput {
  /** Looker host without scheme, with the port when needed (example.looker.com). */
  readonly host: string;
  /** The embedded content path, e.g. /embed/dashboards/1. */
  readonly embed_url: string;
  /** Single-use random value. Default: 16 fresh random bytes, as hex. */
  readonly nonce?: string | undefined;
  /** When the URL was signed; Looker accepts it within five minutes. Default: now. */
  readonly time?: number | undefined;
  /** Length of the embed session in seconds. Default: `3600`. */
  readonly session_length?: number | undefined;
  /** Your id for the viewer. */
  readonly external_user_id: string;
  /** Looker permissions, e.g. access_data, see_user_dashboards. */
  readonly permissions: readonly string[];
  /** Model names the viewer may use. */
  readonly models: readonly string[];
  readonly group_ids?: readonly number[] | undefined;
  readonly external_group_id?: string | undefined;
  readonly user_attributes?: JsonObject | undefined;
  /** Required by Looker; {} when unused. Default: `{}`. */
  readonly access_filters?: JsonObject | undefined;
  readonly first_name?: string | undefined;
  readonly last_name?: string | undefined;
  readonly user_timezone?: string | undefined;
  readonly force_logout_login?: boolean | undefined;
}

/** What {@link verify} returns: the URL's values, keyed by their wire names. */
export interface LookerSignedUrlClaims {
  readonly host: string;
  readonly embed_url: string;
  readonly nonce: string;
  readonly time: number;
  readonly session_length: number;
  readonly external_user_id: string;
  readonly permissions: readonly string[];
  readonly models: readonly string[];
  readonly group_ids?: readonly number[];
  readonly external_group_id?: string;
  readonly user_attributes?: JsonObject;
  readonly access_filters: JsonObject;
  readonly first_name?: string;
  readonly last_name?: string;
  readonly user_timezone?: string;
  readonly force_logout_login?: boolean;
}

/** A JSON value: integers only, within ±(2^53 - 1). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonObject;

/** A JSON object of your own (JavaScript lists integer-like keys first, in any object). */
export interface JsonObject {
  readonly [member: string]: JsonValue;
}

/** What {@link sign} returns. */
export interface LookerSignedUrlSigned {
  /** The embed URL. */
  readonly url: string;
  /** The signature, as the URL carries it. */
  readonly signature: string;
  /** The answer in the shape Looker's own examples return. */
  readonly response: {
    readonly url: string;
  };
}

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type LookerSignedUrlErrorCode =
  | "invalid_key"
  | "invalid_input"
  | "malformed"
  | "bad_signature"
  | "missing_claim"
  | "invalid_claim"
  | "expired"
  | "not_yet_valid";

/** Thrown by {@link sign} and {@link verify}: `code` says why; the message never holds a secret. */
export class LookerSignedUrlError extends Error {
  readonly code: LookerSignedUrlErrorCode;

  constructor(code: LookerSignedUrlErrorCode, message: string) {
    super(message);
    this.name = "LookerSignedUrlError";
    this.code = code;
  }
}

function fail(code: LookerSignedUrlErrorCode, message: string): never {
  throw new LookerSignedUrlError(code, message);
}

// --8<-- [start:sign]
/**
 * Signs a Looker signed embed URL.
 *
 * @param input - the values to sign, keyed by wire name; defaults apply to those left out
 * @param secret - The embed secret from Admin > Embed.
 * @param options - `now`: the signing time in Unix seconds (the clock by default); `randomBytes`: a
 *   source of random bytes (the platform's secure one by default)
 * @throws {@link LookerSignedUrlError} `invalid_key` for the secret, `invalid_input` for a value.
 */
export async function sign(
  input: LookerSignedUrlInput,
  secret: string,
  options: { readonly now?: number; readonly randomBytes?: (count: number) => Uint8Array } = {},
): Promise<LookerSignedUrlSigned> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "host",
    "embed_url",
    "nonce",
    "time",
    "session_length",
    "external_user_id",
    "permissions",
    "models",
    "group_ids",
    "external_group_id",
    "user_attributes",
    "access_filters",
    "first_name",
    "last_name",
    "user_timezone",
    "force_logout_login",
  ]);
  const host = text(input.host, "host", "invalid_input");
  const embedUrlValue = text(input.embed_url, "embed_url", "invalid_input");
  const nonce = text(
    input.nonce ?? hex(await randomBytes(16, options.randomBytes)),
    "nonce",
    "invalid_input",
    { maxLength: 255 },
  );
  const time = integer(input.time ?? now, "time", "invalid_input");
  const sessionLength = integer(input.session_length ?? 3600, "session_length", "invalid_input", {
    minimum: 0,
    maximum: 2592000,
  });
  const externalUserId = text(input.external_user_id, "external_user_id", "invalid_input");
  const permissions = Array.from(
    array(input.permissions, "permissions", "invalid_input"),
    (item, i) => text(item, `permissions[${i}]`, "invalid_input"),
  );
  const models = Array.from(array(input.models, "models", "invalid_input"), (item, i) =>
    text(item, `models[${i}]`, "invalid_input"),
  );
  const groupIds =
    input.group_ids == null
      ? undefined
      : Array.from(array(input.group_ids, "group_ids", "invalid_input"), (item, i) =>
          integer(item, `group_ids[${i}]`, "invalid_input"),
        );
  const externalGroupId =
    input.external_group_id == null
      ? undefined
      : text(input.external_group_id, "external_group_id", "invalid_input", { maxLength: 81 });
  const userAttributes =
    input.user_attributes == null
      ? undefined
      : jsonObject(input.user_attributes, "user_attributes", "invalid_input", 1);
  const accessFilters = jsonObject(
    input.access_filters ?? {},
    "access_filters",
    "invalid_input",
    1,
  );
  const firstName =
    input.first_name == null ? undefined : text(input.first_name, "first_name", "invalid_input");
  const lastName =
    input.last_name == null ? undefined : text(input.last_name, "last_name", "invalid_input");
  const userTimezone =
    input.user_timezone == null
      ? undefined
      : text(input.user_timezone, "user_timezone", "invalid_input");
  const forceLogoutLogin =
    input.force_logout_login == null
      ? undefined
      : boolean(input.force_logout_login, "force_logout_login", "invalid_input");
  const nonceJson = JSON.stringify(nonce);
  const timeJson = JSON.stringify(time);
  const sessionLengthJson = JSON.stringify(sessionLength);
  const externalUserIdJson = JSON.stringify(externalUserId);
  const permissionsJson = JSON.stringify(permissions);
  const modelsJson = JSON.stringify(models);
  const groupIdsJson = groupIds === undefined ? undefined : JSON.stringify(groupIds);
  const externalGroupIdJson =
    externalGroupId === undefined ? undefined : JSON.stringify(externalGroupId);
  const userAttributesJson =
    userAttributes === undefined ? undefined : JSON.stringify(userAttributes);
  const accessFiltersJson = JSON.stringify(accessFilters);
  const firstNameJson = firstName === undefined ? undefined : JSON.stringify(firstName);
  const lastNameJson = lastName === undefined ? undefined : JSON.stringify(lastName);
  const userTimezoneJson = userTimezone === undefined ? undefined : JSON.stringify(userTimezone);
  const forceLogoutLoginJson =
    forceLogoutLogin === undefined ? undefined : JSON.stringify(forceLogoutLogin);
  const query = joinPresent("&", [
    `nonce=${percent(nonceJson)}`,
    `time=${percent(timeJson)}`,
    `session_length=${percent(sessionLengthJson)}`,
    `external_user_id=${percent(externalUserIdJson)}`,
    `permissions=${percent(permissionsJson)}`,
    `models=${percent(modelsJson)}`,
    pair("group_ids", groupIdsJson),
    pair("external_group_id", externalGroupIdJson),
    pair("user_attributes", userAttributesJson),
    `access_filters=${percent(accessFiltersJson)}`,
    pair("first_name", firstNameJson),
    pair("last_name", lastNameJson),
    pair("user_timezone", userTimezoneJson),
    pair("force_logout_login", forceLogoutLoginJson),
  ]);
  const message = joinPresent("\n", [
    host,
    `/login/embed/${percent(embedUrlValue)}`,
    nonceJson,
    timeJson,
    sessionLengthJson,
    externalUserIdJson,
    permissionsJson,
    modelsJson,
    groupIdsJson,
    externalGroupIdJson,
    userAttributesJson,
    accessFiltersJson,
  ]);
  const signature = base64(await hmacSign(key, "SHA-1", message));
  const url = signedUrl(host, embedUrlValue, query, signature);
  return {
    url,
    signature,
    response: { url },
  };
}
// --8<-- [end:sign]

// --8<-- [start:url]
/** The URL {@link sign} makes: `https://{host}/login/embed/{embed_url|percent}?…&signature=…`. */
function signedUrl(host: string, embedUrlValue: string, query: string, signature: string): string {
  return `https://${raw(host, "host")}/login/embed/${percent(embedUrlValue)}?${query}&signature=${percent(signature)}`;
}
// --8<-- [end:url]

// --8<-- [start:verify]
/**
 * Verifies a Looker signed embed URL and returns its values.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from Admin > Embed.
 * @param options - `now`: the current Unix time in seconds (the clock by default)
 * @throws {@link LookerSignedUrlError} with the reason: `invalid_key`, `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired` or `not_yet_valid`.
 */
export async function verify(
  url: string,
  secret: string,
  options: { readonly now?: number } = {},
): Promise<LookerSignedUrlClaims> {
  const key = keyBytes(secret);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const base = /^https:\/\/(.*?)\/login\/embed\/(.*?)$/s.exec(
    mark < 0 ? href : href.slice(0, mark),
  );
  if (base === null) {
    fail("malformed", "the URL does not start with https://{host}/login/embed/{embed_url|percent}");
  }
  const [, hostText = "", embedUrlValueRaw = ""] = base;
  const embedUrlValueText = unpercent(embedUrlValueRaw);
  const query = mark < 0 ? "" : href.slice(mark + 1);
  const received = parameters(query);
  const mac = fromBase64(received.signature ?? "", "the signature");
  const message = joinPresent("\n", [
    hostText,
    `/login/embed/${embedUrlValueRaw}`,
    received.nonce,
    received.time,
    received.session_length,
    received.external_user_id,
    received.permissions,
    received.models,
    received.group_ids,
    received.external_group_id,
    received.user_attributes,
    received.access_filters,
  ]);
  if (!(await hmacVerify(key, "SHA-1", mac, message))) {
    fail("bad_signature", "the signature does not match");
  }
  const claims: Partial<Record<keyof LookerSignedUrlClaims, unknown>> = {
    host: hostText,
    embed_url: embedUrlValueText,
  };
  if (received.nonce !== undefined) claims.nonce = parse(received.nonce, "nonce");
  if (received.time !== undefined) claims.time = parse(received.time, "time");
  if (received.session_length !== undefined) {
    claims.session_length = parse(received.session_length, "session_length");
  }
  if (received.external_user_id !== undefined) {
    claims.external_user_id = parse(received.external_user_id, "external_user_id");
  }
  if (received.permissions !== undefined) {
    claims.permissions = parse(received.permissions, "permissions");
  }
  if (received.models !== undefined) claims.models = parse(received.models, "models");
  if (received.group_ids !== undefined) claims.group_ids = parse(received.group_ids, "group_ids");
  if (received.external_group_id !== undefined) {
    claims.external_group_id = parse(received.external_group_id, "external_group_id");
  }
  if (received.user_attributes !== undefined) {
    claims.user_attributes = parse(received.user_attributes, "user_attributes");
  }
  if (received.access_filters !== undefined) {
    claims.access_filters = parse(received.access_filters, "access_filters");
  }
  if (received.first_name !== undefined) {
    claims.first_name = parse(received.first_name, "first_name");
  }
  if (received.last_name !== undefined) claims.last_name = parse(received.last_name, "last_name");
  if (received.user_timezone !== undefined) {
    claims.user_timezone = parse(received.user_timezone, "user_timezone");
  }
  if (received.force_logout_login !== undefined) {
    claims.force_logout_login = parse(received.force_logout_login, "force_logout_login");
  }
  text(claims.host, "host", "invalid_claim");
  text(claims.embed_url, "embed_url", "invalid_claim");
  text(claims.nonce, "nonce", "invalid_claim", { maxLength: 255 });
  const time = integer(claims.time, "time", "invalid_claim");
  integer(claims.session_length, "session_length", "invalid_claim", {
    minimum: 0,
    maximum: 2592000,
  });
  text(claims.external_user_id, "external_user_id", "invalid_claim");
  Array.from(array(claims.permissions, "permissions", "invalid_claim"), (item, i) =>
    text(item, `permissions[${i}]`, "invalid_claim"),
  );
  Array.from(array(claims.models, "models", "invalid_claim"), (item, i) =>
    text(item, `models[${i}]`, "invalid_claim"),
  );
  if (claims.group_ids !== undefined) {
    Array.from(array(claims.group_ids, "group_ids", "invalid_claim"), (item, i) =>
      integer(item, `group_ids[${i}]`, "invalid_claim"),
    );
  }
  if (claims.external_group_id !== undefined) {
    text(claims.external_group_id, "external_group_id", "invalid_claim", { maxLength: 81 });
  }
  if (claims.user_attributes !== undefined) {
    jsonObject(claims.user_attributes, "user_attributes", "invalid_claim", 1);
  }
  jsonObject(claims.access_filters, "access_filters", "invalid_claim", 1);
  if (claims.first_name !== undefined) text(claims.first_name, "first_name", "invalid_claim");
  if (claims.last_name !== undefined) text(claims.last_name, "last_name", "invalid_claim");
  if (claims.user_timezone !== undefined) {
    text(claims.user_timezone, "user_timezone", "invalid_claim");
  }
  if (claims.force_logout_login !== undefined) {
    boolean(claims.force_logout_login, "force_logout_login", "invalid_claim");
  }
  if (time <= now - 300) fail("expired", `issued at ${time}, older than 0 s`);
  if (time > now + 300) fail("not_yet_valid", `time ${time} is after now ${now}`);
  return claims as LookerSignedUrlClaims;
}
// --8<-- [end:verify]

/**
 * The query's parameters, percent-decoded, read by name as a server reads them: only this format's,
 * each at most once, in any order.
 */
function parameters(query: string): Record<string, string> {
  const names = [
    "nonce",
    "time",
    "session_length",
    "external_user_id",
    "permissions",
    "models",
    "group_ids",
    "external_group_id",
    "user_attributes",
    "access_filters",
    "first_name",
    "last_name",
    "user_timezone",
    "force_logout_login",
    "signature",
  ];
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
  if (!Object.hasOwn(params, "signature")) fail("malformed", "the URL has no signature parameter");
  return params;
}

/** The code a refused value gets: while signing, or while verifying. */
type Check = "invalid_input" | "invalid_claim";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** The code for a value that is not there: `missing_claim` while verifying. */
function absent(value: unknown, check: Check): LookerSignedUrlErrorCode {
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
 * Percent-encodes UTF-8: ASCII letters, digits and `-_.!~*'()` stay, a space becomes `%20`, every
 * other
 * byte `%XX` (uppercase hex).
 */
function percent(text: string): string {
  return encodeURIComponent(text);
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
