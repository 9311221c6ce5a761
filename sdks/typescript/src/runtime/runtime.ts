// Code generated from the embedseal runtime — do not edit.

/**
 * The embedseal runtime: everything the generated token formats share.
 *
 * @module
 */

export * from "./bytes.js";
export * from "./crypto.js";
export * from "./errors.js";
export * from "./exchange.js";
export * from "./fields.js";
export * from "./json.js";
export * from "./json-parser.js";
export * from "./message.js";
export * from "./percent.js";
