// Code generated from spec/formats/ — do not edit.

/**
 * embedseal: sign and verify embed tokens and URLs, one namespace per format.
 *
 * @example
 * ```ts
 * import { goldenClaims } from "embedseal";
 * const { url } = goldenClaims.sign(input, secret);
 * ```
 *
 * @module
 */

export * as goldenClaims from "./golden-claims.js";
export * as goldenEnvelope from "./golden-envelope.js";
export * as goldenLines from "./golden-lines.js";
export {
  type ErrorCode,
  ERROR_CODES,
  EmbedsealError,
  type RandomSource,
  fixedRandom,
  secureRandom,
} from "./runtime/runtime.js";
