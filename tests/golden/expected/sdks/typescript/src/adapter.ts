// Code generated from spec/formats/ — do not edit.

/**
 * The conformance adapter: reads one JSON request per line on stdin and
 * writes one JSON answer per line on stdout, for every format.
 *
 * Not part of the library's API; `node dist/adapter.js`.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { createInterface } from "node:readline";
import { stdin, stdout, version } from "node:process";

import * as goldenClaims from "./golden-claims.js";
import * as goldenEnvelope from "./golden-envelope.js";
import * as goldenLines from "./golden-lines.js";
import {
  COMPACT_PROFILE,
  EmbedsealError,
  type JsonMap,
  type JsonValue,
  encodeJson,
  fixedRandom,
  parseJsonKeepingNumbers,
} from "./runtime/runtime.js";

/** One sign request's inputs. */
interface SignRequest {
  readonly secret: string;
  readonly fields: JsonValue;
  readonly now: number;
  readonly random: Uint8Array;
}

/** One format's sign and verify, JSON in and JSON out. */
interface FormatAdapter {
  sign(request: SignRequest): JsonMap;
  verify(secret: string, token: string, now: number): JsonMap;
}

/** One exchange or revoke request, as sent by the harness. */
interface CallRequest {
  readonly secret: string;
  readonly fields: JsonValue;
  readonly now: number;
  readonly token: string;
  readonly baseUrl: string;
  readonly timeoutMs: number | undefined;
}

/** One exchange format's calls, JSON in and JSON out. */
interface ExchangeAdapter {
  exchange(request: CallRequest): Promise<JsonMap>;
  revoke: ((request: CallRequest) => Promise<JsonMap>) | undefined;
}

/** A JSON object without the members whose value is `undefined`. */
function object(entries: [string, unknown][]): JsonMap {
  const out: JsonMap = new Map();
  for (const [name, value] of entries) {
    if (value !== undefined) {
      out.set(name, value as JsonValue);
    }
  }
  return out;
}

const FORMATS = new Map<string, FormatAdapter>([
  [
    "golden-claims",
    {
      sign({ secret, fields, now, random }) {
        goldenClaims.decodeKey(secret);
        const input = goldenClaims.inputFromJson(fields);
        const signed = goldenClaims.sign(
          input,
          secret,
          now,
          fixedRandom(random),
        );
        return object([
          ["token", signed.token],
          ["url", signed.url],
          ["signature", signed.signature],
          [
            "response",
            object([
              ["token", signed.response.token],
              ["url", signed.response.url],
              ["expires_at", signed.response.expiresAt],
            ]),
          ],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", goldenClaims.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "golden-envelope",
    {
      sign({ secret, fields, now, random }) {
        goldenEnvelope.decodeKey(secret);
        const input = goldenEnvelope.inputFromJson(fields);
        const signed = goldenEnvelope.sign(
          input,
          secret,
          now,
          fixedRandom(random),
        );
        return object([
          ["token", signed.token],
          ["url", signed.url],
          ["signature", signed.signature],
          [
            "response",
            object([
              ["token", signed.response.token],
              ["expires_at", signed.response.expiresAt],
            ]),
          ],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", goldenEnvelope.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "golden-lines",
    {
      sign({ secret, fields, now }) {
        goldenLines.decodeKey(secret);
        const input = goldenLines.inputFromJson(fields);
        const signed = goldenLines.sign(input, secret, now);
        return object([
          ["url", signed.url],
          ["signature", signed.signature],
          ["response", object([["url", signed.response.url]])],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", goldenLines.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
]);

const EXCHANGES = new Map<string, ExchangeAdapter>([
]);

/** An exchange or revoke request: the generated call, awaited. */
async function call(request: JsonMap, op: string): Promise<JsonMap> {
  const format = EXCHANGES.get(text(request, "format"));
  const run = op === "exchange" ? format?.exchange : format?.revoke;
  if (run === undefined) {
    throw new Error(`no ${op} for this format`);
  }
  const now = request.get("now");
  const timeoutMs = request.get("timeout_ms");
  const result = await run({
    secret: op === "exchange" || request.has("secret") ? text(request, "secret") : "",
    fields: request.get("fields") ?? new Map(),
    now: typeof now === "number" ? now : Math.floor(Date.now() / 1000),
    token: op === "revoke" ? text(request, "token") : "",
    baseUrl: text(request, "base_url"),
    timeoutMs: typeof timeoutMs === "number" ? timeoutMs : undefined,
  });
  return new Map([["ok", true], ...result]);
}

/** A request member that must be a string. */
function text(request: JsonMap, name: string): string {
  const value = request.get(name);
  if (typeof value !== "string") {
    throw new Error(`request member ${name} is not a string`);
  }
  return value;
}

/** The conformance protocol version this adapter speaks. */
const PROTOCOL = 1;

/** The answer to the protocol handshake `{"op": "start", "protocol": 1}`. */
function hello(request: JsonMap): JsonMap {
  if (request.get("protocol") !== PROTOCOL) {
    return object([
      ["ok", false],
      ["error", "unsupported_protocol"],
      ["detail", `speaks ${PROTOCOL}`],
    ]);
  }
  return object([
    ["ok", true],
    ["protocol", PROTOCOL],
    ["language", "typescript"],
    ["runtime", `node ${version}`],
    ["formats", [...FORMATS.keys(), ...EXCHANGES.keys()]],
    [
      "operations",
      EXCHANGES.size > 0
        ? ["sign", "verify", "exchange", "revoke"]
        : ["sign", "verify"],
    ],
  ]);
}

/** Handles one request line; `undefined` for the stop request. */
async function handle(request: JsonMap): Promise<JsonMap | undefined> {
  const op = request.get("op");
  if (op === "stop") {
    return undefined;
  }
  if (op === "start") {
    return hello(request);
  }
  if (op === "exchange" || op === "revoke") {
    return call(request, op);
  }
  const format = FORMATS.get(text(request, "format"));
  if (format === undefined) {
    throw new Error("unknown format");
  }
  const secret = text(request, "secret");
  const now = request.get("now");
  if (typeof now !== "number") {
    throw new Error("request member now is not a number");
  }
  const result =
    op === "sign"
      ? format.sign({
          secret,
          fields: request.get("fields") ?? new Map(),
          now,
          random: Buffer.from(text(request, "random"), "hex"),
        })
      : format.verify(secret, text(request, "token"), now);
  return new Map([["ok", true], ...result]);
}

/** The answer to one line, as JSON text; `undefined` for the stop request. */
async function answer(line: string): Promise<string | undefined> {
  let id: JsonValue = null;
  let response: JsonMap | undefined;
  try {
    const request = parseJsonKeepingNumbers(line, "request");
    if (!(request instanceof Map)) {
      throw new Error("the request is not a JSON object");
    }
    id = request.get("id") ?? null;
    response = await handle(request);
    if (response === undefined) {
      return undefined;
    }
  } catch (error) {
    response =
      error instanceof EmbedsealError
        ? object([
            ["ok", false],
            ["error", error.code],
            ["retry_after", error.retryAfter],
          ])
        : object([
            ["ok", false],
            ["error", "adapter_error"],
            ["detail", error instanceof Error ? error.message : String(error)],
          ]);
  }
  return encodeAnswer(new Map([["id", id], ...response]), id);
}

/**
 * The answer as one line of JSON, member by member: the answer's own nesting
 * must not count against the depth limit of the claims it carries.
 */
function encodeAnswer(answer: JsonMap, id: JsonValue): string {
  try {
    const members = [...answer].map(
      ([name, value]) =>
        `${encodeJson(name, COMPACT_PROFILE)}:${encodeJson(value, COMPACT_PROFILE)}`,
    );
    return `{${members.join(",")}}`;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return encodeJson(
      new Map<string, JsonValue>([
        ["id", id],
        ["ok", false],
        ["error", "adapter_error"],
        ["detail", `unencodable answer: ${detail}`],
      ]),
      COMPACT_PROFILE,
    );
  }
}

const lines = createInterface({ input: stdin, crlfDelay: Infinity });
let stopped = false;
// Answers go out in request order: each line waits for the one before it.
let queue: Promise<void> = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    if (stopped || line.trim() === "") {
      return;
    }
    const out = await answer(line);
    if (out === undefined) {
      stopped = true;
      lines.close();
      return;
    }
    stdout.write(`${out}\n`);
  });
});
