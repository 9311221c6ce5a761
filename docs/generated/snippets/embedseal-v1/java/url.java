/**
 * Builds the embed URL.
 *
 * @param appUrl Where the dashboard app lives, e.g. https://analytics.example.com.
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String appUrl, String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append(Check.rawUrlPart(appUrl, "app_url"));
    url.append("/embed");
    url.append('#');
    url.append(token);
    return url.toString();
}
