// Code generated from the embedseal runtime — do not edit.

/**
 * A strict JSON parser for verification: it refuses every document that two
 * JSON parsers could read differently.
 *
 * @module
 */

import { utf8Decode } from "./bytes.js";
import { EmbedsealError } from "./errors.js";
import { type JsonMap, type JsonValue, MAX_DEPTH } from "./json.js";

/**
 * Parses one JSON document strictly: integers only (no fraction, exponent,
 * leading zero, `+` or `-0`, and within ±(2^53 − 1)), no duplicate keys, no
 * lone surrogates, no byte order mark, at most {@link MAX_DEPTH} levels deep.
 *
 * Every object comes back as a {@link JsonMap} in document order.
 *
 * @param input - the document as text, or as bytes that must be valid UTF-8
 * @param where - what the document is (say, "JWT payload"), for messages
 * @throws {@link EmbedsealError} `malformed` when the document breaks a rule.
 */
export function parseJson(
  input: string | Uint8Array,
  where = "JSON document",
): JsonValue {
  const text = typeof input === "string" ? input : utf8Decode(input, where);
  return new Parser(text, where, false).parseDocument();
}

/**
 * Parses a request document for a test harness: like {@link parseJson}, but
 * without a nesting limit, and a fraction, an exponent or an unsafe integer
 * becomes a boxed `Number` object instead of an error, so the value checks
 * can refuse it later as the wrong type (`1.0` stays distinct from `1`).
 *
 * @throws {@link EmbedsealError} `malformed` when the document breaks a rule.
 */
export function parseJsonKeepingNumbers(
  input: string,
  where = "JSON document",
): JsonValue {
  return new Parser(input, where, true).parseDocument();
}

const NUMBER_TAIL = /(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?/y;

const INTEGER = /-?[0-9]+/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const SIMPLE_UNESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

/** A recursive-descent parser over one document; `pos` is a UTF-16 offset. */
class Parser {
  private readonly text: string;
  private readonly where: string;
  private readonly lenient: boolean;
  private pos = 0;

  constructor(text: string, where: string, lenient: boolean) {
    this.text = text;
    this.where = where;
    this.lenient = lenient;
  }

  parseDocument(): JsonValue {
    if (this.text.startsWith("\ufeff")) {
      throw this.error("a byte order mark is not allowed");
    }
    this.skipWhitespace();
    if (this.pos === this.text.length) {
      throw this.error("the document is empty");
    }
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos !== this.text.length) {
      throw this.error("unexpected text after the value");
    }
    return value;
  }

  private parseValue(depth: number): JsonValue {
    const char = this.text[this.pos];
    switch (char) {
      case "{":
        return this.parseObject(depth + 1);
      case "[":
        return this.parseArray(depth + 1);
      case '"':
        return this.parseString();
      case "t":
        return this.parseLiteral("true", true);
      case "f":
        return this.parseLiteral("false", false);
      case "n":
        return this.parseLiteral("null", null);
      case undefined:
        throw this.error("unexpected end of document");
      default:
        if (char === "-" || (char >= "0" && char <= "9")) {
          return this.parseInteger();
        }
        throw this.error("unexpected character");
    }
  }

  private parseObject(depth: number): JsonMap {
    this.enter(depth);
    const members: JsonMap = new Map();
    if (this.skipWhitespace() === "}") {
      this.pos++;
      return members;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') {
        throw this.error("expected a string key");
      }
      const keyOffset = this.pos;
      const key = this.parseString();
      if (members.has(key)) {
        throw this.error("duplicate key", keyOffset);
      }
      this.expect(":");
      this.skipWhitespace();
      members.set(key, this.parseValue(depth));
      if (this.endOfContainer("}")) {
        return members;
      }
    }
  }

  private parseArray(depth: number): JsonValue[] {
    this.enter(depth);
    const items: JsonValue[] = [];
    if (this.skipWhitespace() === "]") {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.parseValue(depth));
      if (this.endOfContainer("]")) {
        return items;
      }
    }
  }

  /** Steps over an opening bracket, refusing nesting beyond the limit. */
  private enter(depth: number): void {
    if (depth > MAX_DEPTH && !this.lenient) {
      throw this.error(`nesting deeper than ${MAX_DEPTH}`);
    }
    this.pos++;
  }

  /** After an item: true at the closing bracket, false after a comma. */
  private endOfContainer(close: "}" | "]"): boolean {
    const char = this.skipWhitespace();
    this.pos++;
    if (char === close) {
      return true;
    }
    if (char !== ",") {
      throw this.error(`expected "," or "${close}"`, this.pos - 1);
    }
    this.skipWhitespace();
    return false;
  }

  private parseString(): string {
    const start = this.pos;
    this.pos++;
    let value = "";
    let chunkStart = this.pos;
    for (;;) {
      const unit = this.text.charCodeAt(this.pos);
      if (unit === 0x22 /* " */) {
        value += this.text.slice(chunkStart, this.pos);
        this.pos++;
        return value;
      }
      if (unit === 0x5c /* \ */) {
        value += this.text.slice(chunkStart, this.pos);
        value += this.parseEscape();
        chunkStart = this.pos;
      } else if (Number.isNaN(unit)) {
        throw this.error("unterminated string", start);
      } else if (unit < 0x20) {
        throw this.error("raw control character in a string");
      } else if (isHighSurrogate(unit)) {
        if (!isLowSurrogate(this.text.charCodeAt(this.pos + 1))) {
          throw this.error("lone surrogate in a string");
        }
        this.pos += 2;
      } else if (isLowSurrogate(unit)) {
        throw this.error("lone surrogate in a string");
      } else {
        this.pos++;
      }
    }
  }

  /** Reads one escape sequence (a surrogate pair takes two) after `\`. */
  private parseEscape(): string {
    const start = this.pos;
    const kind = this.text[this.pos + 1] ?? "";
    this.pos += 2;
    if (kind !== "u") {
      const simple = SIMPLE_UNESCAPES[kind];
      if (simple === undefined) {
        throw this.error("invalid escape", start);
      }
      return simple;
    }
    const unit = this.readHex4(start);
    if (isLowSurrogate(unit)) {
      throw this.error("lone surrogate escape", start);
    }
    if (!isHighSurrogate(unit)) {
      return String.fromCharCode(unit);
    }
    if (!this.text.startsWith("\\u", this.pos)) {
      throw this.error("lone surrogate escape", start);
    }
    this.pos += 2;
    const low = this.readHex4(start);
    if (!isLowSurrogate(low)) {
      throw this.error("lone surrogate escape", start);
    }
    return String.fromCharCode(unit, low);
  }

  private readHex4(escapeStart: number): number {
    const digits = this.text.slice(this.pos, this.pos + 4);
    if (!HEX4.test(digits)) {
      throw this.error("invalid \\u escape", escapeStart);
    }
    this.pos += 4;
    return parseInt(digits, 16);
  }

  private parseInteger(): JsonValue {
    const start = this.pos;
    INTEGER.lastIndex = start;
    const literal = INTEGER.exec(this.text)?.[0];
    if (literal === undefined) {
      throw this.error("invalid number");
    }
    this.pos += literal.length;
    const next = this.text[this.pos];
    if (next === "." || next === "e" || next === "E") {
      if (!this.lenient) {
        throw this.error("only integers are allowed", start);
      }
      if (/^-?0[0-9]/.test(literal)) {
        throw this.error("leading zero in a number", start);
      }
      NUMBER_TAIL.lastIndex = this.pos;
      this.pos += NUMBER_TAIL.exec(this.text)?.[0].length ?? 0;
      return Object(Number(this.text.slice(start, this.pos))) as JsonValue;
    }
    if (/^-?0[0-9]/.test(literal)) {
      throw this.error("leading zero in a number", start);
    }
    if (literal === "-0") {
      if (!this.lenient) {
        throw this.error("-0 is not allowed", start);
      }
      return 0;
    }
    const value = Number(literal);
    if (!Number.isSafeInteger(value)) {
      if (!this.lenient) {
        throw this.error("integer beyond ±(2^53 - 1)", start);
      }
      return Object(value) as JsonValue;
    }
    return value;
  }

  private parseLiteral<T extends JsonValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos)) {
      throw this.error("unexpected character");
    }
    this.pos += word.length;
    return value;
  }

  private expect(char: string): void {
    if (this.skipWhitespace() !== char) {
      throw this.error(`expected "${char}"`);
    }
    this.pos++;
  }

  /** Skips spaces, tabs, LFs and CRs; returns the next character, if any. */
  private skipWhitespace(): string | undefined {
    let char = this.text[this.pos];
    while (char === " " || char === "\t" || char === "\n" || char === "\r") {
      char = this.text[++this.pos];
    }
    return char;
  }

  private error(problem: string, offset = this.pos): EmbedsealError {
    const message = `${this.where} is invalid at offset ${offset}: ${problem}`;
    return new EmbedsealError("malformed", message);
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
