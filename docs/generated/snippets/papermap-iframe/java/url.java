/**
 * Builds the embed URL.
 *
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append("https://papermap.ai/embedded/dashboard");
    String query = query(token);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
