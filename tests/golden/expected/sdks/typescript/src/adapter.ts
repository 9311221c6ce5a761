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

import * as goldenClaims from "./golden-claims.js";
import * as goldenEnvelope from "./golden-envelope.js";
import * as goldenLines from "./golden-lines.js";

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
  "golden-claims": {
    sign: async (request) => {
      const input = request["fields"] as goldenClaims.GoldenClaimsInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await goldenClaims.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await goldenClaims.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
  "golden-envelope": {
    sign: async (request) => {
      const input = request["fields"] as goldenEnvelope.GoldenEnvelopeInput;
      const options = {
        now: integer(request, "now"),
        randomBytes: fixedRandom(text(request, "random")),
      };
      return { ...(await goldenEnvelope.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await goldenEnvelope.verify(
          text(request, "token"),
          text(request, "secret"),
          options,
        ),
      };
    },
  },
  "golden-lines": {
    sign: async (request) => {
      const input = request["fields"] as goldenLines.GoldenLinesInput;
      const options = { now: integer(request, "now") };
      return { ...(await goldenLines.sign(input, text(request, "secret"), options)) };
    },
    verify: async (request) => {
      const options = { now: integer(request, "now") };
      return {
        claims: await goldenLines.verify(text(request, "token"), text(request, "secret"), options),
      };
    },
  },
};

/** The formats' error classes: what they throw is an answer, anything else an adapter error. */
const ERRORS = [
  goldenClaims.GoldenClaimsError,
  goldenEnvelope.GoldenEnvelopeError,
  goldenLines.GoldenLinesError,
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
      operations: ["sign", "verify"],
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
