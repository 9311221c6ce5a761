// Code generated from the embedseal runtime — do not edit.

/**
 * Field values as text: signed strings, query strings and embed URLs, and
 * reading a signed URL back (the MAC covers the text as received).
 *
 * @module
 */

import { EmbedsealError } from "./errors.js";
import {
  type JsonMap,
  type JsonProfile,
  type JsonValue,
  encodeJson,
} from "./json.js";
import { parseJson } from "./json-parser.js";
import { type SpaceEncoding, percentDecode, percentEncode } from "./percent.js";

/** A field value written as plain text, JSON text or percent-encoded text. */
export type TextEncoding = "text" | "json" | "percent";

/** How a format writes values into messages and URLs. */
export interface TextRules {
  /** The JSON profile for `json` values. */
  readonly json: JsonProfile;
  /** Characters kept as they are besides ASCII letters and digits. */
  readonly safe: string;
  /** What a space becomes. */
  readonly space: SpaceEncoding;
}

/** One piece of a signed string: `prefix` + the field's value as text. */
export interface MessagePart {
  readonly field: string;
  readonly prefix: string;
  readonly encode: TextEncoding;
}

/** A literal piece of a URL template, or a placeholder. */
export type TemplatePart =
  | string
  | { readonly token: true }
  | { readonly field: string; readonly percent: boolean };

/** One query parameter of the embed URL. */
export type QueryParam =
  | { readonly name: string; readonly value: "token" | "signature" }
  | {
      readonly name: string;
      readonly field: string;
      readonly encode: "text" | "json";
    };

/** The embed URL's layout. */
export interface UrlLayout {
  readonly base: readonly TemplatePart[];
  readonly query: readonly QueryParam[];
  readonly fragment?: readonly TemplatePart[];
}

/** Strings as they are, integers in decimal, booleans as `true`/`false`. */
export function plainText(value: JsonValue): string {
  if (typeof value === "boolean") {
    return value ? "true" : "false";
  }
  return String(value);
}

/** A value as it is written into a message or a URL. */
export function valueText(
  value: JsonValue,
  encode: TextEncoding,
  rules: TextRules,
): string {
  if (encode === "json") {
    return encodeJson(value, rules.json);
  }
  const text = plainText(value);
  return encode === "percent"
    ? percentEncode(text, rules.safe, rules.space)
    : text;
}

/** The signed string: the parts of present fields, joined by `join`. */
export function signedString(
  values: JsonMap,
  parts: readonly MessagePart[],
  join: string,
  rules: TextRules,
): string {
  const pieces: string[] = [];
  for (const part of parts) {
    const value = values.get(part.field);
    if (value !== undefined) {
      pieces.push(part.prefix + valueText(value, part.encode, rules));
    }
  }
  return pieces.join(join);
}

/**
 * `name=value&…` in declared order, both %-encoded. Absent fields are left
 * out, and so are the token and signature parameters while they are absent.
 */
export function queryString(
  values: JsonMap,
  layout: UrlLayout,
  rules: TextRules,
  token?: string,
  signature?: string,
): string {
  const pairs: string[] = [];
  for (const param of layout.query) {
    let text: string | undefined;
    if ("value" in param) {
      text = param.value === "token" ? token : signature;
    } else {
      const value = values.get(param.field);
      text =
        value === undefined ? undefined : valueText(value, param.encode, rules);
    }
    if (text !== undefined) {
      const name = percentEncode(param.name, rules.safe, rules.space);
      pairs.push(`${name}=${percentEncode(text, rules.safe, rules.space)}`);
    }
  }
  return pairs.join("&");
}

/** What ends a base URL early: a raw value holding it could not be read back. */
const ENDS_BASE = /[?#]/;

/**
 * A URL template with its placeholders filled, raw or %-encoded.
 *
 * @throws {@link EmbedsealError} `invalid_input` for a raw value holding `?`
 *   or `#` in a base (`isBase`).
 */
function renderTemplate(
  parts: readonly TemplatePart[],
  values: JsonMap,
  rules: TextRules,
  token: string | undefined,
  isBase: boolean,
): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") {
      out += part;
    } else if ("token" in part) {
      out += token ?? "";
    } else {
      const text = plainText(values.get(part.field) ?? "");
      if (part.percent) {
        out += percentEncode(text, rules.safe, rules.space);
      } else if (isBase && ENDS_BASE.test(text)) {
        throw new EmbedsealError(
          "invalid_input",
          `${part.field}: '?' and '#' cannot appear here`,
        );
      } else {
        out += text;
      }
    }
  }
  return out;
}

/**
 * The full embed URL: base, `?` query (with token or signature), `#` fragment.
 *
 * @throws {@link EmbedsealError} `invalid_input` when a value placed raw in
 *   the base holds `?` or `#`.
 */
export function buildUrl(
  values: JsonMap,
  layout: UrlLayout,
  rules: TextRules,
  token?: string,
  signature?: string,
): string {
  let url = renderTemplate(layout.base, values, rules, token, true);
  const query = queryString(values, layout, rules, token, signature);
  if (query !== "") {
    url += `?${query}`;
  }
  if (layout.fragment !== undefined) {
    url += `#${renderTemplate(layout.fragment, values, rules, token, false)}`;
  }
  return url;
}

/** One field as it arrived in a URL. */
export interface ReceivedField {
  /** The text as received. */
  readonly raw: string;
  /** The percent-decoded text. */
  readonly text: string;
  /** `percent` for a %-encoded template placeholder. */
  readonly encode: TextEncoding;
}

/** A signed URL taken apart: each field's text, the signature, the query. */
export interface ReceivedUrl {
  readonly fields: Map<string, ReceivedField>;
  readonly rawQuery: string;
  readonly signature: string;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * Splits `url` by the format's template and query parameters. The query must
 * hold known parameters in declared order and end with the signature.
 *
 * @throws {@link EmbedsealError} `malformed` for anything unexpected.
 */
export function parseReceivedUrl(url: string, layout: UrlLayout): ReceivedUrl {
  const withoutFragment = url.split("#", 1)[0] ?? "";
  const mark = withoutFragment.indexOf("?");
  const base = mark < 0 ? withoutFragment : withoutFragment.slice(0, mark);
  const query = mark < 0 ? "" : withoutFragment.slice(mark + 1);
  const fields = new Map<string, ReceivedField>();

  const pattern = layout.base
    .map((part) =>
      typeof part === "string" ? part.replace(REGEX_SPECIAL, "\\$&") : "(.*?)",
    )
    .join("");
  const match = new RegExp(`^(?:${pattern})$`, "s").exec(base);
  if (match === null) {
    throw malformed("the URL does not match the format's base URL");
  }
  let group = 1;
  for (const part of layout.base) {
    if (typeof part === "string") {
      continue;
    }
    const raw = match[group++] ?? "";
    if ("field" in part) {
      const text = part.percent ? percentDecode(raw, false) : raw;
      fields.set(part.field, {
        raw,
        text,
        encode: part.percent ? "percent" : "text",
      });
    }
  }

  const pairs = query === "" ? [] : query.split("&").map(splitPair);
  const expected = layout.query;
  let position = 0;
  let signature = "";
  for (const [name, raw] of pairs) {
    while (position < expected.length && expected[position]?.name !== name) {
      position++;
    }
    const param = expected[position];
    if (param === undefined) {
      throw malformed(`unexpected, repeated or out-of-order parameter ${name}`);
    }
    position++;
    if ("value" in param) {
      if (param.value === "signature") {
        signature = percentDecode(raw, false);
      }
    } else {
      const text = percentDecode(raw, false);
      fields.set(param.field, { raw, text, encode: param.encode });
    }
  }
  const last = pairs[pairs.length - 1];
  if (last === undefined || expected[expected.length - 1]?.name !== last[0]) {
    throw malformed("the URL does not end with its signature parameter");
  }
  return { fields, rawQuery: query, signature };
}

function splitPair(item: string): [string, string] {
  const equals = item.indexOf("=");
  if (equals < 0) {
    throw malformed("a query item has no '='");
  }
  return [percentDecode(item.slice(0, equals), false), item.slice(equals + 1)];
}

/** The query as received without its last (signature) parameter. */
export function receivedQueryText(received: ReceivedUrl): string {
  const cut = received.rawQuery.lastIndexOf("&");
  return cut < 0 ? "" : received.rawQuery.slice(0, cut);
}

/**
 * The signed string rebuilt from a received URL: %-encoded parts use the
 * text as received when it arrived %-encoded.
 */
export function receivedSignedString(
  received: ReceivedUrl,
  parts: readonly MessagePart[],
  join: string,
  rules: TextRules,
): string {
  const pieces: string[] = [];
  for (const part of parts) {
    const got = received.fields.get(part.field);
    if (got === undefined) {
      continue;
    }
    let text = got.text;
    if (part.encode === "percent") {
      text =
        got.encode === "percent"
          ? got.raw
          : percentEncode(got.text, rules.safe, rules.space);
    }
    pieces.push(part.prefix + text);
  }
  return pieces.join(join);
}

/** What a received field's text is read as. */
export type TextKind = "string" | "integer" | "boolean" | "other";

const INTEGER_TEXT = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * The received fields as JSON values, in the order they arrived: JSON text
 * parsed, integers and booleans read, everything else a string.
 *
 * @param kinds - each field's declared kind, by wire name
 * @throws {@link EmbedsealError} `malformed` for invalid JSON text,
 *   `invalid_claim` for an integer or boolean that is not one.
 */
export function receivedClaims(
  received: ReceivedUrl,
  kinds: ReadonlyMap<string, TextKind>,
): JsonMap {
  const claims: JsonMap = new Map();
  for (const [name, got] of received.fields) {
    claims.set(name, typedText(name, got, kinds.get(name) ?? "string"));
  }
  return claims;
}

function typedText(
  name: string,
  got: ReceivedField,
  kind: TextKind,
): JsonValue {
  if (got.encode === "json") {
    return parseJson(got.text, name);
  }
  if (kind === "integer") {
    if (!INTEGER_TEXT.test(got.text) || got.text === "-0") {
      throw new EmbedsealError("invalid_claim", `${name} is not an integer`);
    }
    return Number(got.text);
  }
  if (kind === "boolean") {
    if (got.text !== "true" && got.text !== "false") {
      throw new EmbedsealError("invalid_claim", `${name} is not true or false`);
    }
    return got.text === "true";
  }
  return got.text;
}

function malformed(detail: string): EmbedsealError {
  return new EmbedsealError("malformed", detail);
}
