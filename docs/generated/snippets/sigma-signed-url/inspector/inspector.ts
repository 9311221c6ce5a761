// Code generated from spec/formats/sigma-signed-url.yaml — do not edit.
// The token inspector of this format's docs page: the verdict is the published file's own
// verify(); this module decodes the parts and proves what it can by asking verify() again
// with a repaired token or a re-read secret, or by recomputing the MAC under another
// assumption. Nothing leaves the page: no request, no storage.
import { verify } from "../typescript/sigma-signed-url.js";
// The other signing formats' own verify(): a token made for one of them is told by it.
import { verify as verify1 } from "../../boldbi-embed-url/typescript/boldbi-embed-url.js";
import { verify as verify2 } from "../../embedseal-v1/typescript/embedseal-v1.js";
import { verify as verify3 } from "../../lightdash-embed/typescript/lightdash-embed.js";
import { verify as verify4 } from "../../looker-signed-url/typescript/looker-signed-url.js";
import { verify as verify5 } from "../../metabase-embed/typescript/metabase-embed.js";
import { verify as verify6 } from "../../papermap-iframe/typescript/papermap-iframe.js";
import { verify as verify7 } from "../../sigma-jwt/typescript/sigma-jwt.js";
import { verify as verify8 } from "../../sisense-jwt/typescript/sisense-jwt.js";
import { verify as verify9 } from "../../tableau-connected-app/typescript/tableau-connected-app.js";
import { verify as verify10 } from "../../tinybird-jwt/typescript/tinybird-jwt.js";
/** The format's facts a diagnosis must assume (from the spec, at generation time). */
const FORMAT: Facts = {"name": "sigma-signed-url", "family": "signed-url", "secretEncoding": "utf8", "hash": "SHA-256", "signatureEncoding": "hex", "envelopeEncoding": null, "profile": {"item": ",", "key": ":", "ascii": false, "sort": false}, "jsonParams": [], "params": {":nonce": ":nonce", ":email": ":email", ":external_user_id": ":external_user_id", ":client_id": ":client_id", ":time": ":time", ":session_length": ":session_length", ":mode": ":mode", ":external_user_team": ":external_user_team", ":account_type": ":account_type", ":ua_": "user_attributes"}, "times": {"expires": [":time"], "expiresPlus": ":session_length", "notBefore": [":time"], "issuedAt": ":time", "maxAge": null, "maxLifetime": 2592000, "leeway": 0, "declared": [":time", ":time"]}, "algorithms": [], "timeFields": [":time"], "causes": ["whitespace", "percent-encoded", "token-not-in-url", "other-format", "secret-encoding", "secret-whitespace", "other-algorithm", "signature-encoding", "signature-truncated", "json-respaced", "query-encoding", "time-in-milliseconds", "segment-count", "bad-alphabet", "bad-padding", "bad-length", "not-canonical", "json-syntax", "json-not-object", "json-refused", "url-mismatch", "query-order", "query-unknown", "url-syntax", "signature-missing", "invalid-key", "weak-key", "alg-not-allowed", "crit-header", "missing-claim", "invalid-claim", "expired", "too-old", "not-yet-valid", "lifetime-too-long", "wrong-secret-or-altered"], "hashes": {"sha1": "SHA-1", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}, "jwsHashes": {"HS256": "SHA-256", "HS384": "SHA-384", "HS512": "SHA-512"}, "tokenIn": null, "url": {"base": [{"literal": "", "field": "embed_path", "percent": false}], "query": [{"name": ":nonce", "field": ":nonce", "value": null, "encode": "text", "perKey": false}, {"name": ":email", "field": ":email", "value": null, "encode": "text", "perKey": false}, {"name": ":external_user_id", "field": ":external_user_id", "value": null, "encode": "text", "perKey": false}, {"name": ":client_id", "field": ":client_id", "value": null, "encode": "text", "perKey": false}, {"name": ":time", "field": ":time", "value": null, "encode": "text", "perKey": false}, {"name": ":session_length", "field": ":session_length", "value": null, "encode": "text", "perKey": false}, {"name": ":mode", "field": ":mode", "value": null, "encode": "text", "perKey": false}, {"name": ":external_user_team", "field": ":external_user_team", "value": null, "encode": "text", "perKey": false}, {"name": ":account_type", "field": ":account_type", "value": null, "encode": "text", "perKey": false}, {"name": ":ua_", "field": "user_attributes", "value": null, "encode": "text", "perKey": true}, {"name": ":signature", "field": null, "value": "signature", "encode": "text", "perKey": false}], "percent": {"safe": "-_.~,:", "space": "%20", "plusIsSpace": true}}, "message": {"kind": "url"}, "order": {"header": [], "payload": []}, "signatureField": null, "covers": true};

const OTHERS: readonly Other[] = [
  { facts: {"name": "boldbi-embed-url", "title": "Bold BI signed embed URL (before v14.1)", "family": "signed-url", "tokenIn": null}, verify: verify1 },
  { facts: {"name": "embedseal-v1", "title": "embedseal v1 token", "family": "jws", "tokenIn": {"fragment": "^(?<token>.+?)$"}}, verify: verify2 },
  { facts: {"name": "lightdash-embed", "title": "Lightdash embedded dashboard JWT", "family": "jws", "tokenIn": {"fragment": "^(?<token>.+?)$"}}, verify: verify3 },
  { facts: {"name": "looker-signed-url", "title": "Looker signed embed URL", "family": "signed-url", "tokenIn": null}, verify: verify4 },
  { facts: {"name": "metabase-embed", "title": "Metabase static embedding token", "family": "jws", "tokenIn": {"base": "^.*?\\/embed\\/dashboard\\/(?<token>.+?)$"}}, verify: verify5 },
  { facts: {"name": "papermap-iframe", "title": "Papermap iframe token", "family": "envelope", "tokenIn": {"query": "embedded-token"}}, verify: verify6 },
  { facts: {"name": "sigma-jwt", "title": "Sigma embed JWT", "family": "jws", "tokenIn": {"query": ":jwt"}}, verify: verify7 },
  { facts: {"name": "sisense-jwt", "title": "Sisense SSO JWT", "family": "jws", "tokenIn": {"query": "jwt"}}, verify: verify8 },
  { facts: {"name": "tableau-connected-app", "title": "Tableau connected app JWT", "family": "jws", "tokenIn": {"base": "^$"}}, verify: verify9 },
  { facts: {"name": "tinybird-jwt", "title": "Tinybird JWT", "family": "jws", "tokenIn": {"query": "token"}}, verify: verify10 },
];

interface Facts {
  readonly name: string;
  readonly family: "jws" | "envelope" | "signed-url";
  readonly secretEncoding: string;
  readonly hash: string;
  readonly signatureEncoding: string;
  readonly envelopeEncoding: string | null;
  readonly profile: { readonly item: string; readonly key: string; readonly ascii: boolean; readonly sort: boolean };
  readonly jsonParams: readonly string[];
  readonly params: Readonly<Record<string, string>>;
  readonly times: {
    readonly expires: readonly string[];
    readonly expiresPlus: string | null; // expiry = expires[0] + this claim (Sigma's :session_length)
    readonly notBefore: readonly string[];
    readonly issuedAt: string | null;
    readonly maxAge: number | null;
    readonly maxLifetime: number | null;
    readonly leeway: number;
    readonly declared: readonly string[];
  };
  readonly algorithms: readonly string[];
  readonly timeFields: readonly string[];
  readonly causes: readonly string[]; // the CLI doctor's causes, the most telling first
  readonly hashes: Readonly<Record<string, string>>; // spec name → WebCrypto name
  readonly jwsHashes: Readonly<Record<string, string>>; // alg → WebCrypto name
  readonly tokenIn: { readonly query?: string; readonly fragment?: string; readonly base?: string } | null;
  readonly url: {
    readonly base: readonly { readonly literal: string; readonly field: string | null; readonly percent: boolean }[];
    readonly query: readonly { readonly name: string; readonly field: string | null; readonly value: string | null; readonly encode: string; readonly perKey: boolean }[];
    readonly percent: { readonly safe: string; readonly space: string; readonly plusIsSpace: boolean };
  };
  readonly message:
    | { readonly kind: "url" | "query" }
    | { readonly kind: "parts"; readonly join: string; readonly parts: readonly { readonly prefix: string; readonly field: string; readonly encode: string }[] }
    | null;
  readonly order: { readonly header: readonly string[]; readonly payload: readonly string[] };
  readonly signatureField: string | null;
  readonly covers: boolean;
}

/** Another signing format, and its published verify(). */
interface Other {
  readonly facts: { readonly name: string; readonly title: string; readonly family: string; readonly tokenIn: Facts["tokenIn"] };
  readonly verify: (token: string, secret: string, options: { now: number }) => Promise<unknown>;
}

/** A decoded part of the token, shown as it is. */
interface Part {
  readonly name: string;
  readonly text: string;
}

/** The token with one change undone: proven when verify() then gets past the MAC. */
interface Repair {
  readonly diagnosis: Diagnosis;
  readonly token: string;
}

/** What the verifier MACs, with which hash, and the MAC text received (recomputed under
 * other assumptions by the proofs; never shown). */
interface MacInput {
  readonly message: Uint8Array;
  readonly hash: string;
  readonly text: string;
  readonly canonical: boolean; // false: the MAC's text is not the format's one spelling
}

interface Decoded {
  readonly parts: readonly Part[];
  readonly claims: Record<string, unknown> | null;
  readonly repairs: readonly Repair[];
  readonly macInput: MacInput | null;
}

/** What verify() said: the claims, or the shared error code and its message. */
interface Verdict {
  readonly ok: boolean;
  readonly code: string | null;
  readonly message: string;
  readonly claims: unknown;
}

/** One cause, named with the CLI doctor's code (docs/reference/doctor.md). */
interface Diagnosis {
  readonly cause: string;
  readonly summary: string;
  readonly proof?: boolean; // proven by a MAC or a repaired token, not only observed
}

type Claims = Record<string, unknown>;

async function check(token: string, secret: string, now: number): Promise<Verdict> {
  try {
    const claims: unknown = await verify(token, secret, { now });
    return { ok: true, code: null, message: "", claims };
  } catch (error) {
    const code: unknown = (error as { code?: unknown }).code;
    if (typeof code !== "string") throw error;
    return { ok: false, code, message: (error as Error).message, claims: null };
  }
}

const TIME_CODES = ["expired", "not_yet_valid", "lifetime_too_long"];

/** Whether verify() gets past the MAC (valid, or refused by a check after it: the times, and
 * the claims but in an envelope, whose claims come first): a proof, as in the CLI doctor. */
async function macHolds(token: string, secret: string, now: number): Promise<boolean> {
  const verdict = await check(token, secret, now);
  const after = FORMAT.family === "envelope" ? TIME_CODES : [...TIME_CODES, "missing_claim", "invalid_claim"];
  return verdict.ok || after.includes(verdict.code ?? "");
}

// ---- JSON as the format's profile writes it (separators, escaping, key order)

function profileJson(value: unknown): string {
  const { item, key, ascii, sort } = FORMAT.profile;
  if (Array.isArray(value)) return `[${value.map(profileJson).join(item)}]`;
  if (typeof value === "object" && value !== null) {
    const names = Object.keys(value);
    if (sort) names.sort();
    const members = names.map(
      (name) => `${quote(name, ascii)}${key}${profileJson((value as Claims)[name])}`,
    );
    return `{${members.join(item)}}`;
  }
  return typeof value === "string" ? quote(value, ascii) : JSON.stringify(value);
}

function quote(text: string, ascii: boolean): string {
  const quoted = JSON.stringify(text);
  if (!ascii) return quoted;
  return quoted.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** JSON.parse, or undefined: a part that is not JSON is shown, never repaired. */
function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The repair of `received` JSON bytes, when the profile writes other bytes. */
function respelled(received: Uint8Array): Uint8Array | null {
  const text = utf8Text(received);
  const value = text === null ? undefined : tryJson(text);
  // JSON the verifier refuses (a repeated member) is a fault of its own, never re-spelled.
  if (value === undefined || text === null || strictFault(text) !== null) return null;
  const expected = utf8(profileJson(value));
  return same(expected, received) ? null : expected;
}

function firstDifference(a: Uint8Array, b: Uint8Array): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function describeByte(bytes: Uint8Array, at: number): string {
  const byte = bytes[at];
  if (byte === undefined) return "the end";
  const shown = byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0")}`;
  return `'${shown}'`;
}

/** "key order", "spacing" or "escaping": the first that explains the difference (as the CLI). */
function differenceKind(received: Uint8Array, expected: Uint8Array): string {
  const keys = (bytes: Uint8Array): string => JSON.stringify(keyLists(tryJson(utf8Text(bytes) ?? "")));
  if (keys(received) !== keys(expected)) return "key order";
  return withoutSpacing(received) === withoutSpacing(expected) ? "spacing" : "escaping";
}

function keyLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyLists);
  if (typeof value !== "object" || value === null) return null;
  return Object.entries(value).map(([name, item]) => [name, keyLists(item)]);
}

function withoutSpacing(bytes: Uint8Array): string {
  let out = "";
  let inString = false;
  let escaped = false;
  for (const char of utf8Text(bytes) ?? "") {
    if (escaped) escaped = false;
    else if (inString) [escaped, inString] = [char === "\\", char !== '"'];
    else if (char === '"') inString = true;
    else if (" \t\r\n".includes(char)) continue;
    out += char;
  }
  return out;
}

function respacing(part: string, received: Uint8Array, expected: Uint8Array): Diagnosis {
  const at = firstDifference(received, expected);
  const kind = differenceKind(received, expected);
  const near = utf8Text(received.subarray(Math.max(0, at - 12), at + 12)) ?? "";
  return {
    cause: "json-respaced",
    summary:
      `the MAC was computed over the JSON the format's profile writes, but ${part} ` +
      `differs from it at byte ${at} (${kind}): the profile writes ` +
      `${describeByte(expected, at)}, the token carries ${describeByte(received, at)} ` +
      `(…${near}…)`,
  };
}

// ---- the secret read another way

const READINGS = ["utf8", "hex", "base64", "base64url"] as const;

function readSecret(secret: string, reading: string): Uint8Array | null {
  try {
    if (reading === "utf8") return utf8(secret);
    if (reading === "hex") {
      if (!/^(?:[0-9a-fA-F]{2})+$/.test(secret)) return null;
      return Uint8Array.from(secret.match(/../g) ?? [], (pair) => parseInt(pair, 16));
    }
    const alphabet = reading === "base64" ? /^[A-Za-z0-9+/]+={0,2}$/ : /^[A-Za-z0-9_-]+={0,2}$/;
    if (!alphabet.test(secret)) return null;
    const standard = secret.replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The secret text that the format reads as `key`; null when its encoding cannot spell it. */
function spellSecret(key: Uint8Array): string | null {
  const encoding = FORMAT.secretEncoding;
  if (encoding === "utf8") return utf8Text(key);
  if (encoding === "hex") return Array.from(key, (b) => b.toString(16).padStart(2, "0")).join("");
  const standard = btoa(binary(key));
  return encoding === "base64" ? standard : standard.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

// ---- bytes

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function binary(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => String.fromCharCode(b)).join("");
}

/** base64 or base64url, with or without padding; null when it is neither. */
function fromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return null;
  const standard = text.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  try {
    return Uint8Array.from(atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function toBase64url(bytes: Uint8Array, pad: boolean, url = true): string {
  const standard = btoa(binary(bytes));
  const text = url ? standard.replace(/\+/g, "-").replace(/\//g, "_") : standard;
  return pad ? text : text.replace(/=+$/, "");
}

function textPart(name: string, bytes: Uint8Array | null, raw: string): Part {
  return { name, text: bytes === null ? `${raw} (not decodable)` : (utf8Text(bytes) ?? `${bytes.length} bytes, not UTF-8`) };
}

// ---- what the checks observe: stray text in the paste, a spelling that is not canonical,
// JSON that is not the object a token holds (each said as the CLI doctor says it)

/** Whitespace in the pasted text: no token holds any (a line break from an e-mail). */
function whitespaceFault(text: string): Diagnosis | null {
  const where = [...text].flatMap((char, i) => (/\s/.test(char) ? [i] : []));
  if (where.length === 0) return null;
  return { cause: "whitespace", summary: `the text holds ${where.length} whitespace character(s), the first at character ${where[0]}: a line break from an e-mail or a terminal, or a space from copying` };
}

/** A token still percent-encoded (%3D for '='); a signed URL is meant so. */
function percentFault(token: string): Diagnosis | null {
  const escape = FORMAT.family === "signed-url" ? null : /%[0-9A-Fa-f]{2}/.exec(token);
  if (escape === null) return null;
  return { cause: "percent-encoded", summary: `the token is still percent-encoded: ${escape[0]} at offset ${escape.index} stands for '${decodeURIComponent(escape[0])}'; tokens are pasted decoded` };
}

function looksLikeUrl(text: string): boolean {
  return /^\s*https?:\/\//i.test(text);
}

/** The token where an embed URL carries it (query parameter, fragment or path), or null. */
function tokenFromUrl(where: Facts["tokenIn"], url: string): string | null {
  if (where === null) return url;
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  if (where.query !== undefined) {
    const query = mark < 0 ? "" : href.slice(mark + 1);
    for (const item of query === "" ? [] : query.split("&")) {
      const [name, ...rest] = item.split("=");
      if (name === where.query) return percentDecode(rest.join("="), false) ?? rest.join("=");
    }
    return null;
  }
  const hash = url.indexOf("#");
  if (where.fragment !== undefined && hash < 0) return null;
  const text = where.fragment !== undefined ? url.slice(hash + 1) : mark < 0 ? href : href.slice(0, mark);
  const found = new RegExp(where.fragment ?? where.base ?? "^$", "s").exec(text);
  return found?.groups?.["token"] || null;
}

/** Percent-decoding as the verifier does it; null for a stray '%' or bytes that are not UTF-8. */
function percentDecode(text: string, plusIsSpace: boolean): string | null {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, " ") : text);
  } catch {
    return null;
  }
}

/** Percent-encoding as the format writes it: letters, digits and its safe characters stay. */
function percentEncode(text: string): string {
  const { safe, space } = FORMAT.url.percent;
  let out = "";
  for (const char of text) {
    if (/^[A-Za-z0-9]$/.test(char) || (char.charCodeAt(0) < 0x80 && safe.includes(char))) out += char;
    else if (char === " ") out += space;
    else out += Array.from(utf8(char), (b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

const ALPHABETS: Readonly<Record<string, RegExp>> = {
  hex: /[^0-9a-fA-F]/,
  base64: /[^A-Za-z0-9+/]/,
  base64url: /[^A-Za-z0-9_-]/,
  "base64url-nopad": /[^A-Za-z0-9_-]/,
};
const HINTS: Readonly<Record<string, string>> = {
  "+": "'+' and '/' belong to standard base64",
  "/": "'+' and '/' belong to standard base64",
  "-": "'-' and '_' belong to base64url",
  _: "'-' and '_' belong to base64url",
  ".": "'.' separates the segments of a JWS",
  "%": "'%' starts a percent-escape: the text is still URL-encoded",
  "=": "'=' is padding, which only ends a text",
};

/** Why `text` is not the one canonical spelling of its bytes in `encoding`. */
function encodingFault(text: string, encoding: string, part: string): Diagnosis | null {
  const padded = encoding === "base64" || encoding === "base64url";
  const body = encoding === "hex" ? text : text.replace(/=+$/, "");
  const stray = ALPHABETS[encoding]?.exec(body);
  if (stray) {
    const hint = HINTS[stray[0]] ?? `'${stray[0]}' is not in the ${encoding} alphabet`;
    return { cause: "bad-alphabet", summary: `${part}: character '${stray[0]}' at offset ${stray.index} is not ${encoding} (${hint})` };
  }
  if (encoding === "hex") {
    const upper = /[A-F]/.exec(text);
    if (upper) return { cause: "not-canonical", summary: `${part}: hex is written in lowercase; '${upper[0]}' at offset ${upper.index}` };
    if (text.length % 2 === 1) return { cause: "bad-length", summary: `${part}: ${text.length} characters cannot be hex (a character is missing or extra)` };
    return null;
  }
  const found = text.length - body.length;
  const needed = padded ? (4 - (body.length % 4)) % 4 : 0;
  if (found !== needed && needed !== 3) {
    return { cause: "bad-padding", summary: `${part}: ${encoding} needs ${needed} '=' of padding here, the text has ${found}` };
  }
  if (body.length % 4 === 1) {
    return { cause: "bad-length", summary: `${part}: ${body.length} characters cannot be ${encoding} (a character is missing or extra: cut off, or pasted with something)` };
  }
  const bytes = fromBase64(body);
  if (bytes !== null && toBase64url(bytes, padded, encoding !== "base64") !== text) {
    return { cause: "not-canonical", summary: `${part}: the last character carries bits that must be zero; this is not the one spelling of these bytes` };
  }
  return null;
}

/** Why bytes are not the JSON object a token holds, and at which byte; null when they are. */
function jsonObjectFault(bytes: Uint8Array, part: string): Diagnosis | null {
  const text = utf8Text(bytes);
  if (text === null) return { cause: "json-syntax", summary: `${part}: not JSON (the bytes are not UTF-8)` };
  try {
    JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error));
    const offset = at === null ? text.length : utf8(text.slice(0, Number(at[1]))).length;
    return { cause: "json-syntax", summary: `${part}: not JSON at byte ${offset} (${(error as Error).message})` };
  }
  const refused = strictFault(text);
  if (refused !== null) return { cause: "json-refused", summary: `${part}: JSON the verifier refuses: ${refused}` };
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    return { cause: "json-not-object", summary: `${part}: JSON ${kind}, not the object a token holds` };
  }
  return null;
}

/** What the verifier's strict JSON refuses in text JSON.parse accepts: a repeated member, a
 * number that is not an integer, an integer past 2^53 - 1. */
function strictFault(text: string): string | null {
  let i = 0;
  const space = (): void => {
    while (i < text.length && " \t\r\n".includes(text.charAt(i))) i++;
  };
  const string = (): string => {
    const start = i++;
    while (text.charAt(i) !== '"') i += text.charAt(i) === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (): string | null => {
    space();
    const open = text.charAt(i);
    if (open === "{" || open === "[") {
      const seen = new Set<string>();
      i++;
      space();
      if (text.charAt(i) === (open === "{" ? "}" : "]")) return (i++, null);
      for (;;) {
        if (open === "{") {
          space();
          const name = string();
          if (seen.has(name)) return `member ${JSON.stringify(name)} appears twice`;
          seen.add(name);
          space();
          i++; // ':'
        }
        const fault = value();
        if (fault !== null) return fault;
        space();
        if (text.charAt(i++) !== ",") return null;
      }
    }
    if (open === '"') return (string(), null);
    const literal = /^(?:true|false|null|-?[0-9.eE+-]+)/.exec(text.slice(i))?.[0] ?? "";
    i += Math.max(literal.length, 1);
    if (/^-?[0-9]/.test(literal) && /[.eE]/.test(literal)) return `${literal} is not an integer`;
    if (/^-?[0-9]+$/.test(literal) && !Number.isSafeInteger(Number(literal))) return `${literal} is past 2^53 - 1`;
    return null;
  };
  return value();
}

// ---- proofs: the MAC recomputed under another assumption (the secret read another way,
// another hash, another message, the signature in another encoding), a repaired token that
// verify() accepts, another format whose verify() accepts the token. A match is a proof;
// nothing computed here is shown, only which assumption matched.

interface Variant {
  readonly diagnosis: Diagnosis | null; // null: the format's own assumption
  readonly value: Uint8Array;
}

const PROOF = true;

function keyVariants(secret: string): Variant[] {
  const own = readSecret(secret, FORMAT.secretEncoding);
  const out: Variant[] = own === null ? [] : [{ diagnosis: null, value: own }];
  for (const reading of READINGS) {
    const key = readSecret(secret, reading);
    if (reading === FORMAT.secretEncoding || key === null || key.length === 0 || (own !== null && same(key, own))) continue;
    const summary = `the MAC matches with the secret read as ${reading}: the signer read it as ${reading}, this format reads it as ${FORMAT.secretEncoding}`;
    out.push({ diagnosis: { cause: "secret-encoding", summary, proof: PROOF }, value: key });
  }
  for (const [label, text] of [["without its surrounding whitespace", secret.trim()], ["followed by a line break", `${secret}\n`]] as const) {
    const key = text === secret ? null : readSecret(text, FORMAT.secretEncoding);
    const summary = `the MAC matches with the secret ${label}: the signer's secret differs`;
    if (key !== null) out.push({ diagnosis: { cause: "secret-whitespace", summary, proof: PROOF }, value: key });
  }
  return out;
}

function hashVariants(own: string): { diagnosis: Diagnosis | null; hash: string }[] {
  const others = Object.values(FORMAT.hashes).filter((hash) => hash !== own);
  const named = (hash: string): Diagnosis => ({ cause: "other-algorithm", summary: `the MAC matches HMAC-${hash}, not HMAC-${own}`, proof: PROOF });
  return [{ diagnosis: null, hash: own }, ...others.map((hash) => ({ diagnosis: named(hash), hash }))];
}

/** The MAC text decoded leniently: padding ignored, a cut-off last character dropped (the
 * alphabet is not: base64 and base64url are told apart). */
function lenientDecode(text: string, encoding: string): Uint8Array | null {
  if (encoding === "hex") {
    const even = text.slice(0, text.length - (text.length % 2));
    return /^[0-9a-fA-F]*$/.test(even) ? Uint8Array.from(even.match(/../g) ?? [], (pair) => parseInt(pair, 16)) : null;
  }
  let body = text.replace(/=+$/, "");
  if (body.length % 4 === 1) body = body.slice(0, -1);
  const alphabet = encoding === "base64" ? /^[A-Za-z0-9+/]*$/ : /^[A-Za-z0-9_-]*$/;
  return alphabet.test(body) ? fromBase64(body) : null;
}

function receivedVariants(input: MacInput): Variant[] {
  const ownEncoding = FORMAT.signatureEncoding;
  const own = lenientDecode(input.text, ownEncoding);
  const out: Variant[] = own === null ? [] : [{ diagnosis: null, value: own }];
  const family = (encoding: string): string => encoding.replace(/-nopad$/, "");
  for (const encoding of ["hex", "base64", "base64url"]) {
    const data = lenientDecode(input.text, encoding);
    if (family(encoding) === family(ownEncoding) || data === null || (own !== null && same(data, own))) continue;
    const summary = `the signature is written in ${encoding}; the format writes ${ownEncoding}`;
    out.push({ diagnosis: { cause: "signature-encoding", summary, proof: PROOF }, value: data });
  }
  return out;
}

async function hmac(hash: string, key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  // Copies: WebCrypto's types take bytes over an ArrayBuffer, not any ArrayBufferLike.
  const subtle = globalThis.crypto.subtle;
  const imported = await subtle.importKey("raw", new Uint8Array(key), { name: "HMAC", hash }, false, ["sign"]);
  return new Uint8Array(await subtle.sign("HMAC", imported, new Uint8Array(message)));
}

/** The changed assumptions under which the received MAC is right, fewest first; else a MAC
 * that is the beginning of the right one (cut off); else []. */
async function macProofs(input: MacInput, secret: string, messages: readonly Variant[]): Promise<Diagnosis[]> {
  const keys = keyVariants(secret);
  const hashes = hashVariants(input.hash);
  const texts = [{ diagnosis: null, value: input.message }, ...messages];
  const received = receivedVariants(input);
  const combos = keys.flatMap((k) => hashes.flatMap((h) => texts.flatMap((m) => received.map((r) => [k, h, m, r] as const))));
  const changes = (combo: (typeof combos)[number]): number => combo.filter((part) => part.diagnosis !== null).length;
  for (const combo of [...combos].sort((a, b) => changes(a) - changes(b))) {
    const [key, hash, message, mac] = combo;
    if (changes(combo) > 0 && same(await hmac(hash.hash, key.value, message.value), mac.value)) {
      return combo.flatMap((part) => (part.diagnosis === null ? [] : [part.diagnosis]));
    }
  }
  const ownKey = keys[0]?.diagnosis === null ? keys[0].value : null;
  const got = received[0]?.diagnosis === null ? received[0].value : null;
  if (ownKey === null || got === null) return [];
  const expected = await hmac(input.hash, ownKey, input.message);
  if (got.length === 0 || got.length >= expected.length || !same(expected.subarray(0, got.length), got)) return [];
  const summary = `the signature holds ${got.length} bytes, the first ${got.length} of the right ${expected.length}-byte MAC: it was cut off`;
  return [{ cause: "signature-truncated", summary, proof: PROOF }];
}

/** The repairs verify() accepts up to (at least) the MAC. */
async function repairProofs(repairs: readonly Repair[], secret: string, now: number): Promise<Diagnosis[]> {
  const out: Diagnosis[] = [];
  for (const repair of repairs) {
    if (repair.token !== "" && (await macHolds(repair.token, secret, now))) {
      out.push({ ...repair.diagnosis, summary: `${repair.diagnosis.summary}; undone, the signature holds`, proof: PROOF });
    }
  }
  return out;
}

/** The first other format whose verify() accepts the text (or refuses it only by time). */
async function otherFormat(text: string, secret: string, now: number): Promise<Diagnosis | null> {
  for (const other of OTHERS) {
    const url = looksLikeUrl(text);
    const input = other.facts.family === "signed-url" ? (url ? text : null) : url ? tokenFromUrl(other.facts.tokenIn, text) : text;
    if (input === null) continue;
    let outcome: string | null;
    try {
      await other.verify(input, secret, { now });
      outcome = "valid";
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      outcome = typeof code === "string" && TIME_CODES.includes(code) ? `refused only by ${code}` : null;
    }
    if (outcome !== null) {
      const summary = `this token was made for ${other.facts.name} (${other.facts.title}): verified as that format with the same secret, it is ${outcome}`;
      return { cause: "other-format", summary, proof: PROOF };
    }
  }
  return null;
}

// ---- the diagnosis: observations, proofs, ranked as the CLI doctor ranks them

const CLAIM_CAUSES: Readonly<Record<string, string>> = {
  invalid_key: "invalid-key",
  weak_key: "weak-key",
  alg_not_allowed: "alg-not-allowed",
  missing_claim: "missing-claim",
  invalid_claim: "invalid-claim",
};

/** What the refusing check observed (verify()'s code says which check refused). */
function observed(verdict: Verdict, token: string, decoded: Decoded, now: number): Diagnosis[] {
  const code = verdict.code ?? "";
  const named = CLAIM_CAUSES[code];
  if (named !== undefined) return [{ cause: named, summary: verdict.message }];
  if (code === "malformed") return structureFaults(token);
  return TIME_CODES.includes(code) ? timeCauses(code, decoded.claims ?? {}, now) : [];
}

const GENERIC: Diagnosis = {
  cause: "wrong-secret-or-altered",
  summary:
    "wrong secret or altered content: the MAC does not match, and no other reading of the secret, other hash, signature encoding, JSON spelling, parameter order or encoding, or other format makes it match",
};

/** What can be said of a refused token, the most telling first; the honest answer when a
 * refused MAC is explained by nothing. */
async function diagnose(text: string, token: string, secret: string, now: number, verdict: Verdict, decoded: Decoded): Promise<Diagnosis[]> {
  const spaced = whitespaceFault(token);
  const escaped = percentFault(token);
  const found = [...[spaced, escaped].flatMap((d) => (d === null ? [] : [d])), ...observed(verdict, token, decoded, now)];
  if (secret !== "") {
    const undo: Repair[] = [
      ...(spaced === null ? [] : [{ diagnosis: spaced, token: token.replace(/\s/g, "") }]),
      ...(escaped === null ? [] : [{ diagnosis: escaped, token: percentDecode(token, false) ?? "" }]),
      ...decoded.repairs,
    ];
    found.push(...(await repairProofs(undo, secret, now)));
    const input = decoded.macInput;
    if (input !== null && (verdict.code === "bad_signature" || verdict.code === "invalid_key" || !input.canonical)) {
      found.push(...(await macProofs(input, secret, messageVariants(token))));
    }
    const other = await otherFormat(text, secret, now);
    if (other !== null) found.push(other);
  }
  if (verdict.code === "bad_signature" && !found.some((d) => d.proof === true)) found.push(GENERIC);
  const rank = (d: Diagnosis): number => FORMAT.causes.indexOf(d.cause);
  const ranked = [...found].sort((a, b) => rank(a) - rank(b));
  return ranked.filter((d, i) => ranked.findIndex((e) => e.cause === d.cause) === i);
}

// ---- times: which rule refused, with the times and the leeway (the verifier's order)

function iso(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? "not a time" : date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function when(seconds: number): string {
  return `${seconds} (${iso(seconds)})`;
}

function number(claims: Claims, name: string | null): number | null {
  const value = name === null ? undefined : claims[name];
  return typeof value === "number" ? value : null;
}

/** An expiry claim's label and instant; a summed expiry adds its second claim. */
function expiry(claims: Claims, name: string): [string, number | null] {
  const plus = FORMAT.times.expiresPlus;
  const value = number(claims, name);
  if (plus === null || name !== FORMAT.times.expires[0]) return [name, value];
  const more = number(claims, plus);
  return [`${name} + ${plus}`, value === null || more === null ? null : value + more];
}

/** The first time rule the claims break at `now`, as a cause; null when every rule holds. */
function timeRule(claims: Claims, now: number): Diagnosis | null {
  const { expires, notBefore, issuedAt, maxAge, maxLifetime, leeway } = FORMAT.times;
  const base = `now ${when(now)}, leeway ${leeway} s`;
  for (const name of expires) {
    const [label, value] = expiry(claims, name);
    if (value !== null && value <= now - leeway) {
      return { cause: "expired", summary: `expired: ${label} ${when(value)} is not after now - leeway (${now - leeway}); ${base}` };
    }
  }
  const issued = number(claims, issuedAt);
  if (issued !== null && maxAge !== null && issued + maxAge <= now - leeway) {
    return {
      cause: "too-old",
      summary: `too old: ${issuedAt} ${when(issued)} + max age ${maxAge} s is not after now - leeway (${now - leeway}); ${base}`,
    };
  }
  for (const name of notBefore) {
    const value = number(claims, name);
    if (value !== null && value > now + leeway) {
      return { cause: "not-yet-valid", summary: `not yet valid: ${name} ${when(value)} is after now + leeway (${now + leeway}); ${base}` };
    }
  }
  const [, end] = expires[0] === undefined ? ["", null] : expiry(claims, expires[0]);
  const start = issued ?? now;
  if (end !== null && maxLifetime !== null && end - start > maxLifetime) {
    return { cause: "lifetime-too-long", summary: `lifetime too long: lives ${end - start} s, at most ${maxLifetime} s; ${base}` };
  }
  return null;
}

const TIME_CAUSE_CODES: Readonly<Record<string, string>> = {
  expired: "expired",
  "too-old": "expired",
  "not-yet-valid": "not_yet_valid",
  "lifetime-too-long": "lifetime_too_long",
};

// Unix seconds reach 10^11 in the year 5138; milliseconds passed it in 1973.
const SURELY_MILLISECONDS = 1e11;

/** The time claim that, read as milliseconds, makes every time rule hold. */
function milliseconds(claims: Claims, now: number): Diagnosis | null {
  for (const name of FORMAT.times.declared) {
    const value = number(claims, name);
    if (value === null || !Number.isInteger(value) || Math.abs(value) < SURELY_MILLISECONDS) continue;
    const seconds = Math.floor(value / 1000);
    if (timeRule({ ...claims, [name]: seconds }, now) === null) {
      return {
        cause: "time-in-milliseconds",
        summary: `${name} ${value} is in milliseconds: read as seconds it is ${when(seconds)}, and then every time rule holds`,
      };
    }
  }
  return null;
}

/** The time causes of a refusal by a time rule: milliseconds first, then the rule. */
function timeCauses(code: string, claims: Claims, now: number): Diagnosis[] {
  const rule = timeRule(claims, now);
  if (rule === null || TIME_CAUSE_CODES[rule.cause] !== code) return [];
  const millis = milliseconds(claims, now);
  return millis === null ? [rule] : [millis, rule];
}

// ---- a signed URL: the values travel in the query, percent-encoded; the MAC covers the
// text as received (the query itself).

interface Pair {
  readonly name: string;
  readonly raw: string;
}

interface Received {
  readonly base: string;
  readonly pairs: readonly Pair[];
  readonly fields: Readonly<Record<string, { readonly raw: string; readonly text: string; readonly percent: boolean }>>;
  readonly maps: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

function splitUrl(url: string): [string, Pair[]] {
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const query = mark < 0 ? "" : href.slice(mark + 1);
  const pairs = query === "" ? [] : query.split("&").map((item) => {
    const eq = item.indexOf("=");
    const name = eq < 0 ? item : item.slice(0, eq);
    return { name: percentDecode(name, false) ?? name, raw: eq < 0 ? "" : item.slice(eq + 1) };
  });
  return [mark < 0 ? href : href.slice(0, mark), pairs];
}

/** The base URL's fields, or null when it does not fit the template (or does not decode). */
function matchBase(base: string): Received["fields"] | null {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const pattern = FORMAT.url.base.map((p) => (p.field === null ? escape(p.literal) : "(.*?)")).join("");
  const found = new RegExp(`^${pattern}$`, "s").exec(base);
  if (found === null) return null;
  const fields: Record<string, { raw: string; text: string; percent: boolean }> = {};
  let group = 1;
  for (const part of FORMAT.url.base.filter((p) => p.field !== null)) {
    const raw = found[group++] ?? "";
    const text = part.percent ? percentDecode(raw, false) : raw;
    if (text === null) return null;
    fields[part.field ?? ""] = { raw, text, percent: part.percent };
  }
  return fields;
}

/** The format's parameter a received name is: a declared one, or a map's (a key after its prefix). */
function param(name: string): Facts["url"]["query"][number] | undefined {
  return FORMAT.url.query.find((q) => (q.perKey ? name.startsWith(q.name) && name.length > q.name.length : q.name === name));
}

/** The order the format writes parameters in: declared order, a map's sorted by encoded name. */
function writtenOrder(a: string, b: string): number {
  const slot = (name: string): number => {
    const found = param(name);
    return found === undefined ? FORMAT.url.query.length : FORMAT.url.query.indexOf(found);
  };
  const [left, right] = [percentEncode(a), percentEncode(b)];
  return slot(a) - slot(b) || (param(a)?.perKey === true && left !== right ? (left < right ? -1 : 1) : 0);
}

function read(url: string): Received | null {
  const [base, pairs] = splitUrl(url);
  const fields = matchBase(base);
  if (fields === null) return null;
  const all = { ...fields };
  const maps: Record<string, Record<string, string>> = {};
  for (const pair of pairs) {
    const known = param(pair.name);
    const text = percentDecode(pair.raw, FORMAT.url.percent.plusIsSpace);
    if (known?.field == null || text === null) continue;
    if (known.perKey) (maps[known.field] ??= {})[pair.name.slice(known.name.length)] = text;
    else all[known.field] = { raw: pair.raw, text, percent: false };
  }
  return { base, pairs, fields: all, maps };
}

const SIGNATURE = FORMAT.url.query.find((q) => q.value === "signature")?.name ?? "signature";

/** The text the verifier MACs: the received query (and base), or the message of the values. */
function signedText(url: string, received: Received): string | null {
  const message = FORMAT.message;
  if (message === null) return null;
  if (message.kind !== "parts") {
    const [href = ""] = url.split("#", 1);
    const query = href.slice(href.indexOf("?") + 1);
    const signed = query.includes("&") ? query.slice(0, query.lastIndexOf("&")) : "";
    return message.kind === "url" ? `${received.base}?${signed}` : signed;
  }
  const pieces = message.parts.flatMap((part) => {
    const got = received.fields[part.field];
    if (got === undefined) return [];
    const text = part.encode === "percent" ? (got.percent ? got.raw : percentEncode(got.text)) : got.text;
    return [part.prefix + text];
  });
  return pieces.join(message.join);
}

function decode(url: string): Decoded {
  const received = read(url);
  const [base, pairs] = splitUrl(url);
  const parts: Part[] = [{ name: "base", text: base }, ...pairs.map((p) => ({ name: p.name, text: percentDecode(p.raw, false) ?? p.raw }))];
  const claims: Claims = {};
  for (const [name, got] of Object.entries(received?.fields ?? {})) {
    const json = FORMAT.url.query.some((q) => q.field === name && q.encode === "json");
    claims[name] = json ? tryJson(got.text) : /^-?\d+$/.test(got.text) ? Number(got.text) : got.text;
  }
  for (const [name, entries] of Object.entries(received?.maps ?? {})) claims[name] = { ...entries };
  const signature = pairs.find((p) => p.name === SIGNATURE);
  const message = received === null ? null : signedText(url, received);
  const text = signature === undefined ? null : percentDecode(signature.raw, FORMAT.url.percent.plusIsSpace);
  const macInput =
    message === null || text === null || pairs[pairs.length - 1]?.name !== SIGNATURE && FORMAT.covers
      ? null
      : { message: utf8(message), hash: FORMAT.hash, text, canonical: encodingFault(text, FORMAT.signatureEncoding, SIGNATURE) === null };
  return { parts, claims, repairs: urlRepairs(url), macInput };
}

function rebuilt(url: string, base: string, pairs: readonly Pair[]): string {
  const hash = url.indexOf("#");
  const fragment = hash < 0 ? "" : url.slice(hash);
  return `${base}?${pairs.map((p) => `${percentEncode(p.name)}=${p.raw}`).join("&")}${fragment}`;
}

/** The parameters in the format's order, without foreign ones, percent-encoded as the format
 * writes them, JSON values as the profile writes them: each a repair verify() can prove. */
function urlRepairs(url: string): Repair[] {
  const [base, pairs] = splitUrl(url);
  const ordered = [...pairs].sort((a, b) => writtenOrder(a.name, b.name));
  const kept = pairs.filter((p, i) => param(p.name) !== undefined && pairs.findIndex((q) => q.name === p.name) === i);
  const canonical = pairs.map((p) => ({ name: p.name, raw: percentEncode(percentDecode(p.raw, false) ?? p.raw) }));
  const out: Repair[] = [
    { diagnosis: { cause: "query-order", summary: "the parameters were put in another order after signing" }, token: rebuilt(url, base, ordered) },
    { diagnosis: { cause: "query-unknown", summary: "parameters were added to the signed URL" }, token: rebuilt(url, base, kept) },
    { diagnosis: { cause: "query-encoding", summary: "the URL was percent-encoded differently after signing" }, token: rebuilt(url, base, canonical) },
  ];
  pairs.forEach((pair, index) => {
    const received = utf8(percentDecode(pair.raw, false) ?? "");
    const fixed = param(pair.name)?.encode === "json" ? respelled(received) : null;
    if (fixed === null) return;
    const respaced = pairs.map((p, i) => (i === index ? { name: p.name, raw: percentEncode(utf8Text(fixed) ?? "") } : p));
    out.push({ diagnosis: respacing(pair.name, received, fixed), token: rebuilt(url, base, respaced) });
  });
  return out.filter((r) => r.token !== url);
}

/** Every structural fault, as the CLI doctor lists them: base URL, query, signature text, JSON. */
function structureFaults(url: string): Diagnosis[] {
  const [base, pairs] = splitUrl(url);
  if (matchBase(base) === null) {
    const fits = new RegExp(`^${FORMAT.url.base.map((p) => (p.field === null ? p.literal.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&") : "(.*?)")).join("")}$`, "s").test(base);
    return [fits ? { cause: "url-syntax", summary: "the base URL fits the template, but a %-encoded part of it does not decode" } : { cause: "url-mismatch", summary: `the URL does not match the format's base URL: received ${base}` }];
  }
  const [href = ""] = url.split("#", 1);
  const items = href.includes("?") ? href.slice(href.indexOf("?") + 1).split("&").filter((item) => item !== "") : [];
  const found: Diagnosis[] = [];
  for (const item of items) {
    const broken = !item.includes("=") || item.split("=", 2).some((text) => percentDecode(text, false) === null);
    if (broken) found.push({ cause: "url-syntax", summary: `query item '${item.slice(0, 40)}' has no '=' or a stray '%'` });
  }
  const names = pairs.map((p) => p.name);
  for (const [i, name] of names.entries()) {
    if (param(name) === undefined || names.indexOf(name) !== i) found.push({ cause: "query-unknown", summary: `parameter '${name}' is not one of this format's, or appears more than once` });
  }
  const known = names.filter((name) => param(name) !== undefined);
  const expected = [...known].sort(writtenOrder);
  if (FORMAT.covers && known.join("&") !== expected.join("&")) found.push({ cause: "query-order", summary: `the parameters are in another order: received ${known.join(", ")}; the format writes ${expected.join(", ")}` });
  if (!names.includes(SIGNATURE)) found.push({ cause: "signature-missing", summary: `the URL carries no ${SIGNATURE} parameter (the signature)` });
  if (found.length > 0) return found;
  const text = percentDecode(pairs.find((p) => p.name === SIGNATURE)?.raw ?? "", FORMAT.url.percent.plusIsSpace) ?? "";
  const signature = encodingFault(text, FORMAT.signatureEncoding, SIGNATURE);
  if (signature !== null) return [signature];
  return pairs.flatMap((p) => {
    const fault = param(p.name)?.encode === "json" ? jsonValueFault(percentDecode(p.raw, false) ?? "", p.name) : null;
    return fault === null ? [] : [fault];
  });
}

function jsonValueFault(text: string, part: string): Diagnosis | null {
  const fault = jsonObjectFault(utf8(text), part);
  return fault?.cause === "json-not-object" ? null : fault;
}

/** A signer that MACs the query with its values not percent-encoded (Bold BI's sample). */
function messageVariants(url: string): Variant[] {
  if (!FORMAT.covers) return [];
  const [base, pairs] = splitUrl(url);
  const plain = pairs.filter((p) => p.name !== SIGNATURE).map((p) => `${p.name}=${percentDecode(p.raw, false)}`);
  const text = plain.join("&");
  const summary = "the MAC matches the query with its values as plain text, not percent-encoded: the signer MACed other text than the URL carries";
  const value = utf8(FORMAT.message?.kind === "url" ? `${base}?${text}` : text);
  return [{ diagnosis: { cause: "query-encoding", summary, proof: PROOF }, value }];
}

// ---- the page: the form in the "Inspect a token" section; every text goes in as text.

interface Report {
  readonly verdict: Verdict | null; // null: no secret, so the signature was not checked
  readonly diagnoses: readonly Diagnosis[];
  readonly decoded: Decoded;
  readonly now: number;
}

/** The report on a pasted text (a token, or an embed URL), as it was pasted: stray
 * whitespace is a cause to name, not something to trim away. */
export async function inspect(text: string, secret: string, now: number): Promise<Report> {
  const token = FORMAT.family !== "signed-url" && looksLikeUrl(text) ? tokenFromUrl(FORMAT.tokenIn, text) : text;
  if (token === null) {
    const missing = { cause: "token-not-in-url", summary: "the URL has no token where this format's embed URL carries it" };
    const verdict = { ok: false, code: "malformed", message: missing.summary, claims: null };
    return { verdict, diagnoses: [missing], decoded: { parts: [{ name: "url", text }], claims: null, repairs: [], macInput: null }, now };
  }
  const decoded = decode(token);
  const verdict = secret === "" ? unverified(token, decoded, now) : await check(token, secret, now);
  const diagnoses = verdict === null || verdict.ok ? [] : await diagnose(text, token, secret, now, verdict, decoded);
  return { verdict, diagnoses, decoded, now };
}

/** Without a secret the MAC is not checked; the structure and the times still are. */
function unverified(token: string, decoded: Decoded, now: number): Verdict | null {
  const fault = structureFaults(token)[0];
  const rule = fault === undefined && decoded.claims !== null ? timeRule(decoded.claims, now) : null;
  const code = fault !== undefined ? "malformed" : rule === null ? null : (TIME_CAUSE_CODES[rule.cause] ?? null);
  return code === null ? null : { ok: false, code, message: (fault ?? rule)?.summary ?? "", claims: null };
}

function element(tag: string, text: string, data: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(data)) node.dataset[name] = value;
  return node;
}

function verdictLine(verdict: Verdict | null): HTMLElement {
  if (verdict === null) return element("p", "Not verified: no secret given (the parts are decoded below).", { role: "verdict", ok: "" });
  if (verdict.ok) return element("p", "Accepted: verify() returned the claims below.", { role: "verdict", ok: "true", code: "" });
  return element("p", `Refused: ${verdict.code}: ${verdict.message}`, { role: "verdict", ok: "false", code: verdict.code ?? "" });
}

function timesTable(claims: Claims, now: number): HTMLElement {
  const table = document.createElement("table");
  table.dataset.role = "times";
  const rows: [string, unknown][] = [...FORMAT.timeFields.map((name): [string, unknown] => [name, claims[name]]), ["now", now]];
  for (const [name, value] of rows) {
    if (typeof value !== "number") continue;
    const row = table.insertRow();
    for (const cell of [name, String(value), iso(value)]) row.insertCell().textContent = cell;
    row.dataset.time = name;
  }
  return table;
}

function render(report: Report, out: HTMLElement): void {
  const nodes: HTMLElement[] = [verdictLine(report.verdict)];
  if (report.diagnoses.length > 0) {
    const list = element("ul", "", { role: "diagnoses" });
    for (const d of report.diagnoses) list.append(element("li", `${d.cause}: ${d.summary}`, { cause: d.cause }));
    nodes.push(list);
  }
  if (report.verdict?.ok) nodes.push(element("pre", JSON.stringify(report.verdict.claims, null, 2), { role: "claims" }));
  for (const part of report.decoded.parts) {
    nodes.push(element("p", part.name), element("pre", part.text, { part: part.name }));
  }
  nodes.push(timesTable(report.decoded.claims ?? {}, report.now));
  out.replaceChildren(...nodes);
}

function field(root: HTMLElement, name: string): HTMLInputElement | HTMLTextAreaElement {
  const found = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  if (found === null) throw new Error(`the inspector has no ${name} field`);
  return found;
}

// Outside a page (Node.js, a worker) the module only exports inspect().
const roots = typeof document === "undefined" ? [] : document.querySelectorAll<HTMLElement>(`.embedseal-inspector[data-format="${FORMAT.name}"]`);
for (const root of roots) {
  const out = root.querySelector<HTMLElement>("[data-role=result]");
  root.querySelector("button")?.addEventListener("click", () => {
    const now = field(root, "now").value.trim();
    const at = now === "" ? Math.floor(Date.now() / 1000) : Number(now);
    inspect(field(root, "token").value, field(root, "secret").value, at).then(
      (report) => out !== null && render(report, out),
      (error: unknown) => out?.replaceChildren(element("p", `The inspector failed: ${String(error)}`, { role: "verdict" })),
    );
  });
  root.dataset.ready = "true";
}
