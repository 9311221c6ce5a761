/**
 * Signs a Looker signed embed URL.
 *
 * @param input the values to sign
 * @param secret the Looker secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    String host = Check.required(input.host(), "host", INVALID_INPUT);
    String embedUrl = Check.required(input.embedUrl(), "embed_url", INVALID_INPUT);
    String nonce = RandomSource.text(random.take(16), "hex");
    Check.maxLength(nonce, 255, "nonce", INVALID_INPUT);
    Long time = now;
    Check.integer(time, null, null, "time", INVALID_INPUT);
    Long sessionLength = input.sessionLength() != null ? input.sessionLength() : 3600L;
    Check.integer(sessionLength, 0L, 2592000L, "session_length", INVALID_INPUT);
    String externalUserId =
            Check.required(input.externalUserId(), "external_user_id", INVALID_INPUT);
    List<String> permissions =
            Check.required(input.permissions(), "permissions", INVALID_INPUT);
    Check.items(permissions, "permissions", INVALID_INPUT);
    List<String> models = Check.required(input.models(), "models", INVALID_INPUT);
    Check.items(models, "models", INVALID_INPUT);
    List<Long> groupIds = input.groupIds();
    if (groupIds != null) {
        Check.items(groupIds, "group_ids", INVALID_INPUT);
        for (int i = 0; i < groupIds.size(); i++) {
            Check.integer(groupIds.get(i), null, null, "group_ids[" + i + "]", INVALID_INPUT);
        }
    }
    String externalGroupId = input.externalGroupId();
    if (externalGroupId != null) {
        Check.maxLength(externalGroupId, 81, "external_group_id", INVALID_INPUT);
    }
    Map<String, Object> userAttributes = input.userAttributes();
    if (userAttributes != null) {
        Check.jsonObject(userAttributes, "user_attributes", INVALID_INPUT);
    }
    Map<String, Object> accessFilters = input.accessFilters();
    if (accessFilters == null) {
        accessFilters = new LinkedHashMap<String, Object>();
    }
    Check.jsonObject(accessFilters, "access_filters", INVALID_INPUT);
    String firstName = input.firstName();
    String lastName = input.lastName();
    String userTimezone = input.userTimezone();
    Boolean forceLogoutLogin = input.forceLogoutLogin();

    String message =
            signedMessage(
                    host,
                    embedUrl,
                    nonce,
                    time,
                    sessionLength,
                    externalUserId,
                    permissions,
                    models,
                    groupIds,
                    externalGroupId,
                    userAttributes,
                    accessFilters);
    byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA1, key, Utf8.encode(message));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64);
    String url =
            embedUrl(
                    host,
                    embedUrl,
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
    return new Signed(url, signature);
}
