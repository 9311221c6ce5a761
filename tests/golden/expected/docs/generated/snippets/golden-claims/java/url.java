/**
 * Builds the embed URL.
 *
 * @param base base
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String base, String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append(Check.rawUrlPart(base, "base"));
    url.append("/view");
    String query = query(token);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
