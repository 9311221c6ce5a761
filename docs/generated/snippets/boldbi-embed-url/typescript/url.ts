/** The embed URL for signed values and their signature. */
function embedUrl(values: JsonMap, signature: string): string {
  return buildUrl(values, URL_LAYOUT, TEXT_RULES, undefined, signature);
}
