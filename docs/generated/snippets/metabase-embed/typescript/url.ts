/** The embed URL for signed values and their token. */
function embedUrl(values: JsonMap, token: string): string {
  return buildUrl(values, URL_LAYOUT, TEXT_RULES, token);
}
