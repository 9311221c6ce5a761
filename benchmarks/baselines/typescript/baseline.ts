// Minimal hand-written versions of the three benchmarked formats, as a competent engineer
// writes them without embedseal, on the platform the generated code targets (WebCrypto,
// TextEncoder, btoa/atob: Node, Deno, Bun, browsers). Each *Message returns the bytes the
// HMAC covers.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Fields = Record<string, Json>;
type Bytes = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();

async function hmacKey(secret: string, hash: "SHA-256" | "SHA-1", use: KeyUsage): Promise<CryptoKey> {
  return crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash }, false, [use]);
}

export async function hmac(secret: string, hash: "SHA-256" | "SHA-1", data: Bytes): Promise<Bytes> {
  return new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret, hash, "sign"), data));
}

async function hmacVerify(secret: string, hash: "SHA-256" | "SHA-1", mac: Bytes, data: Bytes): Promise<boolean> {
  return crypto.subtle.verify("HMAC", await hmacKey(secret, hash, "verify"), mac, data);
}

function binary(bytes: Bytes): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function unbinary(text: string): Bytes {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

export function base64(bytes: Bytes): string {
  return btoa(binary(bytes));
}

export function base64url(bytes: Bytes): string {
  return base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function unbase64url(text: string): Bytes {
  return unbinary(atob(text.replace(/-/g, "+").replace(/_/g, "/")));
}

export function hex(bytes: Bytes): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** JSON.stringify with non-ASCII escaped, as Python's json.dumps writes it. */
function asciiJson(value: unknown, space = false): string {
  const text = space ? pythonSpaced(value) : JSON.stringify(value);
  return text.replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** json.dumps' default separators (", " and ": ") for a flat object of strings and numbers. */
function pythonSpaced(value: unknown): string {
  const members = Object.entries(value as Record<string, unknown>);
  return "{" + members.map(([k, v]) => JSON.stringify(k) + ": " + JSON.stringify(v)).join(", ") + "}";
}

// ------------------------------------------------------------ tinybird-jwt (PyJWT's bytes)

const TINYBIRD_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}

export function tinybirdMessage(fields: Fields, now: number): Bytes {
  const payload: Fields = {
    workspace_id: fields["workspace_id"] ?? null,
    name: fields["name"] ?? null,
    exp: fields["exp"] ?? now + 3600,
    scopes: fields["scopes"] ?? null,
  };
  if (fields["limits"] !== undefined) payload["limits"] = fields["limits"];
  return encoder.encode(TINYBIRD_HEADER + "." + base64url(encoder.encode(asciiJson(payload))));
}

export async function tinybirdSign(fields: Fields, secret: string, now: number): Promise<[string, string]> {
  const signingInput = tinybirdMessage(fields, now);
  const token = binary(signingInput) + "." + base64url(await hmac(secret, "SHA-256", signingInput));
  return [token, String(fields["chart_url"]) + "?token=" + encodeURIComponent(token)];
}

export async function tinybirdVerify(token: string, secret: string, now: number): Promise<Fields> {
  const [header, payload, signature] = token.split(".");
  if (header === undefined || payload === undefined || signature === undefined) throw new Error("malformed");
  if (JSON.parse(atob(header.replace(/-/g, "+").replace(/_/g, "/"))).alg !== "HS256") throw new Error("alg");
  const ok = await hmacVerify(secret, "SHA-256", unbase64url(signature), encoder.encode(header + "." + payload));
  if (!ok) throw new Error("signature");
  const claims = JSON.parse(new TextDecoder().decode(unbase64url(payload))) as Fields;
  if ((claims["exp"] as number) <= now) throw new Error("expired");
  return claims;
}

// ------------------------------------------------------------ papermap-iframe (the seed)

export function papermapMessage(fields: Fields, now: number): Bytes {
  return encoder.encode(String(fields["workspace_id"]) + String(fields["valid_until"] ?? now + 3600));
}

export async function papermapSign(fields: Fields, secret: string, now: number): Promise<[string, string]> {
  const envelope = {
    api_key_id: fields["api_key_id"],
    workspace_id: fields["workspace_id"],
    tenant_id: fields["tenant_id"],
    dashboard_id: fields["dashboard_id"],
    valid_until: fields["valid_until"] ?? now + 3600,
    signature: hex(await hmac(secret, "SHA-256", papermapMessage(fields, now))),
  };
  const token = base64(encoder.encode(asciiJson(envelope, true))).replace(/\+/g, "-").replace(/\//g, "_");
  return [token, "https://papermap.ai/embedded/dashboard?embedded-token=" + token];
}

export async function papermapVerify(token: string, secret: string, now: number): Promise<Fields> {
  const claims = JSON.parse(new TextDecoder().decode(unbase64url(token))) as Fields;
  const received = String(claims["signature"]);
  delete claims["signature"];
  const mac = Uint8Array.from(received.match(/../g) ?? [], (h) => parseInt(h, 16));
  if (!(await hmacVerify(secret, "SHA-256", mac, papermapMessage(claims, now)))) throw new Error("signature");
  if ((claims["valid_until"] as number) <= now) throw new Error("expired");
  return claims;
}

// ------------------------------------------------------------ looker-signed-url (embed SDK)

const LOOKER_SIGNED = [
  "nonce", "time", "session_length", "external_user_id", "permissions", "models",
  "group_ids", "external_group_id", "user_attributes", "access_filters",
];
const LOOKER_UNSIGNED = ["first_name", "last_name", "user_timezone", "force_logout_login"];

function lookerParams(fields: Fields, now: number, nonce: Bytes): Record<string, string> {
  const params: Record<string, string> = {
    nonce: JSON.stringify(hex(nonce)),
    time: JSON.stringify(now),
    session_length: JSON.stringify(fields["session_length"] ?? 3600),
    external_user_id: JSON.stringify(fields["external_user_id"]),
    permissions: JSON.stringify(fields["permissions"]),
    models: JSON.stringify(fields["models"]),
  };
  for (const name of ["group_ids", "external_group_id", "user_attributes"]) {
    if (fields[name] !== undefined) params[name] = JSON.stringify(fields[name]);
  }
  params["access_filters"] = JSON.stringify(fields["access_filters"] ?? {});
  for (const name of LOOKER_UNSIGNED) {
    if (fields[name] !== undefined) params[name] = JSON.stringify(fields[name]);
  }
  return params;
}

function lookerString(host: string, path: string, params: Record<string, string>): Bytes {
  const signed = LOOKER_SIGNED.filter((name) => params[name] !== undefined).map((name) => params[name]);
  return encoder.encode([host, path, ...signed].join("\n"));
}

export function lookerMessage(fields: Fields, now: number, nonce: Bytes): Bytes {
  const path = "/login/embed/" + encodeURIComponent(String(fields["embed_url"]));
  return lookerString(String(fields["host"]), path, lookerParams(fields, now, nonce));
}

export async function lookerSign(fields: Fields, secret: string, now: number, nonce: Bytes): Promise<string> {
  const host = String(fields["host"]);
  const path = "/login/embed/" + encodeURIComponent(String(fields["embed_url"]));
  const params = lookerParams(fields, now, nonce);
  params["signature"] = base64(await hmac(secret, "SHA-1", lookerString(host, path, params)));
  const query = Object.entries(params).map(([name, value]) => name + "=" + encodeURIComponent(value));
  return "https://" + host + path + "?" + query.join("&");
}

export async function lookerVerify(url: string, secret: string, now: number): Promise<Fields> {
  const [base = "", query = ""] = url.split("?", 2);
  if (!base.startsWith("https://")) throw new Error("malformed");
  const slash = base.indexOf("/", 8);
  const host = base.slice(8, slash);
  const path = base.slice(slash);
  const texts: Record<string, string> = {};
  for (const pair of query.split("&")) {
    const at = pair.indexOf("=");
    texts[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
  }
  const mac = unbinary(atob(texts["signature"] ?? ""));
  delete texts["signature"];
  if (!(await hmacVerify(secret, "SHA-1", mac, lookerString(host, path, texts)))) throw new Error("signature");
  const claims: Fields = { host, embed_url: decodeURIComponent(path.slice("/login/embed/".length)) };
  for (const [name, text] of Object.entries(texts)) claims[name] = JSON.parse(text) as Json;
  if (Math.abs((claims["time"] as number) - now) > 300) throw new Error("time");
  return claims;
}
