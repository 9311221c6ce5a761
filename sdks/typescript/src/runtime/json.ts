// Code generated from the embedseal runtime — do not edit.

/**
 * JSON values and a hand-written encoder with a pinned output profile.
 * `JSON.stringify` differs from the other embedseal runtimes on exactly the
 * points that matter for signatures, so it is not used.
 *
 * @module
 */

import { Buffer } from "node:buffer";

import { isWellFormed } from "./bytes.js";
import { EmbedsealError } from "./errors.js";

/**
 * A JSON object as a plain record.
 *
 * JavaScript lists integer-like keys ("1", "10") first whatever order they
 * were written in; use a {@link JsonMap} where member order matters.
 */
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A JSON object whose members keep their insertion order, whatever the keys. */
export type JsonMap = Map<string, JsonValue>;

/**
 * A JSON value. Numbers must be safe integers (|n| ≤ 2^53 − 1).
 *
 * `parseJson` returns every object as a {@link JsonMap}, so member order
 * survives a parse; {@link encodeJson} accepts both object forms.
 */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | JsonObject | JsonMap;

/**
 * The deepest nesting of arrays and objects that is written or accepted: a
 * signer never writes what its verifier's parser refuses.
 */
export const MAX_DEPTH = 64;

/** How {@link encodeJson} lays out its output. */
export interface JsonProfile {
  /** Between array items and object members: `","` or `", "`. */
  readonly itemSeparator: string;
  /** Between a key and its value: `":"` or `": "`. */
  readonly keySeparator: string;
  /** Escape U+007F and every code point above it (Python's `ensure_ascii`). */
  readonly asciiOnly: boolean;
  /** Sort the keys of every object by code point (their UTF-8 byte order). */
  readonly sortKeys: boolean;
}

/** No spaces, raw UTF-8, members in their given order. */
export const COMPACT_PROFILE: JsonProfile = {
  itemSeparator: ",",
  keySeparator: ":",
  asciiOnly: false,
  sortKeys: false,
};

/**
 * Encodes `value` byte for byte like Python's `json.dumps` with the same
 * separators, `ensure_ascii` and `sort_keys`.
 *
 * @throws {@link EmbedsealError} `invalid_input` for a number that is not a
 *   safe integer, a string with a lone surrogate, nesting deeper than
 *   {@link MAX_DEPTH} (so also a value that contains itself), or anything that
 *   is not a JSON value.
 */
export function encodeJson(value: JsonValue, profile: JsonProfile): string {
  return encodeValue(value, profile, "$", 0);
}

function encodeValue(
  value: unknown,
  profile: JsonProfile,
  path: string,
  depth: number,
): string {
  if (value === null) {
    return "null";
  }
  switch (typeof value) {
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isSafeInteger(value)) {
        throw invalidInput(path, "is not an integer within ±(2^53 - 1)");
      }
      return String(value);
    case "string":
      return quote(value, profile.asciiOnly, path);
    case "object":
      return encodeContainer(value, profile, path, depth + 1);
    default:
      throw invalidInput(path, `is a ${typeof value}, not a JSON value`);
  }
}

function encodeContainer(
  value: object,
  profile: JsonProfile,
  path: string,
  depth: number,
): string {
  if (depth > MAX_DEPTH) {
    throw invalidInput(path, `is nested deeper than ${MAX_DEPTH} levels`);
  }
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, index) =>
      encodeValue(item, profile, `${path}[${index}]`, depth),
    );
    return `[${items.join(profile.itemSeparator)}]`;
  }
  const entries = objectEntries(value, path);
  if (profile.sortKeys) {
    entries.sort(([a], [b]) => compareCodePoints(a, b));
  }
  const members = entries.map(([key, item]) => {
    const where = `${path}.${key}`;
    const encoded = encodeValue(item, profile, where, depth);
    return (
      quote(key, profile.asciiOnly, where) + profile.keySeparator + encoded
    );
  });
  return `{${members.join(profile.itemSeparator)}}`;
}

/** The members of a `Map` or a plain object, in their own order. */
function objectEntries(value: object, path: string): [string, unknown][] {
  if (value instanceof Map) {
    const entries = [...(value as Map<unknown, unknown>)];
    if (entries.some(([key]) => typeof key !== "string")) {
      throw invalidInput(path, "is a Map with a key that is not a string");
    }
    return entries as [string, unknown][];
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw invalidInput(path, "is neither a plain object, an array nor a Map");
  }
  return Object.entries(value);
}

/** Orders strings by code point, which is their UTF-8 byte order. */
function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
};
const MUST_ESCAPE = /["\\\u0000-\u001f]/g;
const MUST_ESCAPE_ASCII = /["\\\u0000-\u001f\u007f-\uffff]/g;

/** A JSON string literal; `\uXXXX` escapes are per UTF-16 code unit. */
function quote(text: string, asciiOnly: boolean, path: string): string {
  if (!isWellFormed(text)) {
    throw invalidInput(path, "contains a lone UTF-16 surrogate");
  }
  const pattern = asciiOnly ? MUST_ESCAPE_ASCII : MUST_ESCAPE;
  const escaped = text.replace(
    pattern,
    (unit) =>
      SHORT_ESCAPES[unit] ??
      `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return `"${escaped}"`;
}

function invalidInput(path: string, problem: string): EmbedsealError {
  return new EmbedsealError(
    "invalid_input",
    `JSON value at ${path} ${problem}`,
  );
}
