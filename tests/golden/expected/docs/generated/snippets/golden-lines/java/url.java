/**
 * Builds the embed URL.
 *
 * @param host host
 * @param path path
 * @param time time
 * @param user user
 * @param groups groups
 * @param display display
 * @param signature the signature to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(
        String host,
        String path,
        Long time,
        String user,
        List<Long> groups,
        String display,
        String signature)
        throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append("https://");
    url.append(Check.rawUrlPart(host, "host"));
    url.append("/e/");
    url.append(percent(path));
    String query = query(time, user, groups, display, signature);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
