/**
 * Builds the embed URL.
 *
 * @param siteUrl Your Metabase site, e.g. https://metabase.example.com (not signed).
 * @param token the token to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(String siteUrl, String token) throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append(Check.rawUrlPart(siteUrl, "site_url"));
    url.append("/embed/dashboard/");
    url.append(token);
    url.append('#');
    url.append("bordered=true&titled=true");
    return url.toString();
}
