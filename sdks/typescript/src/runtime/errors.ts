// Code generated from the embedseal runtime — do not edit.

/**
 * The single error type thrown by embedseal, with a machine-readable code.
 *
 * @module
 */

/** Every code an {@link EmbedsealError} can carry, as sent over the wire. */
export const ERROR_CODES = [
  // verification
  "malformed",
  "bad_signature",
  "alg_not_allowed",
  "expired",
  "not_yet_valid",
  "lifetime_too_long",
  "missing_claim",
  "invalid_claim",
  // signing and keys
  "invalid_input",
  "invalid_key",
  "weak_key",
  // exchanges (the vendor issues the token)
  "invalid_request",
  "unauthorized",
  "forbidden",
  "not_found",
  "rate_limited",
  "upstream_error",
  "timeout",
  "bad_response",
] as const;

/** The reason an embedseal operation failed. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Thrown by every embedseal function that fails.
 *
 * Branch on {@link EmbedsealError.code}; the message is for humans and names
 * what is wrong and where, but never contains a secret.
 */
export class EmbedsealError extends Error {
  /** Why the operation failed. */
  readonly code: ErrorCode;

  /** Exchanges: the vendor's HTTP status, when it answered. */
  readonly status: number | undefined;

  /** `rate_limited`: seconds to wait, when the vendor sent Retry-After. */
  readonly retryAfter: number | undefined;

  /**
   * @param code - why the operation failed
   * @param message - what is wrong and where; must never contain a secret
   * @param status - exchanges: the vendor's HTTP status
   * @param retryAfter - `rate_limited`: seconds to wait, if known
   */
  constructor(
    code: ErrorCode,
    message: string,
    status?: number,
    retryAfter?: number,
  ) {
    super(message);
    this.name = "EmbedsealError";
    this.code = code;
    this.status = status;
    this.retryAfter = retryAfter;
  }
}
