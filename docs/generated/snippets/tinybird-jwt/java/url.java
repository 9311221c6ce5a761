/**
 * Builds the embed URL.
 *
 * @param chartUrl The chart or endpoint URL from Tinybird's iframe snippet (not signed).
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String chartUrl, String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append(Check.rawUrlPart(chartUrl, "chart_url"));
    String query = query(token);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
