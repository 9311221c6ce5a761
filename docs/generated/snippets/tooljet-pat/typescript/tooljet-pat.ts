// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

/**
 * ToolJet personal access token (embedded apps) (ToolJet): {@link exchange} the secret for a token.
 *
 * One self-contained file: `fetch` and the standard library only, for Node.js 18+, Deno, Bun,
 * edge runtimes. The secret goes to the vendor over HTTPS (the vendor issues the token); it is
 * never in an error. Call it from your back end: a browser must never hold the secret.
 *
 * @see https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md
 * @module
 */

/** What {@link exchange} takes, keyed by wire name. */
export interface TooljetPatInput {
  /** The ToolJet origin (https://tooljet.example.com). */
  readonly server_url: string;
  /** The user the token acts as. */
  readonly email: string;
  /** The app the token is scoped to. */
  readonly appId: string;
  /** How long the embedded session lasts, in minutes. Default: `60`. */
  readonly sessionExpiry?: number | undefined;
  /** How long the token is valid, in seconds. Default: `3600`. */
  readonly patExpiry?: number | undefined;
}

/** What {@link exchange} returns. */
export interface TooljetPatExchanged {
  /** The token ToolJet issued. */
  readonly token: string;
  /** When it expires (Unix seconds); `null` when ToolJet does not say. */
  readonly expiresAt: number | null;
  /** The embed URL; `null` when the format has none. */
  readonly url: string | null;
  /** ToolJet's JSON answer, as received. */
  readonly response: unknown;
}

/** How a call goes: the clock, where it is sent (tests, proxies), how long it may take. */
export interface TooljetPatOptions {
  /** The current Unix time in seconds (the clock by default). */
  readonly now?: number | undefined;
  /** Replaces the scheme, host and port of the vendor's URL. */
  readonly baseUrl?: string | undefined;
  /** How long to wait for the whole answer, in milliseconds (default {@link TIMEOUT_MS}). */
  readonly timeoutMs?: number | undefined;
  /** The `fetch` to use (the global one by default). */
  readonly fetch?: Fetch | undefined;
}

/** The part of `fetch` a call uses (typed here: no DOM lib or @types/node is needed). */
export type Fetch = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string;
    redirect: "manual";
    signal?: unknown;
  },
) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}>;

/** How long a call waits for ToolJet's whole answer, in milliseconds. */
export const TIMEOUT_MS = 10000;

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type TooljetPatErrorCode =
  | "invalid_key"
  | "invalid_input"
  | "invalid_request"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "rate_limited"
  | "upstream_error"
  | "timeout"
  | "bad_response";

/** Thrown by {@link exchange}: `code` says why; the message never holds a secret. */
export class TooljetPatError extends Error {
  readonly code: TooljetPatErrorCode;
  /** The vendor's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** For `rate_limited`: the seconds to wait, when the vendor said (Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(code: TooljetPatErrorCode, message: string, status?: number, retryAfter?: number) {
    super(message);
    this.name = "TooljetPatError";
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

function fail(code: TooljetPatErrorCode, message: string): never {
  throw new TooljetPatError(code, message);
}

// --8<-- [start:exchange]
/**
 * Sends the secret to ToolJet and returns the token it issues.
 *
 * @param input - the values to send, keyed by wire name; defaults apply to those left out
 * @param secret - The external API access token configured on the ToolJet server, sent as given
 *   after "Authorization: Basic ".
 * @param options - `now`, `baseUrl`, `timeoutMs`, `fetch`
 * @throws {@link TooljetPatError} `invalid_key` for the secret, `invalid_input` for a value, and
 *   for a failed call `invalid_request`, `unauthorized`, `forbidden`, `not_found`, `rate_limited`,
 *   `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: TooljetPatInput,
  secret: string,
  options: TooljetPatOptions = {},
): Promise<TooljetPatExchanged> {
  credential(secret, "the secret");
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "server_url",
    "email",
    "appId",
    "sessionExpiry",
    "patExpiry",
  ]);
  const serverUrl = text(input.server_url, "server_url", "invalid_input");
  const email = text(input.email, "email", "invalid_input");
  const appId = text(input.appId, "appId", "invalid_input");
  const sessionExpiry = integer(input.sessionExpiry ?? 60, "sessionExpiry", "invalid_input", {
    minimum: 1,
  });
  const patExpiry = integer(input.patExpiry ?? 3600, "patExpiry", "invalid_input", { minimum: 1 });
  const url = address(`${serverUrl}/api/ext/users/personal-access-token`, options.baseUrl);
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
    Authorization: `Basic ${secret}`,
  };
  const body = JSON.stringify({ email, appId, sessionExpiry, patExpiry });
  const answer = await send("POST", url, headers, body, options);
  if (![200, 201].includes(answer.status)) refuse(answer, now);
  const received = readBody(answer.body);
  const token = nonEmpty(received, ["personalAccessToken"]);
  const embed = nonEmpty(received, ["redirectUrl"]);
  const expiresAt = now + lifetime(patExpiry);
  return { token, expiresAt, url: embed, response: received };
}
// --8<-- [end:exchange]

/** The code a refused value gets. */
type Check = "invalid_input";

/** A text holding a UTF-16 surrogate without its pair (it has no UTF-8 form). */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** `value` as a plain object (JSON's); signing refuses the members not in `names`. */
function object(
  value: unknown,
  where: string,
  check: Check,
  names: readonly string[],
): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(check, `${where}: expected an object`);
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
  if (typeof value !== "string") fail(check, `${where}: expected a string`);
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
    fail(check, `${where}: expected an integer`);
  }
  if (!Number.isSafeInteger(value)) fail(check, `${where}: outside ±(2^53 - 1)`);
  if (value < minimum) fail(check, `${where}: below the minimum ${minimum}`);
  if (value > maximum) fail(check, `${where}: above the maximum ${maximum}`);
  return value;
}

/** Refuses an empty credential, or one that would break a header line (never echoed). */
function credential(value: string, what: string): void {
  if (typeof value !== "string" || value === "") fail("invalid_key", `${what} is empty`);
  if (/[\r\n\0]/.test(value)) fail("invalid_key", `${what} holds a line break or NUL`);
}

/** An absolute http(s) URL; with `baseUrl`, its scheme, host and port replaced. */
function address(url: string, baseUrl: string | undefined): string {
  const origin = /^https?:\/\/([^/?#]*)/.exec(url);
  if (origin === null || origin[1] === "") {
    fail("invalid_input", "the server URL must start with https:// (or http://) and a host");
  }
  if (baseUrl === undefined) return url;
  if (!/^https?:\/\/[^/?#]+/.test(baseUrl)) fail("invalid_input", "baseUrl is not an http(s) URL");
  return baseUrl.replace(/\/+$/, "") + url.slice(origin[0].length);
}

/** AbortController (typed here: no DOM lib or @types/node is needed). */
type AbortControllerClass = new () => { readonly signal: unknown; abort(): void };

/** What came back: the status, Retry-After, the body as text. */
interface Received {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: string;
}

/**
 * One round trip, the whole answer within the timeout. Redirects are not followed: the
 * credential must not travel elsewhere.
 */
async function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  options: TooljetPatOptions,
): Promise<Received> {
  const fetch = options.fetch ?? (Reflect.get(globalThis, "fetch") as Fetch);
  const Controller = Reflect.get(globalThis, "AbortController") as AbortControllerClass | undefined;
  const controller = Controller === undefined ? undefined : new Controller();
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve(undefined);
    }, timeoutMs);
  });
  const call = (async (): Promise<Received> => {
    const response = await fetch(url, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
      redirect: "manual",
      ...(controller === undefined ? {} : { signal: controller.signal }),
    });
    const bytes = await response.arrayBuffer();
    let text = "";
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = "\u0000"; // not UTF-8: not JSON either
    }
    return { status: response.status, retryAfter: response.headers.get("retry-after"), body: text };
  })();
  try {
    const received = await Promise.race([call, late]);
    if (received === undefined) {
      call.catch(() => undefined); // the aborted call's failure is expected
      fail("timeout", `no answer within ${timeoutMs} ms`);
    }
    return received;
  } catch (error) {
    if (error instanceof TooljetPatError) throw error;
    fail("upstream_error", "the vendor could not be reached");
  } finally {
    clearTimeout(timer);
  }
}

/** A status outside the successful ones, as its error (`rate_limited` with Retry-After). */
function refuse(answer: Received, now: number): never {
  const message = `the vendor answered HTTP ${answer.status}`;
  const code = refusal(answer.status);
  if (code === "rate_limited") {
    throw new TooljetPatError(code, message, answer.status, retryAfter(answer.retryAfter, now));
  }
  throw new TooljetPatError(code, message, answer.status);
}

/** The error code of a status. */
function refusal(status: number): TooljetPatErrorCode {
  if (status === 400) return "invalid_request";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 429) return "rate_limited";
  if (Math.floor(status / 100) === 4) return "invalid_request";
  if (Math.floor(status / 100) === 5) return "upstream_error";
  return "bad_response";
}

/** Retry-After in seconds: delta-seconds, or an HTTP date relative to `now`. */
function retryAfter(header: string | null, now: number): number | undefined {
  const text = (header ?? "").trim();
  if (/^[0-9]+$/.test(text)) return Number(text);
  const when = Date.parse(text);
  return Number.isNaN(when) ? undefined : Math.max(0, Math.floor(when / 1000) - now);
}

/** The vendor's JSON answer. */
function readBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    fail("bad_response", "the body is not JSON");
  }
}

/** The value at `path` (object members from the root), `undefined` when it is not there. */
function member(body: unknown, path: readonly string[]): unknown {
  let value = body;
  for (const name of path) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    if (!Object.hasOwn(value, name)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** A non-empty string at `path`. */
function nonEmpty(body: unknown, path: readonly string[]): string {
  const value = member(body, path);
  if (typeof value !== "string" || value === "") {
    fail("bad_response", `${path.join(".")} is not a non-empty string`);
  }
  return value;
}

/** The token's lifetime in seconds: a non-negative integer of seconds. */
function lifetime(value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail("bad_response", "the token's lifetime is not a non-negative integer");
  }
  return value;
}
