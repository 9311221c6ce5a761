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

import * as boldbiEmbedUrl from "./boldbi-embed-url.js";
import * as embedsealV1 from "./embedseal-v1.js";
import * as lookerSignedUrl from "./looker-signed-url.js";
import * as metabaseEmbed from "./metabase-embed.js";
import * as papermapIframe from "./papermap-iframe.js";
import * as tinybirdJwt from "./tinybird-jwt.js";
import * as boldbiEmbedAuthorize from "./boldbi-embed-authorize.js";
import * as semaphorToken from "./semaphor-token.js";
import * as tooljetPat from "./tooljet-pat.js";
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
    "boldbi-embed-url",
    {
      sign({ secret, fields, now, random }) {
        boldbiEmbedUrl.decodeKey(secret);
        const input = boldbiEmbedUrl.inputFromJson(fields);
        const signed = boldbiEmbedUrl.sign(
          input,
          secret,
          now,
          fixedRandom(random),
        );
        return object([
          ["url", signed.url],
          ["signature", signed.signature],
          [
            "response",
            object([
              ["url", signed.response.url],
              ["signature", signed.response.signature],
            ]),
          ],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", boldbiEmbedUrl.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "embedseal-v1",
    {
      sign({ secret, fields, now, random }) {
        embedsealV1.decodeKey(secret);
        const input = embedsealV1.inputFromJson(fields);
        const signed = embedsealV1.sign(
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
          ["claims", embedsealV1.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "looker-signed-url",
    {
      sign({ secret, fields, now, random }) {
        lookerSignedUrl.decodeKey(secret);
        const input = lookerSignedUrl.inputFromJson(fields);
        const signed = lookerSignedUrl.sign(
          input,
          secret,
          now,
          fixedRandom(random),
        );
        return object([
          ["url", signed.url],
          ["signature", signed.signature],
          ["response", object([["url", signed.response.url]])],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", lookerSignedUrl.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "metabase-embed",
    {
      sign({ secret, fields, now }) {
        metabaseEmbed.decodeKey(secret);
        const input = metabaseEmbed.inputFromJson(fields);
        const signed = metabaseEmbed.sign(input, secret, now);
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
          ["claims", metabaseEmbed.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "papermap-iframe",
    {
      sign({ secret, fields, now }) {
        papermapIframe.decodeKey(secret);
        const input = papermapIframe.inputFromJson(fields);
        const signed = papermapIframe.sign(input, secret, now);
        return object([
          ["token", signed.token],
          ["url", signed.url],
          ["signature", signed.signature],
          [
            "response",
            object([
              ["token", signed.response.token],
              ["dashboard_id", signed.response.dashboardId],
              ["expires_at", signed.response.expiresAt],
            ]),
          ],
        ]);
      },
      verify(secret, token, now) {
        return object([
          ["claims", papermapIframe.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
  [
    "tinybird-jwt",
    {
      sign({ secret, fields, now }) {
        tinybirdJwt.decodeKey(secret);
        const input = tinybirdJwt.inputFromJson(fields);
        const signed = tinybirdJwt.sign(input, secret, now);
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
          ["claims", tinybirdJwt.verifyClaims(token, secret, now)],
        ]);
      },
    },
  ],
]);

const EXCHANGES = new Map<string, ExchangeAdapter>([
  [
    "boldbi-embed-authorize",
    {
      async exchange({ secret, fields, now, baseUrl, timeoutMs }) {
        const input = boldbiEmbedAuthorize.inputFromJson(fields);
        const result = await boldbiEmbedAuthorize.exchange(input, secret, {
          now,
          baseUrl,
          timeoutMs,
        });
        return object([["result", boldbiEmbedAuthorize.exchangedToJson(result)]]);
      },
      revoke: undefined,
    },
  ],
  [
    "semaphor-token",
    {
      async exchange({ secret, fields, now, baseUrl, timeoutMs }) {
        const input = semaphorToken.inputFromJson(fields);
        const result = await semaphorToken.exchange(input, secret, {
          now,
          baseUrl,
          timeoutMs,
        });
        return object([["result", semaphorToken.exchangedToJson(result)]]);
      },
      async revoke({ token, now, baseUrl, timeoutMs }) {
        await semaphorToken.revoke(token, {}, { now, baseUrl, timeoutMs });
        return new Map();
      },
    },
  ],
  [
    "tooljet-pat",
    {
      async exchange({ secret, fields, now, baseUrl, timeoutMs }) {
        const input = tooljetPat.inputFromJson(fields);
        const result = await tooljetPat.exchange(input, secret, {
          now,
          baseUrl,
          timeoutMs,
        });
        return object([["result", tooljetPat.exchangedToJson(result)]]);
      },
      revoke: undefined,
    },
  ],
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
