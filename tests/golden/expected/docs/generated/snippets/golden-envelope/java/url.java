/**
 * Builds the embed URL.
 *
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append("https://embed.example.com/t/");
    url.append(token);
    return url.toString();
}
