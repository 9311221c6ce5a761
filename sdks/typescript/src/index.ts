// Code generated from spec/formats/ — do not edit.

/**
 * embedseal: sign and verify embed tokens and URLs, one namespace per format.
 *
 * Each format's module stands alone (`embedseal/boldbi-embed-url`, or the file itself, copied).
 *
 * @example
 * ```ts
 * import { boldbiEmbedUrl } from "embedseal";
 * const { url } = await boldbiEmbedUrl.sign(input, secret);
 * ```
 *
 * @module
 */

export * as boldbiEmbedUrl from "./boldbi-embed-url.js";
export * as embedsealV1 from "./embedseal-v1.js";
export * as lightdashEmbed from "./lightdash-embed.js";
export * as lookerSignedUrl from "./looker-signed-url.js";
export * as metabaseEmbed from "./metabase-embed.js";
export * as papermapIframe from "./papermap-iframe.js";
export * as sigmaJwt from "./sigma-jwt.js";
export * as sigmaSignedUrl from "./sigma-signed-url.js";
export * as sisenseJwt from "./sisense-jwt.js";
export * as tableauConnectedApp from "./tableau-connected-app.js";
export * as tinybirdJwt from "./tinybird-jwt.js";
export * as boldbiEmbedAuthorize from "./boldbi-embed-authorize.js";
export * as semaphorToken from "./semaphor-token.js";
export * as tooljetPat from "./tooljet-pat.js";
