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

  /**
   * @param code - why the operation failed
   * @param message - what is wrong and where; must never contain a secret
   */
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "EmbedsealError";
    this.code = code;
  }
}
