// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.
// The token inspector of this format's docs page: the verdict is the published file's own
// verify(); this module decodes the parts and proves what it can by asking verify() again
// with a repaired token or a re-read secret. Nothing leaves the page: no request, no storage.
import { verify } from "../typescript/golden-lines.js";

/** The format's facts a diagnosis must assume (from the spec, at generation time). */
const FORMAT: Facts = {"name": "golden-lines", "family": "signed-url", "secretEncoding": "base64", "hash": "SHA-256", "signatureEncoding": "base64url", "envelopeEncoding": null, "profile": {"item": ", ", "key": ": ", "ascii": false, "sort": false}, "jsonParams": ["user", "groups"], "params": {"time": "time", "user": "user", "groups": "groups", "display": "display"}, "times": {"expires": [], "expiresPlus": null, "notBefore": ["time"], "issuedAt": "time", "maxAge": 120, "maxLifetime": null, "leeway": 10}, "timeFields": ["time"]};

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
  };
  readonly timeFields: readonly string[];
}

/** A decoded part of the token, shown as it is. */
interface Part {
  readonly name: string;
  readonly text: string;
}

/** The token with one part written as the profile writes its JSON. */
interface Repair {
  readonly part: string;
  readonly received: Uint8Array;
  readonly expected: Uint8Array;
  readonly token: string;
}

/** A JWS's signing input and MAC: a key the format cannot spell is tried on them directly. */
interface MacInput {
  readonly message: string;
  readonly mac: Uint8Array;
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

/** Whether verify() gets past the MAC: a proof that the repair or re-reading is what signed. */
async function macHolds(token: string, secret: string, now: number): Promise<boolean> {
  const verdict = await check(token, secret, now);
  return verdict.code !== "bad_signature" && verdict.code !== "invalid_key";
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
  if (value === undefined) return null;
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

function respacing(repair: Repair): Diagnosis {
  const at = firstDifference(repair.received, repair.expected);
  const kind = differenceKind(repair.received, repair.expected);
  const near = utf8Text(repair.received.subarray(Math.max(0, at - 12), at + 12)) ?? "";
  return {
    cause: "json-respaced",
    summary:
      `the MAC was computed over the JSON the format's profile writes, but ${repair.part} ` +
      `differs from it at byte ${at} (${kind}): the profile writes ` +
      `${describeByte(repair.expected, at)}, the token carries ${describeByte(repair.received, at)} ` +
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

async function secretReading(token: string, secret: string, now: number, input: MacInput | null): Promise<Diagnosis | null> {
  const own = readSecret(secret, FORMAT.secretEncoding);
  for (const reading of READINGS) {
    const key = readSecret(secret, reading);
    if (reading === FORMAT.secretEncoding || key === null || key.length === 0 || (own !== null && same(key, own))) continue;
    const spelled = spellSecret(key);
    const holds =
      spelled !== null ? await macHolds(token, spelled, now) : input !== null && (await hmacMatches(key, input));
    if (holds) {
      return {
        cause: "secret-encoding",
        summary: `the MAC matches with the secret read as ${reading}: the signer read it as ${reading}, this format reads it as ${FORMAT.secretEncoding}`,
      };
    }
  }
  return null;
}

async function hmacMatches(key: Uint8Array, input: MacInput): Promise<boolean> {
  // Copies: WebCrypto's types take bytes over an ArrayBuffer, not any ArrayBufferLike.
  const subtle = globalThis.crypto.subtle;
  const hmac = await subtle.importKey("raw", new Uint8Array(key), { name: "HMAC", hash: FORMAT.hash }, false, ["verify"]);
  return subtle.verify("HMAC", hmac, new Uint8Array(input.mac), new Uint8Array(utf8(input.message)));
}

// ---- times: which rule refused, with the times and the leeway

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

function timeCause(code: string, claims: Claims, now: number): Diagnosis | null {
  const { expires, notBefore, issuedAt, maxAge, maxLifetime, leeway } = FORMAT.times;
  const base = `now ${when(now)}, leeway ${leeway} s`;
  if (code === "expired") {
    for (const name of expires) {
      const [label, value] = expiry(claims, name);
      if (value !== null && value <= now - leeway) {
        return { cause: "expired", summary: `expired: ${label} ${when(value)} is not after now - leeway (${now - leeway}); ${base}` };
      }
    }
    const issued = number(claims, issuedAt);
    if (issued !== null && maxAge !== null) {
      return {
        cause: "too-old",
        summary: `too old: ${issuedAt} ${when(issued)} + max age ${maxAge} s is not after now - leeway (${now - leeway}); ${base}`,
      };
    }
  }
  if (code === "not_yet_valid") {
    for (const name of notBefore) {
      const value = number(claims, name);
      if (value !== null && value > now + leeway) {
        return { cause: "not-yet-valid", summary: `not yet valid: ${name} ${when(value)} is after now + leeway (${now + leeway}); ${base}` };
      }
    }
  }
  if (code === "lifetime_too_long" && expires[0] !== undefined) {
    return { cause: "lifetime-too-long", summary: `lifetime too long: at most ${maxLifetime} s; ${base}` };
  }
  return null;
}

/** What can be proven about a refused token, most specific first; else the honest answer. */
async function diagnose(token: string, secret: string, now: number, verdict: Verdict, decoded: Decoded): Promise<Diagnosis[]> {
  if (verdict.code === "bad_signature") {
    const reading = await secretReading(token, secret, now, decoded.macInput);
    if (reading !== null) return [reading];
    for (const repair of decoded.repairs) {
      if (await macHolds(repair.token, secret, now)) return [respacing(repair)];
    }
    return [
      {
        cause: "wrong-secret-or-altered",
        summary:
          "wrong secret or altered content: the MAC does not match, and neither another reading of the secret nor the JSON as the format's profile writes it makes it match",
      },
    ];
  }
  const timed = verdict.code === null ? null : timeCause(verdict.code, decoded.claims ?? {}, now);
  return timed === null ? [] : [timed];
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

function toBase64url(bytes: Uint8Array, pad: boolean): string {
  const text = btoa(binary(bytes)).replace(/\+/g, "-").replace(/\//g, "_");
  return pad ? text : text.replace(/=+$/, "");
}

function textPart(name: string, bytes: Uint8Array | null, raw: string): Part {
  return { name, text: bytes === null ? `${raw} (not decodable)` : (utf8Text(bytes) ?? `${bytes.length} bytes, not UTF-8`) };
}

// ---- a signed URL: the values travel in the query, percent-encoded; a JSON value re-spaced
// after signing is tried as a repair (the parameter re-written as the profile writes it).

function decode(url: string): Decoded {
  const [href = ""] = url.split("#", 1);
  const mark = href.indexOf("?");
  const base = mark < 0 ? href : href.slice(0, mark);
  const pairs = (mark < 0 ? "" : href.slice(mark + 1)).split("&").filter((pair) => pair !== "");
  const parts: Part[] = [{ name: "base", text: base }];
  const claims: Claims = {};
  const repairs: Repair[] = [];
  pairs.forEach((pair, index) => {
    const eq = pair.indexOf("=");
    const name = eq < 0 ? pair : pair.slice(0, eq);
    let value = eq < 0 ? "" : pair.slice(eq + 1);
    try {
      value = decodeURIComponent(value);
    } catch {
      // shown as received
    }
    parts.push({ name, text: value });
    const field = FORMAT.params[name];
    const json = FORMAT.jsonParams.includes(name);
    if (field !== undefined) claims[field] = json ? tryJson(value) : /^-?\d+$/.test(value) ? Number(value) : value;
    const received = utf8(value);
    const fixed = json ? respelled(received) : null;
    if (fixed !== null) {
      const rebuilt = pairs.map((p, i) => (i === index ? `${name}=${encodeURIComponent(utf8Text(fixed) ?? "")}` : p));
      repairs.push({ part: name, received, expected: fixed, token: `${base}?${rebuilt.join("&")}` });
    }
  });
  return { parts, claims, repairs, macInput: null };
}

// ---- the page: the form in the "Inspect a token" section; every text goes in as text.

interface Report {
  readonly verdict: Verdict | null; // null: no secret, so the signature was not checked
  readonly diagnoses: readonly Diagnosis[];
  readonly decoded: Decoded;
  readonly now: number;
}

export async function inspect(token: string, secret: string, now: number): Promise<Report> {
  const decoded = decode(token);
  if (secret === "") return { verdict: null, diagnoses: [], decoded, now };
  const verdict = await check(token, secret, now);
  return { verdict, diagnoses: await diagnose(token, secret, now, verdict, decoded), decoded, now };
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
    inspect(field(root, "token").value.trim(), field(root, "secret").value, at).then(
      (report) => out !== null && render(report, out),
      (error: unknown) => out?.replaceChildren(element("p", `The inspector failed: ${String(error)}`, { role: "verdict" })),
    );
  });
  root.dataset.ready = "true";
}
