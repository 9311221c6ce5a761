// Code generated from the embedseal runtime — do not edit.

/**
 * Canonical byte encodings (hex and the base64 family) and strict UTF-8.
 *
 * @module
 */

import { Buffer } from "node:buffer";

import { EmbedsealError } from "./errors.js";

/** The byte encodings a format spec can name. */
export type ByteEncoding = "hex" | "base64" | "base64url" | "base64url-nopad";

/**
 * Encodes bytes as lowercase `hex`, padded standard `base64`, padded
 * URL-safe `base64url`, or unpadded URL-safe `base64url-nopad`.
 */
export function encodeBytes(bytes: Uint8Array, encoding: ByteEncoding): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (encoding) {
    case "hex":
      return buffer.toString("hex");
    case "base64":
      return buffer.toString("base64");
    case "base64url":
      return padBase64(buffer.toString("base64url"));
    case "base64url-nopad":
      return buffer.toString("base64url");
    default:
      throw new EmbedsealError("invalid_input", "unknown byte encoding");
  }
}

/**
 * Decodes `text`, accepting only the one canonical spelling of the bytes:
 * the one {@link encodeBytes} would produce. Whitespace, the wrong alphabet,
 * missing or extra padding, uppercase hex and non-zero trailing bits are all
 * refused.
 *
 * @param where - what is being decoded, for the error message
 * @throws {@link EmbedsealError} `malformed` when `text` is not canonical.
 */
export function decodeBytes(
  text: string,
  encoding: ByteEncoding,
  where = "value",
): Uint8Array {
  const bytes = Buffer.from(text, nodeEncoding(encoding));
  if (encodeBytes(bytes, encoding) !== text) {
    throw new EmbedsealError(
      "malformed",
      `${where} is not canonical ${encoding}`,
    );
  }
  return bytes;
}

/** The Node.js decoder for an encoding; it is lenient, so check its result. */
function nodeEncoding(encoding: ByteEncoding): BufferEncoding {
  return encoding === "hex" || encoding === "base64" ? encoding : "base64url";
}

/** Pads base64 text with `=` to a multiple of four characters. */
export function padBase64(text: string): string {
  return text.padEnd(Math.ceil(text.length / 4) * 4, "=");
}

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Whether `text` can be encoded as UTF-8: it has no lone UTF-16 surrogate. */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * The UTF-8 bytes of `text`.
 *
 * @throws {@link EmbedsealError} `invalid_input` for a lone surrogate, which
 *   would otherwise be silently replaced by U+FFFD.
 */
export function utf8Encode(text: string, where = "text"): Uint8Array {
  if (!isWellFormed(text)) {
    throw new EmbedsealError(
      "invalid_input",
      `${where} contains a lone UTF-16 surrogate`,
    );
  }
  return Buffer.from(text, "utf8");
}

/**
 * Decodes UTF-8 strictly: invalid sequences are refused, not replaced, and a
 * leading byte order mark is kept as U+FEFF.
 *
 * @throws {@link EmbedsealError} `malformed` for invalid UTF-8.
 */
export function utf8Decode(bytes: Uint8Array, where = "value"): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(
      bytes,
    );
  } catch {
    throw new EmbedsealError("malformed", `${where} is not valid UTF-8`);
  }
}
