/**
 * Builds the embed URL.
 *
 * @param host Looker host without scheme, with the port when needed (example.looker.com).
 * @param embedUrl The embedded content path, e.g. /embed/dashboards/1.
 * @param nonce Single-use random value.
 * @param time When the URL was signed; Looker accepts it within five minutes.
 * @param sessionLength Length of the embed session in seconds.
 * @param externalUserId Your id for the viewer.
 * @param permissions Looker permissions, e.g. access_data, see_user_dashboards.
 * @param models Model names the viewer may use.
 * @param groupIds group_ids
 * @param externalGroupId external_group_id
 * @param userAttributes user_attributes
 * @param accessFilters Required by Looker; {} when unused.
 * @param firstName first_name
 * @param lastName last_name
 * @param userTimezone user_timezone
 * @param forceLogoutLogin force_logout_login
 * @param signature the signature to embed
 * @return the URL
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
 */
public static String embedUrl(
        String host,
        String embedUrl,
        String nonce,
        Long time,
        Long sessionLength,
        String externalUserId,
        List<String> permissions,
        List<String> models,
        List<Long> groupIds,
        String externalGroupId,
        Map<String, Object> userAttributes,
        Map<String, Object> accessFilters,
        String firstName,
        String lastName,
        String userTimezone,
        Boolean forceLogoutLogin,
        String signature)
        throws EmbedsealException {
    StringBuilder url = new StringBuilder();
    url.append("https://");
    url.append(Check.rawUrlPart(host, "host"));
    url.append("/login/embed/");
    url.append(percent(embedUrl));
    String query =
            query(
                    nonce,
                    time,
                    sessionLength,
                    externalUserId,
                    permissions,
                    models,
                    groupIds,
                    externalGroupId,
                    userAttributes,
                    accessFilters,
                    firstName,
                    lastName,
                    userTimezone,
                    forceLogoutLogin,
                    signature);
    if (!query.isEmpty()) {
        url.append('?').append(query);
    }
    return url.toString();
}
