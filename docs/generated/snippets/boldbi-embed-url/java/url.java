/**
 * Builds the embed URL.
 *
 * @param dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
 * @param embedNonce A random GUID.
 * @param embedDashboardId The dashboard id.
 * @param embedUserEmail Email of a Bold BI user allowed to see the dashboard.
 * @param embedTimestamp Signing time; without it Bold BI accepts the URL forever.
 * @param embedExpirationtime Seconds the URL stays valid (needs embed_timestamp).
 * @param signature the signature to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(
        String dashboardUrl,
        String embedNonce,
        String embedDashboardId,
        String embedUserEmail,
        Long embedTimestamp,
        Long embedExpirationtime,
        String signature)
        throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append(Check.rawUrlPart(dashboardUrl, "dashboard_url"));
    String query =
            query(
                    embedNonce,
                    embedDashboardId,
                    embedUserEmail,
                    embedTimestamp,
                    embedExpirationtime,
                    signature);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
