// Code generated from the embedseal runtime — do not edit.

/**
 * Percent-encoding for signed URLs, with the safe set and the spelling of a
 * space chosen by the format spec.
 *
 * @module
 */

import { Buffer } from "node:buffer";

import { isWellFormed, utf8Decode, utf8Encode } from "./bytes.js";
import { EmbedsealError } from "./errors.js";

/** What a space becomes when it is not in the safe set. */
export type SpaceEncoding = "%20" | "+";

/** `encodeURIComponent`'s safe set. */
export const URI_COMPONENT_SAFE = "-_.!~*'()";

/** RFC 3986's unreserved characters besides letters and digits. */
export const UNRESERVED_SAFE = "-_.~";

const ALPHANUMERIC = /^[A-Za-z0-9]$/;

/**
 * Percent-encodes the UTF-8 bytes of `text`. ASCII letters, digits and the
 * characters of `safe` stay as they are, a space becomes `space` (unless it is
 * safe), and every other byte becomes `%XX` in uppercase hex.
 *
 * @throws {@link EmbedsealError} `invalid_input` for a lone surrogate.
 */
export function percentEncode(
  text: string,
  safe: string,
  space: SpaceEncoding,
): string {
  let out = "";
  for (const byte of utf8Encode(text)) {
    const char = String.fromCharCode(byte);
    if (byte < 0x80 && (ALPHANUMERIC.test(char) || safe.includes(char))) {
      out += char;
    } else if (char === " ") {
      out += space;
    } else {
      out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
  }
  return out;
}

/** An escape, a stray `%`, or a run of literal text: together, all of it. */
const PIECE = /%[0-9A-Fa-f]{2}|%|[^%]+/g;

/**
 * Decodes `%XX` escapes (either case) and, when `plusIsSpace`, `+` as a space.
 *
 * @throws {@link EmbedsealError} `malformed` for a `%` without two hex digits
 *   after it, or when the decoded bytes are not valid UTF-8.
 */
export function percentDecode(text: string, plusIsSpace: boolean): string {
  if (!isWellFormed(text)) {
    throw new EmbedsealError("malformed", "text has a lone UTF-16 surrogate");
  }
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (const [piece] of text.matchAll(PIECE)) {
    if (piece === "%") {
      throw new EmbedsealError(
        "malformed",
        `invalid percent escape at offset ${offset}`,
      );
    }
    if (piece.startsWith("%")) {
      chunks.push(Uint8Array.of(parseInt(piece.slice(1), 16)));
    } else {
      const literal = plusIsSpace ? piece.replaceAll("+", " ") : piece;
      chunks.push(Buffer.from(literal, "utf8"));
    }
    offset += piece.length;
  }
  return utf8Decode(Buffer.concat(chunks), "percent-decoded text");
}
