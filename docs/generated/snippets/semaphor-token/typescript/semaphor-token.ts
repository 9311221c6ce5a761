// Code generated from spec/formats/semaphor-token.yaml — do not edit.

/**
 * Semaphor dashboard token (Semaphor): {@link exchange} the secret for a token, {@link revoke} it.
 *
 * One self-contained file: `fetch` and the standard library only, for Node.js 18+, Deno, Bun,
 * edge runtimes. The secret goes to the vendor over HTTPS (the vendor issues the token); it is
 * never in an error. Call it from your back end: a browser must never hold the secret.
 *
 * @see https://docs.semaphor.cloud/docs/embedding/token-options
 * @see https://docs.semaphor.cloud/docs/api/tokens
 * @module
 */

/** What {@link exchange} takes, keyed by wire name. */
export interface SemaphorTokenInput {
  /**
   * Semaphor's API origin (injectable for tests and private deployments). Default:
   * `"https://semaphor.cloud"`.
   */
  readonly server_url?: string | undefined;
  /** The dashboard's id (d_…). */
  readonly dashboardId: string;
  /** How long the token lives, in seconds (Semaphor's default is one hour). */
  readonly tokenExpiry?: number | undefined;
  /** Your id for the person viewing the dashboard. */
  readonly endUserId?: string | undefined;
  /** User parameters the dashboard reads. */
  readonly params?: SemaphorTokenParams | undefined;
}

/** How numbers show as money; values as Intl.NumberFormat takes them. */
export interface SemaphorTokenCurrencyFormat {
  /** A BCP 47 locale: en-US. */
  readonly locale: string;
  /** An ISO 4217 code: USD. */
  readonly currency: string;
}

/** User parameters the dashboard reads. */
export interface SemaphorTokenParams {
  /** How numbers show as money; values as Intl.NumberFormat takes them. */
  readonly currencyFormat?: SemaphorTokenCurrencyFormat | undefined;
}

/** What {@link exchange} returns. */
export interface SemaphorTokenExchanged {
  /** The token Semaphor issued. */
  readonly token: string;
  /** When it expires (Unix seconds); `null` when Semaphor does not say. */
  readonly expiresAt: number | null;
  /** The embed URL; `null` when the format has none. */
  readonly url: string | null;
  /** Semaphor's JSON answer, as received. */
  readonly response: unknown;
}

/** How a call goes: the clock, where it is sent (tests, proxies), how long it may take. */
export interface SemaphorTokenOptions {
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

/** How long a call waits for Semaphor's whole answer, in milliseconds. */
export const TIMEOUT_MS = 10000;

/** Why a call of this file failed (the codes every language of this SDK shares). */
export type SemaphorTokenErrorCode =
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

/**
 * Thrown by {@link exchange} and {@link revoke}: `code` says why; the message never holds a secret.
 */
export class SemaphorTokenError extends Error {
  readonly code: SemaphorTokenErrorCode;
  /** The vendor's HTTP status, when it answered. */
  readonly status: number | undefined;
  /** For `rate_limited`: the seconds to wait, when the vendor said (Retry-After). */
  readonly retryAfter: number | undefined;

  constructor(code: SemaphorTokenErrorCode, message: string, status?: number, retryAfter?: number) {
    super(message);
    this.name = "SemaphorTokenError";
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}

function fail(code: SemaphorTokenErrorCode, message: string): never {
  throw new SemaphorTokenError(code, message);
}

// --8<-- [start:exchange]
/**
 * Sends the secret to Semaphor and returns the token it issues.
 *
 * @param input - the values to send, keyed by wire name; defaults apply to those left out
 * @param secret - The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body.
 * @param options - `now`, `baseUrl`, `timeoutMs`, `fetch`
 * @throws {@link SemaphorTokenError} `invalid_key` for the secret, `invalid_input` for a value, and
 *   for a failed call `invalid_request`, `unauthorized`, `forbidden`, `not_found`, `rate_limited`,
 *   `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: SemaphorTokenInput,
  secret: string,
  options: SemaphorTokenOptions = {},
): Promise<SemaphorTokenExchanged> {
  credential(secret, "the secret");
  const now = options.now ?? Math.floor(Date.now() / 1000);
  object(input, "input", "invalid_input", [
    "server_url",
    "dashboardId",
    "tokenExpiry",
    "endUserId",
    "params",
  ]);
  const serverUrl = text(
    input.server_url ?? "https://semaphor.cloud",
    "server_url",
    "invalid_input",
  );
  const dashboardId = text(input.dashboardId, "dashboardId", "invalid_input");
  const tokenExpiry = integer(input.tokenExpiry ?? 3600, "tokenExpiry", "invalid_input", {
    minimum: 1,
  });
  const endUserId =
    input.endUserId == null ? undefined : text(input.endUserId, "endUserId", "invalid_input");
  const params =
    input.params == null ? undefined : checkParams(input.params, "params", "invalid_input");
  const url = address(`${serverUrl}/api/v1/token`, options.baseUrl);
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  const body = JSON.stringify({
    dashboardId,
    dashboardSecret: secret,
    tokenExpiry,
    endUserId,
    params,
  });
  const answer = await send("POST", url, headers, body, options);
  if (answer.status !== 200) refuse(answer, now);
  const received = readBody(answer.body);
  const token = nonEmpty(received, ["accessToken"]);
  const expiresAt = now + lifetime(tokenExpiry);
  return { token, expiresAt, url: null, response: received };
}
// --8<-- [end:exchange]

/** The values {@link revoke}'s URL uses; defaults apply to those left out. */
export interface SemaphorTokenRevokeInput {
  readonly server_url?: string | undefined;
}

// --8<-- [start:revoke]
/**
 * Invalidates `token` at Semaphor (when the viewer logs out, say).
 *
 * @throws {@link SemaphorTokenError} `invalid_key` for an empty token, `invalid_input` for a value,
 *   and the codes of a failed call (see {@link exchange}).
 */
export async function revoke(
  token: string,
  input: SemaphorTokenRevokeInput = {},
  options: SemaphorTokenOptions = {},
): Promise<void> {
  credential(token, "the token");
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const serverUrl = text(
    input.server_url ?? "https://semaphor.cloud",
    "server_url",
    "invalid_input",
  );
  const url = address(`${serverUrl}/api/v1/invalidate-token`, options.baseUrl);
  const headers = {
    Accept: "application/json",
    Authorization: `Bearer ${token}`,
  };
  const answer = await send("POST", url, headers, undefined, options);
  if (answer.status !== 200) refuse(answer, now);
}
// --8<-- [end:revoke]

/**
 * Checks a {@link SemaphorTokenCurrencyFormat}: its members in declared order (signing refuses
 * others).
 */
function checkCurrencyFormat(
  value: unknown,
  where: string,
  check: Check,
): SemaphorTokenCurrencyFormat {
  const members = object(value, where, check, ["locale", "currency"]);
  return {
    locale: text(members.locale, `${where}.locale`, check),
    currency: text(members.currency, `${where}.currency`, check),
  };
}

/** Checks a {@link SemaphorTokenParams}: its members in declared order (signing refuses others). */
function checkParams(value: unknown, where: string, check: Check): SemaphorTokenParams {
  const members = object(value, where, check, ["currencyFormat"]);
  return {
    currencyFormat:
      members.currencyFormat === undefined
        ? undefined
        : checkCurrencyFormat(members.currencyFormat, `${where}.currencyFormat`, check),
  };
}

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
  options: SemaphorTokenOptions,
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
    if (error instanceof SemaphorTokenError) throw error;
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
    throw new SemaphorTokenError(code, message, answer.status, retryAfter(answer.retryAfter, now));
  }
  throw new SemaphorTokenError(code, message, answer.status);
}

/** The error code of a status. */
function refusal(status: number): SemaphorTokenErrorCode {
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
