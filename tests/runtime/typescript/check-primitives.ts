/**
 * Checks the runtime against conformance/vectors/primitives.json, read with
 * the runtime's own parser.
 *
 * Usage: node check-primitives.js <path/to/primitives.json>
 *
 * Prints one line per failing case, then "N passed, M failed"; exits non-zero
 * when any case fails.
 */

import { Buffer } from "node:buffer";
import { readFileSync } from "node:fs";
import { argv, exit } from "node:process";

import {
  type ByteEncoding,
  type HmacAlgorithm,
  type JsonMap,
  type JsonValue,
  type SecretEncoding,
  type SpaceEncoding,
  COMPACT_PROFILE,
  EmbedsealError,
  constantTimeEqual,
  decodeBytes,
  decodeSecret,
  encodeBytes,
  encodeJson,
  hmac,
  parseJson,
  percentDecode,
  percentEncode,
} from "./runtime.js";

/** A case of the file (or an object inside one), with typed field access. */
class Case {
  private readonly fields: JsonMap;

  constructor(value: JsonValue | undefined) {
    if (!(value instanceof Map)) {
      throw new Error("not a JSON object");
    }
    this.fields = value;
  }

  entries(): IterableIterator<[string, JsonValue]> {
    return this.fields.entries();
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }

  string(name: string): string {
    const value = this.fields.get(name);
    if (typeof value !== "string") {
      throw new Error(`field "${name}" is not a string`);
    }
    return value;
  }

  boolean(name: string): boolean {
    const value = this.fields.get(name);
    if (typeof value !== "boolean") {
      throw new Error(`field "${name}" is not a boolean`);
    }
    return value;
  }

  bytes(name: string): Uint8Array {
    return decodeBytes(this.string(name), "hex", name);
  }

  object(name: string): Case {
    return new Case(this.fields.get(name));
  }
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (actual !== expected) {
    const shown = `got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`;
    throw new Error(`${what}: ${shown}`);
  }
}

function expectHex(
  actual: Uint8Array,
  expectedHex: string,
  what: string,
): void {
  expectEqual(encodeBytes(actual, "hex"), expectedHex, what);
}

/** Runs `action` and checks that it throws an EmbedsealError with `code`. */
function expectError(code: string, action: () => unknown): EmbedsealError {
  try {
    action();
  } catch (error) {
    if (!(error instanceof EmbedsealError)) {
      throw new Error(`want ${code} error, got ${String(error)}`, {
        cause: error,
      });
    }
    expectEqual(error.code, code, "error code");
    return error;
  }
  throw new Error(`want ${code} error, got success`);
}

type Check = (c: Case) => void;

const CHECKS: Readonly<Record<string, Check>> = {
  json_encode(c) {
    const profile = c.object("profile");
    const value = parseJson(c.string("value_json"));
    const encoded = encodeJson(value, {
      itemSeparator: profile.string("item_separator"),
      keySeparator: profile.string("key_separator"),
      asciiOnly: profile.boolean("ascii_only"),
      sortKeys: profile.boolean("sort_keys"),
    });
    expectEqual(encoded, c.string("expected"), "encoded");
  },

  json_parse(c) {
    const text = c.string("text");
    if (!c.boolean("valid")) {
      expectError("malformed", () => parseJson(text));
      expectError("malformed", () => parseJson(Buffer.from(text, "utf8")));
      return;
    }
    const reencoded = c.string("reencoded");
    expectEqual(
      encodeJson(parseJson(text), COMPACT_PROFILE),
      reencoded,
      "text",
    );
    const fromBytes = parseJson(Buffer.from(text, "utf8"));
    expectEqual(encodeJson(fromBytes, COMPACT_PROFILE), reencoded, "bytes");
  },

  bytes_encode(c) {
    const encoding = c.string("encoding") as ByteEncoding;
    const text = c.string("text");
    expectEqual(encodeBytes(c.bytes("bytes_hex"), encoding), text, "encode");
    expectHex(decodeBytes(text, encoding), c.string("bytes_hex"), "decode");
  },

  bytes_decode_invalid(c) {
    const encoding = c.string("encoding") as ByteEncoding;
    expectError("malformed", () => decodeBytes(c.string("text"), encoding));
  },

  secrets(c) {
    const text = c.string("text");
    const decode = (): Uint8Array =>
      decodeSecret(text, c.string("encoding") as SecretEncoding);
    if (c.has("bytes_hex")) {
      expectHex(decode(), c.string("bytes_hex"), "key");
      return;
    }
    const error = expectError(c.string("error"), decode);
    if (text !== "" && error.message.includes(text)) {
      throw new Error("the error message contains the secret");
    }
  },

  hmac(c) {
    const mac = hmac(
      c.string("alg") as HmacAlgorithm,
      c.bytes("key_hex"),
      c.bytes("message_hex"),
    );
    expectHex(mac, c.string("mac_hex"), "mac");
  },

  percent_encode(c) {
    const encoded = percentEncode(
      c.string("text"),
      c.string("safe"),
      c.string("space") as SpaceEncoding,
    );
    expectEqual(encoded, c.string("expected"), "encoded");
  },

  percent_decode(c) {
    const decode = (): string =>
      percentDecode(c.string("text"), c.boolean("plus_is_space"));
    if (c.has("expected")) {
      expectEqual(decode(), c.string("expected"), "decoded");
    } else {
      expectError(c.string("error"), decode);
    }
  },

  compare(c) {
    const equal = constantTimeEqual(c.bytes("a_hex"), c.bytes("b_hex"));
    expectEqual(equal, c.boolean("equal"), "equal");
  },
};

/** TypeScript-specific checks that the shared file cannot express. */
const EXTRA_CHECKS: Readonly<Record<string, () => void>> = {
  "map-keeps-integer-like-key-order"() {
    const value = new Map([
      ["b", 1],
      ["10", 2],
      ["1", 3],
    ]);
    const encoded = encodeJson(value, COMPACT_PROFILE);
    expectEqual(encoded, '{"b":1,"10":2,"1":3}', "encoded");
  },
  "plain-object-sorted"() {
    const value = { b: [true, null], a: "x", "\u{1f600}": 1, "\uffff": 2 };
    const encoded = encodeJson(value, { ...COMPACT_PROFILE, sortKeys: true });
    expectEqual(
      encoded,
      '{"a":"x","b":[true,null],"\uffff":2,"\u{1f600}":1}',
      "encoded",
    );
  },
  "encode-refuses-non-integers"() {
    for (const bad of [1.5, 2 ** 53, -(2 ** 53), NaN, Infinity]) {
      expectError("invalid_input", () => encodeJson([bad], COMPACT_PROFILE));
    }
  },
  "encode-refuses-lone-surrogate"() {
    const value = new Map([["\ud800", "x"]]);
    expectError("invalid_input", () => encodeJson(value, COMPACT_PROFILE));
  },
  "encode-refuses-non-json"() {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const values: unknown[] = [{ a: undefined }, new Date(0), 1n, cycle];
    for (const value of values) {
      const encode = (): string =>
        encodeJson(value as JsonValue, COMPACT_PROFILE);
      expectError("invalid_input", encode);
    }
  },
  "weak-key"() {
    expectError("weak_key", () => decodeSecret("short", "utf8", 32));
  },
};

function main(path: string): number {
  let passed = 0;
  let failed = 0;
  const run = (name: string, check: () => void): void => {
    try {
      check();
      passed++;
    } catch (error) {
      failed++;
      const reason = error instanceof Error ? error.message : String(error);
      console.log(`FAIL ${name}: ${reason}`);
    }
  };

  const file = new Case(parseJson(readFileSync(path)));
  for (const [section, cases] of file.entries()) {
    if (!Array.isArray(cases)) {
      continue; // metadata such as "schema"
    }
    for (const value of cases) {
      const id = value instanceof Map ? value.get("id") : undefined;
      run(`${section}/${typeof id === "string" ? id : "?"}`, () => {
        const check = CHECKS[section];
        if (check === undefined) {
          throw new Error("no check for this section");
        }
        check(new Case(value));
      });
    }
  }
  for (const [name, check] of Object.entries(EXTRA_CHECKS)) {
    run(`typescript/${name}`, check);
  }

  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

const path = argv[2];
if (path === undefined) {
  console.error("usage: node check-primitives.js <primitives.json>");
  exit(2);
}
exit(main(path));
