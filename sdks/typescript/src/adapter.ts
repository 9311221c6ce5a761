// Code generated from spec/formats/ — do not edit.

/**
 * The conformance adapter (protocol v1): one JSON request per line on stdin, one JSON answer
 * per line on stdout. It calls the formats' own files, nothing else generated; reading the
 * requests is its own business (a fraction must stay a fraction: `1.0` is not `1`).
 *
 * Not part of the package: `node dist/adapter.js`.
 *
 * @module
 */

import { stdin, stdout, version } from "node:process";
import { createInterface } from "node:readline";

import * as boldbiEmbedUrl from "./boldbi-embed-url.js";
import * as embedsealV1 from "./embedseal-v1.js";
import * as lightdashEmbed from "./lightdash-embed.js";
import * as lookerSignedUrl from "./looker-signed-url.js";
import * as metabaseEmbed from "./metabase-embed.js";
import * as papermapIframe from "./papermap-iframe.js";
import * as sigmaJwt from "./sigma-jwt.js";
import * as sigmaSignedUrl from "./sigma-signed-url.js";
import * as sisenseJwt from "./sisense-jwt.js";
import * as tableauConnectedApp from "./tableau-connected-app.js";
import * as tinybirdJwt from "./tinybird-jwt.js";
import * as boldbiEmbedAuthorize from "./boldbi-embed-authorize.js";
import * as semaphorToken from "./semaphor-token.js";
import * as tooljetPat from "./tooljet-pat.js";

/** A request, as read. */
type Request = Record<string, unknown>;

/** The members an answer adds to `{"id": …, "ok": true}`. */
type Answer = Record<string, unknown>;

/** One format's operations. */
interface Operations {
  readonly sign?: (request: Request) => Promise<Answer>;
  readonly verify?: (request: Request) => Promise<Answer>;
  readonly exchange?: (request: Request) => Promise<Answer>;
  readonly revoke?: (request: Request) => Promise<Answer>;
}

const FORMATS: Readonly<Record<string, Operations>> = {
  "boldbi-embed-url": {
    sign: async (request) => {
      const input = request["fields"] as boldbiEmbedUrl.BoldbiEmbedUrlInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await boldbiEmbedUrl.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await boldbiEmbedUrl.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "embedseal-v1": {
    sign: async (request) => {
      const input = request["fields"] as embedsealV1.EmbedsealV1Input;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await embedsealV1.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await embedsealV1.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
  "lightdash-embed": {
    sign: async (request) => {
      const input = request["fields"] as lightdashEmbed.LightdashEmbedInput;
      const options = { now: integer(request, "now") };
      return { ...(await lightdashEmbed.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await lightdashEmbed.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "looker-signed-url": {
    sign: async (request) => {
      const input = request["fields"] as lookerSignedUrl.LookerSignedUrlInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await lookerSignedUrl.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await lookerSignedUrl.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "metabase-embed": {
    sign: async (request) => {
      const input = request["fields"] as metabaseEmbed.MetabaseEmbedInput;
      const options = { now: integer(request, "now") };
      return { ...(await metabaseEmbed.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await metabaseEmbed.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "papermap-iframe": {
    sign: async (request) => {
      const input = request["fields"] as papermapIframe.PapermapIframeInput;
      const options = { now: integer(request, "now") };
      return { ...(await papermapIframe.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await papermapIframe.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "sigma-jwt": {
    sign: async (request) => {
      const input = request["fields"] as sigmaJwt.SigmaJwtInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await sigmaJwt.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await sigmaJwt.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
  "sigma-signed-url": {
    sign: async (request) => {
      const input = request["fields"] as sigmaSignedUrl.SigmaSignedUrlInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await sigmaSignedUrl.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await sigmaSignedUrl.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "sisense-jwt": {
    sign: async (request) => {
      const input = request["fields"] as sisenseJwt.SisenseJwtInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await sisenseJwt.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await sisenseJwt.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
  "tableau-connected-app": {
    sign: async (request) => {
      const input = request["fields"] as tableauConnectedApp.TableauConnectedAppInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      // The format builds no embed URL: the protocol says so with null.
      return {
        ...(await tableauConnectedApp.sign(input, text(request, "secret"), options)),
        url: null,
      };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await tableauConnectedApp.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "tinybird-jwt": {
    sign: async (request) => {
      const input = request["fields"] as tinybirdJwt.TinybirdJwtInput;
      const options = { now: integer(request, "now") };
      return { ...(await tinybirdJwt.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await tinybirdJwt.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
  "boldbi-embed-authorize": {
    exchange: async (request) => {
      const input = request["fields"] as boldbiEmbedAuthorize.BoldbiEmbedAuthorizeInput;
      const result = await boldbiEmbedAuthorize.exchange(
        input,
        text(request, "secret"),
        callOptions(request),
      );
      const { token, expiresAt, url, response } = result;
      return { result: { token, expires_at: expiresAt, url, response } };
    },
  },
  "semaphor-token": {
    exchange: async (request) => {
      const input = request["fields"] as semaphorToken.SemaphorTokenInput;
      const result = await semaphorToken.exchange(
        input,
        text(request, "secret"),
        callOptions(request),
      );
      const { token, expiresAt, url, response } = result;
      return { result: { token, expires_at: expiresAt, url, response } };
    },
    revoke: async (request) => {
      await semaphorToken.revoke(text(request, "token"), {}, callOptions(request));
      return {};
    },
  },
  "tooljet-pat": {
    exchange: async (request) => {
      const input = request["fields"] as tooljetPat.TooljetPatInput;
      const result = await tooljetPat.exchange(
        input,
        text(request, "secret"),
        callOptions(request),
      );
      const { token, expiresAt, url, response } = result;
      return { result: { token, expires_at: expiresAt, url, response } };
    },
  },
};

/** The formats' error classes: what they throw is an answer, anything else an adapter error. */
const ERRORS = [
  boldbiEmbedUrl.BoldbiEmbedUrlError,
  embedsealV1.EmbedsealV1Error,
  lightdashEmbed.LightdashEmbedError,
  lookerSignedUrl.LookerSignedUrlError,
  metabaseEmbed.MetabaseEmbedError,
  papermapIframe.PapermapIframeError,
  sigmaJwt.SigmaJwtError,
  sigmaSignedUrl.SigmaSignedUrlError,
  sisenseJwt.SisenseJwtError,
  tableauConnectedApp.TableauConnectedAppError,
  tinybirdJwt.TinybirdJwtError,
  boldbiEmbedAuthorize.BoldbiEmbedAuthorizeError,
  semaphorToken.SemaphorTokenError,
  tooljetPat.TooljetPatError,
];

/** A request member that must be a string. */
function text(request: Request, name: string): string {
  const value = request[name];
  if (typeof value !== "string") throw new Error(`request member ${name} is not a string`);
  return value;
}

/** A request member that must be an integer. */
function integer(request: Request, name: string): number {
  const value = request[name];
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new Error(`request member ${name} is not an integer`);
  }
  return value;
}

/** An exchange's options: the time, the fake vendor's address, the (scaled) timeout. */
function callOptions(request: Request): { now: number; baseUrl: string; timeoutMs?: number } {
  const timeoutMs = request["timeout_ms"];
  return {
    now: typeof request["now"] === "number" ? request["now"] : Math.floor(Date.now() / 1000),
    baseUrl: text(request, "base_url"),
    ...(typeof timeoutMs === "number" ? { timeoutMs } : {}),
  };
}

/** The vectors' randomness: their bytes in order; running out gives fewer (the format refuses). */
function fixedRandom(hex: string): (count: number) => Uint8Array {
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  let used = 0;
  return (count) => bytes.slice(used, (used += count));
}

/** The conformance protocol version this adapter speaks. */
const PROTOCOL = 1;

/** The answer to one request; `undefined` for `stop`. */
async function handle(request: Request): Promise<Answer | undefined> {
  const op = request["op"];
  if (op === "stop") return undefined;
  if (op === "start") {
    if (request["protocol"] !== PROTOCOL) {
      return { ok: false, error: "unsupported_protocol", detail: `speaks ${PROTOCOL}` };
    }
    return {
      ok: true,
      protocol: PROTOCOL,
      language: "typescript",
      runtime: `node ${version}`,
      formats: Object.keys(FORMATS),
      operations: ["sign", "verify", "exchange", "revoke"],
    };
  }
  const format = FORMATS[text(request, "format")];
  const known = op === "sign" || op === "verify" || op === "exchange" || op === "revoke";
  const operation = known ? format?.[op] : undefined;
  if (operation === undefined) throw new Error(`no ${String(op)} for this format`);
  try {
    return { ok: true, ...(await operation(request)) };
  } catch (error) {
    const refused = ERRORS.find((type) => error instanceof type) === undefined ? undefined : error;
    if (refused === undefined) throw error;
    const { code, retryAfter } = refused as { code: string; retryAfter?: number };
    return {
      ok: false,
      error: code,
      ...(retryAfter === undefined ? {} : { retry_after: retryAfter }),
    };
  }
}

/** The answer line for one request line; `undefined` for `stop`. */
async function answer(line: string): Promise<string | undefined> {
  let id: unknown = null;
  let result: Answer | undefined;
  try {
    const request = readJson(line);
    if (typeof request !== "object" || request === null || Array.isArray(request)) {
      throw new Error("the request is not a JSON object");
    }
    id = (request as Request)["id"] ?? null;
    result = await handle(request as Request);
    if (result === undefined) return undefined;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    result = { ok: false, error: "adapter_error", detail };
  }
  return JSON.stringify({ id, ...result });
}

/** One token of a request line: punctuation, a string, a number or a literal. */
const TOKEN =
  /[\t\n\r ]*(?:([[\]{},:])|"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|(true|false|null))/y;

/**
 * A request line's JSON. Unlike JSON.parse it keeps what the checks must see: a number with a
 * fraction or an exponent becomes a `Number` object, so no format takes it for an integer.
 */
function readJson(text: string): unknown {
  let at = 0;
  const next = (): RegExpExecArray => {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text);
    if (token === null) throw new Error(`invalid JSON at offset ${at}`);
    at = TOKEN.lastIndex;
    return token;
  };
  const value = (token: RegExpExecArray): unknown => {
    const [, mark, string, number, word] = token;
    if (string !== undefined) return JSON.parse(`"${string}"`) as string;
    if (number !== undefined) {
      return /^-?\d+$/.test(number) ? Number(number) : Object(Number(number));
    }
    if (word !== undefined) return word === "null" ? null : word === "true";
    const close = mark === "[" ? "]" : mark === "{" ? "}" : undefined;
    if (close === undefined) throw new Error(`unexpected ${String(mark)} at offset ${at}`);
    const items: unknown[] = [];
    const members: Record<string, unknown> = {};
    let item = next();
    while (item[1] !== close) {
      if (mark === "[") {
        items.push(value(item));
      } else {
        if (item[2] === undefined || next()[1] !== ":") throw new Error(`bad member at ${at}`);
        const key = JSON.parse(`"${item[2]}"`) as string;
        // defineProperty: "__proto__" is a member like any other
        Object.defineProperty(members, key, {
          value: value(next()),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      item = next();
      if (item[1] === ",") {
        item = next();
        if (item[1] === close) throw new Error(`a trailing comma at offset ${at}`);
      } else if (item[1] !== close) {
        throw new Error(`expected , or ${close} at offset ${at}`);
      }
    }
    return mark === "[" ? items : members;
  };
  const result = value(next());
  if (!/^[\t\n\r ]*$/.test(text.slice(at))) throw new Error("text after the JSON value");
  return result;
}

const lines = createInterface({ input: stdin, crlfDelay: Infinity });
let stopped = false;
// Answers go out in request order: each line waits for the one before it.
let queue: Promise<void> = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    if (stopped || line.trim() === "") return;
    const out = await answer(line);
    if (out === undefined) {
      stopped = true;
      lines.close();
      return;
    }
    stdout.write(`${out}\n`);
  });
});
