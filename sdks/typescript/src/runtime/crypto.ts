// Code generated from the embedseal runtime — do not edit.

/**
 * Secrets, HMAC and constant-time comparison, on top of `node:crypto`.
 *
 * @module
 */

import { Buffer } from "node:buffer";
import { createHmac, timingSafeEqual } from "node:crypto";

import { isWellFormed } from "./bytes.js";
import { EmbedsealError } from "./errors.js";

/** How a secret is written in configuration. */
export type SecretEncoding = "utf8" | "hex" | "base64" | "base64url";

const HEX_PAIRS = /^(?:[0-9A-Fa-f]{2})*$/;
const BASE64_PADDED =
  /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const BASE64URL_OPTIONAL_PADDING =
  /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

/** Whether `text` is spelled the way `encoding` requires. */
function isSecretSyntax(text: string, encoding: SecretEncoding): boolean {
  switch (encoding) {
    case "utf8":
      return isWellFormed(text);
    case "hex":
      return HEX_PAIRS.test(text);
    case "base64":
      return BASE64_PADDED.test(text);
    case "base64url":
      return BASE64URL_OPTIONAL_PADDING.test(text);
    default:
      return false;
  }
}

/**
 * Decodes a secret key: `utf8` takes the UTF-8 bytes of the text, `hex` is
 * case-insensitive, `base64` is the standard alphabet with padding, and
 * `base64url` is the URL-safe alphabet with optional padding.
 *
 * Error messages never contain the secret.
 *
 * @param minBytes - the shortest key the format accepts
 * @throws {@link EmbedsealError} `invalid_key` when the secret is empty or not
 *   in `encoding`; `weak_key` when it is shorter than `minBytes`.
 */
export function decodeSecret(
  text: string,
  encoding: SecretEncoding,
  minBytes = 1,
): Uint8Array {
  if (text === "") {
    throw new EmbedsealError("invalid_key", "secret is empty");
  }
  if (!isSecretSyntax(text, encoding)) {
    throw new EmbedsealError("invalid_key", `secret is not valid ${encoding}`);
  }
  const key = Buffer.from(text, encoding);
  if (key.length < minBytes) {
    throw new EmbedsealError(
      "weak_key",
      `secret is shorter than ${minBytes} bytes`,
    );
  }
  return key;
}

/** The hash functions HMAC can use. */
export type HmacAlgorithm = "sha1" | "sha256" | "sha384" | "sha512";

/** HMAC of `message` under `key`. */
export function hmac(
  algorithm: HmacAlgorithm,
  key: Uint8Array,
  message: Uint8Array,
): Uint8Array {
  return createHmac(algorithm, key).update(message).digest();
}

/**
 * Compares two MACs in time that depends only on their lengths, never on
 * where they first differ.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
