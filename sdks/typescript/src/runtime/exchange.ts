// Code generated from the embedseal runtime — do not edit.

/**
 * The HTTP side of exchange formats: send the request with `fetch`, map the
 * status to an error code, read the token from the answer.
 *
 * Redirects are never followed (credentials must not travel elsewhere). No
 * error message holds the secret or the token.
 *
 * @module
 */

import { type ErrorCode, EmbedsealError } from "./errors.js";
import type { JsonValue } from "./json.js";

/** The part of a `fetch` response an exchange reads. */
export interface FetchResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** What an exchange passes to `fetch`. */
export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  redirect: "manual";
  signal?: unknown;
}

/** A `fetch` function: the global one by default, injectable for tests. */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

/** Options every exchange and revocation call takes. */
export interface CallOptions {
  /** The current Unix time in seconds (the clock by default). */
  readonly now?: number | undefined;
  /** Replaces the scheme, host and port of the request URL (tests, proxies). */
  readonly baseUrl?: string | undefined;
  /** How long to wait for the complete answer, in milliseconds. */
  readonly timeoutMs?: number | undefined;
  /** The `fetch` to use (the global one by default). */
  readonly fetch?: FetchLike | undefined;
}

/** The answer as received: status, headers, body text. */
export interface HttpAnswer {
  readonly status: number;
  readonly retryAfterHeader: string | null;
  readonly body: string;
}

/** How a format reads answers: success statuses, the status → error table. */
export interface ResponseRules {
  readonly success: readonly number[];
  readonly statusErrors: Readonly<Record<string, ErrorCode>>;
}

function fail(code: ErrorCode, detail: string, status?: number): never {
  throw new EmbedsealError(code, detail, status);
}

/**
 * Refuses an empty credential, or one that would break a header (never echoed).
 *
 * @throws {@link EmbedsealError} `invalid_key`.
 */
export function checkCredential(value: unknown, what: string): void {
  if (typeof value !== "string") {
    fail("invalid_key", `${what}: expected a string`);
  }
  if (value === "") {
    fail("invalid_key", `${what} is empty`);
  }
  if (/[\r\n\0]/.test(value)) {
    fail("invalid_key", `${what} holds a line break or NUL`);
  }
}

const ORIGIN = /^(https?):\/\/([^/?#]*)/;

/**
 * The URL checked (absolute http(s)); with `baseUrl`, its origin replaced.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function absoluteUrl(url: string, baseUrl: string | undefined): string {
  const match = ORIGIN.exec(url);
  if (match === null) {
    fail("invalid_input", "the server URL must start with https:// (or http://)");
  }
  if (match[2] === "") {
    fail("invalid_input", "the server URL has no host");
  }
  if (baseUrl === undefined) {
    return url;
  }
  const base = ORIGIN.exec(baseUrl);
  if (base === null || base[2] === "") {
    fail("invalid_input", "baseUrl must be an absolute http(s) URL");
  }
  return baseUrl.replace(/\/+$/, "") + url.slice(match[0].length);
}

interface AbortControllerLike {
  readonly signal: unknown;
  abort(): void;
}

function defaultFetch(): FetchLike {
  const global = globalThis as unknown as { fetch?: FetchLike };
  if (global.fetch === undefined) {
    throw new Error("no global fetch: pass options.fetch (Node.js 18 or later has one)");
  }
  return global.fetch.bind(globalThis);
}

/**
 * One round trip, the whole answer within `timeoutMs`.
 *
 * @throws {@link EmbedsealError} `timeout` or `upstream_error` (no answer).
 */
export async function send(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
  fetchFn: FetchLike | undefined,
): Promise<HttpAnswer> {
  const doFetch = fetchFn ?? defaultFetch();
  const Controller = (
    globalThis as unknown as { AbortController?: new () => AbortControllerLike }
  ).AbortController;
  const controller = Controller === undefined ? undefined : new Controller();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller?.abort();
      resolve("timeout");
    }, timeoutMs);
  });
  const init: FetchInit = { method, headers, redirect: "manual" };
  if (body !== undefined) {
    init.body = body;
  }
  if (controller !== undefined) {
    init.signal = controller.signal;
  }
  const exchange = (async (): Promise<HttpAnswer> => {
    const response = await doFetch(url, init);
    const text = await response.text();
    return {
      status: response.status,
      retryAfterHeader: response.headers.get("retry-after"),
      body: text,
    };
  })();
  try {
    const outcome = await Promise.race([exchange, expired]);
    if (outcome === "timeout") {
      exchange.catch(() => undefined); // the aborted request's failure is expected
      fail("timeout", `no answer within ${timeoutMs} ms`);
    }
    return outcome;
  } catch (error) {
    if (error instanceof EmbedsealError) {
      throw error;
    }
    fail("upstream_error", "the vendor could not be reached");
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A status outside `success` throws the format's error for it.
 *
 * @throws {@link EmbedsealError} with the mapped code.
 */
export function checkStatus(
  rules: ResponseRules,
  answer: HttpAnswer,
  now: number,
): void {
  if (rules.success.includes(answer.status)) {
    return;
  }
  let code: ErrorCode = "bad_response";
  for (const key of [String(answer.status), `${Math.floor(answer.status / 100)}xx`]) {
    const mapped = rules.statusErrors[key];
    if (mapped !== undefined) {
      code = mapped;
      break;
    }
  }
  const message = `the vendor answered HTTP ${answer.status}`;
  if (code === "rate_limited") {
    throw new EmbedsealError(code, message, answer.status, retryAfter(answer, now));
  }
  throw new EmbedsealError(code, message, answer.status);
}

/** Retry-After in seconds (delta-seconds, or an HTTP date relative to `now`). */
export function retryAfter(answer: HttpAnswer, now: number): number | undefined {
  const text = (answer.retryAfterHeader ?? "").trim();
  if (/^[0-9]+$/.test(text)) {
    return Number.parseInt(text, 10);
  }
  if (text === "") {
    return undefined;
  }
  const when = Date.parse(text);
  if (Number.isNaN(when)) {
    return undefined;
  }
  return Math.max(0, Math.floor(when / 1000) - now);
}

/**
 * The body as JSON.
 *
 * @throws {@link EmbedsealError} `bad_response` when it is not JSON.
 */
export function parseBody(answer: HttpAnswer): JsonValue {
  try {
    return JSON.parse(answer.body) as JsonValue;
  } catch {
    fail("bad_response", "the body is not JSON");
  }
}

/** Marks a member that is not there. */
export const MISSING: unique symbol = Symbol("missing");

/** The value at `path` (object members from the root), or `MISSING`. */
export function member(
  body: JsonValue,
  path: readonly string[],
): JsonValue | typeof MISSING {
  let value: JsonValue = body;
  for (const name of path) {
    if (
      value === null ||
      typeof value !== "object" ||
      Array.isArray(value) ||
      value instanceof Map ||
      !Object.prototype.hasOwnProperty.call(value, name)
    ) {
      return MISSING;
    }
    value = (value as Record<string, JsonValue>)[name] as JsonValue;
  }
  return value;
}

/**
 * The member at `path` must equal the scalar `expected`.
 *
 * @throws {@link EmbedsealError} `bad_response`.
 */
export function requireMember(
  body: JsonValue,
  path: readonly string[],
  expected: string | number | boolean | null,
): void {
  if (member(body, path) !== expected) {
    fail("bad_response", `${path.join(".")} is not ${JSON.stringify(expected)}`);
  }
}

/**
 * A non-empty string at `path`.
 *
 * @throws {@link EmbedsealError} `bad_response`.
 */
export function stringMember(body: JsonValue, path: readonly string[]): string {
  const value = member(body, path);
  if (typeof value !== "string" || value === "") {
    fail("bad_response", `${path.join(".")} is not a non-empty string`);
  }
  return value;
}

/**
 * A non-negative integer lifetime in its unit, in seconds.
 *
 * @throws {@link EmbedsealError} `bad_response`.
 */
export function lifetime(value: unknown, multiplier: number, divisor: number): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    fail("bad_response", "the token's lifetime is not a non-negative integer");
  }
  return Math.floor((value * multiplier) / divisor);
}

/** The text of a URL template value. */
export function urlText(values: ReadonlyMap<string, JsonValue>, name: string): string {
  const text = values.get(name);
  if (typeof text !== "string") {
    fail("invalid_input", `${name} is required for the URL`);
  }
  return text;
}
