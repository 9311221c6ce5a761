// Code generated from spec/formats/ — do not edit.

/**
 * embedseal: sign and verify embed tokens and URLs, one namespace per format.
 *
 * Each format's module stands alone (`embedseal/golden-claims`, or the file itself, copied).
 *
 * @example
 * ```ts
 * import { goldenClaims } from "embedseal";
 * const { url } = await goldenClaims.sign(input, secret);
 * ```
 *
 * @module
 */

export * as goldenClaims from "./golden-claims.js";
export * as goldenEnvelope from "./golden-envelope.js";
export * as goldenLines from "./golden-lines.js";
