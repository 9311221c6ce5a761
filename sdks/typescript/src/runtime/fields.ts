// Code generated from the embedseal runtime — do not edit.

/**
 * Field values: shape checks shared by signing and verification, the
 * conversion between typed objects and JSON, randomness and time rules.
 *
 * @module
 */

import { randomBytes } from "node:crypto";

import { type ByteEncoding, encodeBytes } from "./bytes.js";
import { EmbedsealError } from "./errors.js";
import {
  COMPACT_PROFILE,
  type JsonMap,
  type JsonValue,
  encodeJson,
} from "./json.js";
import { parseJson } from "./json-parser.js";

/** The value types a format spec can declare. */
export type ShapeType =
  "string" | "integer" | "unix-time" | "boolean" | "object" | "array";

/** A value's declared type and constraints, as written in the format spec. */
export interface Shape {
  readonly type: ShapeType;
  /** The type of every item of an array. */
  readonly items?: Shape;
  /** The members of a declared object; absent for a free JSON object. */
  readonly properties?: readonly Member[];
  /** Wire names of which exactly one must be present. */
  readonly exactlyOneOf?: readonly string[];
  readonly enum?: readonly (string | number | boolean)[];
  /** The longest string (in code points) or array allowed. */
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** A field or a member of a declared object. */
export interface Member {
  /** The exact name on the wire. */
  readonly name: string;
  /** The TypeScript property that stands for it. */
  readonly ident: string;
  readonly shape: Shape;
  readonly required: boolean;
  /** The only value the member may have, when the spec fixes it. */
  readonly fixed?: JsonValue;
}

/** The code a refused value gets: while signing, or while verifying. */
export type CheckCode = "invalid_input" | "invalid_claim";

/**
 * Refuses `value` with `code` unless it has `shape` and meets its
 * constraints. Unknown members of declared objects are refused only while
 * signing (`invalid_input`).
 *
 * @param where - the value's path, for the message
 */
export function checkShape(
  shape: Shape,
  value: unknown,
  where: string,
  code: CheckCode,
): void {
  if (!hasType(shape.type, value)) {
    fail(code, `${where}: expected ${shape.type}, got ${jsonType(value)}`);
  }
  if (shape.type === "object") {
    checkObject(shape, value as object, where, code);
  } else if (shape.type === "array" && shape.items !== undefined) {
    const items = shape.items;
    (value as unknown[]).forEach((item, index) => {
      checkShape(items, item, `${where}[${index}]`, code);
    });
  }
  checkConstraints(shape, value, where, code);
}

/**
 * Checks declared members in order: an absent required member is missing
 * (`missing_claim` while verifying), a present one must have its shape.
 */
export function checkMembers(
  members: readonly Member[],
  object: object,
  where: string,
  code: CheckCode,
): void {
  const missing = code === "invalid_claim" ? "missing_claim" : code;
  const entries = new Map(objectEntries(object));
  for (const member of members) {
    const path = where === "" ? member.name : `${where}.${member.name}`;
    if (!entries.has(member.name)) {
      if (member.required) {
        fail(missing, `${path} is required`);
      }
      continue;
    }
    const value = entries.get(member.name);
    checkShape(member.shape, value, path, code);
    if (member.fixed !== undefined && value !== member.fixed) {
      fail(code, `${path} must be ${String(member.fixed)}`);
    }
  }
}

function hasType(type: ShapeType, value: unknown): boolean {
  switch (type) {
    case "integer":
    case "unix-time":
      return typeof value === "number" && Number.isInteger(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return false;
  }
}

/** A `Map` or a plain object: what JSON calls an object. */
export function isObject(value: unknown): value is object {
  if (value instanceof Map) {
    return true;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The members of a `Map` or a plain object, in their own order. */
export function objectEntries(value: object): [string, unknown][] {
  return value instanceof Map
    ? [...(value as Map<string, unknown>)]
    : Object.entries(value);
}

function jsonType(value: unknown): string {
  if (value === null || value === undefined) {
    return "null";
  }
  if (typeof value === "number") {
    return Number.isInteger(value) ? "integer" : "number";
  }
  if (Array.isArray(value)) {
    return "array";
  }
  return isObject(value) ? "object" : typeof value;
}

function checkObject(
  shape: Shape,
  value: object,
  where: string,
  code: CheckCode,
): void {
  const properties = shape.properties ?? [];
  if (properties.length === 0) {
    try {
      encodeJson(value as JsonValue, COMPACT_PROFILE);
    } catch (error) {
      if (error instanceof EmbedsealError) {
        fail(code, `${where}: ${error.message}`);
      }
      throw error;
    }
    return;
  }
  if (code === "invalid_input") {
    const declared = new Set(properties.map((member) => member.name));
    for (const [key] of objectEntries(value)) {
      if (!declared.has(key)) {
        fail(code, `${where}: unknown member ${JSON.stringify(key)}`);
      }
    }
  }
  checkMembers(properties, value, where, code);
  const oneOf = shape.exactlyOneOf ?? [];
  if (oneOf.length > 0) {
    const entries = new Map(objectEntries(value));
    const present = oneOf.filter((name) => entries.has(name));
    if (present.length !== 1) {
      fail(code, `${where}: exactly one of ${oneOf.join(", ")} is required`);
    }
  }
}

function checkConstraints(
  shape: Shape,
  value: unknown,
  where: string,
  code: CheckCode,
): void {
  if (shape.enum !== undefined && shape.enum.length > 0) {
    if (!shape.enum.includes(value as string | number | boolean)) {
      fail(code, `${where}: not one of ${shape.enum.join(", ")}`);
    }
  }
  if (shape.maxLength !== undefined) {
    const length =
      typeof value === "string" ? [...value].length : (value as []).length;
    if (length > shape.maxLength) {
      fail(code, `${where}: longer than ${shape.maxLength} characters`);
    }
  }
  if (typeof value !== "number") {
    return;
  }
  if (!Number.isSafeInteger(value)) {
    fail(code, `${where}: integer outside ±(2^53 - 1)`);
  }
  if (shape.minimum !== undefined && value < shape.minimum) {
    fail(code, `${where}: below the minimum ${shape.minimum}`);
  }
  if (shape.maximum !== undefined && value > shape.maximum) {
    fail(code, `${where}: above the maximum ${shape.maximum}`);
  }
}

/**
 * A typed value as JSON: declared objects become {@link JsonMap}s keyed by
 * wire name in declared order. Anything unexpected is returned as it is, for
 * {@link checkShape} to refuse.
 */
export function toJsonValue(shape: Shape, value: unknown): unknown {
  const properties = shape.properties ?? [];
  if (shape.type === "array" && shape.items !== undefined) {
    const items = shape.items;
    return Array.isArray(value)
      ? value.map((item: unknown) => toJsonValue(items, item))
      : value;
  }
  if (properties.length === 0 || !isObject(value) || value instanceof Map) {
    return value;
  }
  const typed = value as Record<string, unknown>;
  const out = new Map<string, unknown>();
  for (const member of properties) {
    const item = typed[member.ident];
    if (item !== undefined) {
      out.set(member.name, toJsonValue(member.shape, item));
    }
  }
  return out;
}

/**
 * A checked JSON value as its typed form: declared objects become plain
 * objects keyed by TypeScript property; free objects stay {@link JsonMap}s.
 */
export function fromJsonValue(shape: Shape, value: JsonValue): unknown {
  const properties = shape.properties ?? [];
  if (Array.isArray(value)) {
    const items = shape.items;
    return items === undefined
      ? value
      : value.map((item) => fromJsonValue(items, item));
  }
  if (properties.length === 0 || !(value instanceof Map)) {
    return value;
  }
  return membersFromJson(properties, value);
}

/** The typed object for the declared `members` present in `object`. */
export function membersFromJson(
  members: readonly Member[],
  object: JsonMap,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const member of members) {
    const item = object.get(member.name);
    if (item !== undefined) {
      out[member.ident] = fromJsonValue(member.shape, item);
    }
  }
  return out;
}

/** Where random bytes come from: `count` fresh bytes per call. */
export type RandomSource = (count: number) => Uint8Array;

/** Cryptographically secure random bytes from `node:crypto`. */
export const secureRandom: RandomSource = (count) => randomBytes(count);

/**
 * A source that hands out the given bytes in order, for reproducible tests.
 *
 * @throws {@link EmbedsealError} `invalid_input` when the bytes run out.
 */
export function fixedRandom(data: Uint8Array): RandomSource {
  let offset = 0;
  return (count) => {
    if (offset + count > data.length) {
      throw new EmbedsealError(
        "invalid_input",
        `random: needs ${count} more bytes`,
      );
    }
    offset += count;
    return data.slice(offset - count, offset);
  };
}

/** How a random field writes its bytes. */
export type RandomEncoding = ByteEncoding | "uuid";

/**
 * Random bytes as text; `uuid` is an RFC 9562 version 4 UUID (version and
 * variant bits set on the 16 bytes, lowercase 8-4-4-4-12).
 */
export function randomText(
  bytes: Uint8Array,
  encoding: RandomEncoding,
): string {
  if (encoding !== "uuid") {
    return encodeBytes(bytes, encoding);
  }
  const b = Uint8Array.from(bytes.subarray(0, 16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = encodeBytes(b, "hex");
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join("-");
}

/** The current Unix time in whole seconds. */
export function currentTime(): number {
  return Math.floor(Date.now() / 1000);
}

/** A format's time rules: which claims carry times, limits and leeway. */
export interface TimePolicy {
  readonly expires?: string;
  readonly issuedAt?: string;
  readonly notBefore?: string;
  readonly maxAge?: number;
  readonly maxLifetime?: number;
  readonly leeway: number;
}

/**
 * Applies the time rules in a fixed order: expired, not yet valid, lifetime
 * too long. A token expires at `exp <= now - leeway`.
 *
 * @throws {@link EmbedsealError} `expired`, `not_yet_valid` or
 *   `lifetime_too_long`.
 */
export function checkTimes(
  policy: TimePolicy,
  claims: JsonMap,
  now: number,
): void {
  const time = (name: string | undefined): number | undefined => {
    const value = name === undefined ? undefined : claims.get(name);
    return typeof value === "number" ? value : undefined;
  };
  const expires = time(policy.expires);
  const issued = time(policy.issuedAt);
  const notBefore = time(policy.notBefore);
  const { leeway } = policy;
  if (expires !== undefined && expires <= now - leeway) {
    throw new EmbedsealError("expired", `expired at ${expires}, now ${now}`);
  }
  if (
    issued !== undefined &&
    policy.maxAge !== undefined &&
    issued + policy.maxAge <= now - leeway
  ) {
    throw new EmbedsealError("expired", `older than ${policy.maxAge}s`);
  }
  for (const value of [notBefore, issued]) {
    if (value !== undefined && value > now + leeway) {
      throw new EmbedsealError("not_yet_valid", `${value} is after now ${now}`);
    }
  }
  if (expires !== undefined && policy.maxLifetime !== undefined) {
    const lifetime = expires - (issued ?? now);
    if (lifetime > policy.maxLifetime) {
      throw new EmbedsealError(
        "lifetime_too_long",
        `lives ${lifetime}s, at most ${policy.maxLifetime}s`,
      );
    }
  }
}

function fail(code: CheckCode | "missing_claim", detail: string): never {
  throw new EmbedsealError(code, detail);
}

/**
 * Checks one resolved field value and adds it to `values` as JSON.
 * `undefined` and `null` mean absent: refused when the field is required.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function putValue(values: JsonMap, field: Member, value: unknown): void {
  if (value === undefined || value === null) {
    if (field.required) {
      fail("invalid_input", `${field.name} is required`);
    }
    return;
  }
  const json = toJsonValue(field.shape, value);
  checkShape(field.shape, json, field.name, "invalid_input");
  values.set(field.name, json as JsonValue);
}

/** The members of `values` named in `fields`, in that order. */
export function pick(values: JsonMap, fields: readonly Member[]): JsonMap {
  const out: JsonMap = new Map();
  for (const field of fields) {
    const value = values.get(field.name);
    if (value !== undefined) {
      out.set(field.name, value);
    }
  }
  return out;
}

/**
 * Typed sign inputs from parsed JSON keyed by wire name, checked like a sign
 * call checks them: unknown names, wrong types, non-integers and unknown
 * members of declared objects are refused; `null` means absent.
 *
 * @throws {@link EmbedsealError} `invalid_input`.
 */
export function inputMembersFromJson(
  inputs: readonly Member[],
  json: JsonValue,
): Record<string, unknown> {
  if (!(json instanceof Map)) {
    fail("invalid_input", "the input is not a JSON object");
  }
  const known = new Set(inputs.map((field) => field.name));
  for (const name of json.keys()) {
    if (!known.has(name)) {
      fail("invalid_input", `${JSON.stringify(name)} is not an input`);
    }
  }
  const out: Record<string, unknown> = {};
  for (const field of inputs) {
    const value = json.get(field.name);
    if (value !== undefined && value !== null) {
      checkShape(field.shape, value, field.name, "invalid_input");
      out[field.ident] = fromJsonValue(field.shape, value);
    }
  }
  return out;
}

/**
 * Parses a JSON object strictly.
 *
 * @throws {@link EmbedsealError} `malformed` when it is not a JSON object.
 */
export function parseObject(bytes: Uint8Array, where: string): JsonMap {
  const value = parseJson(bytes, where);
  if (!(value instanceof Map)) {
    throw new EmbedsealError("malformed", `the ${where} is not a JSON object`);
  }
  return value;
}
