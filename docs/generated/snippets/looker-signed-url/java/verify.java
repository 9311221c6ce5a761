/**
 * Verifies a Looker signed embed URL.
 *
 * @param url the signed URL as received
 * @param secret the Looker secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the URL is refused
 */
public static Claims verify(String url, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
    byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64);
    List<String> parts = new ArrayList<>();
    if (received.has("host")) {
        parts.add(received.partText("host", "text", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("embed_url")) {
        parts.add("/login/embed/" + received.partText(
                "embed_url", "percent", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("nonce")) {
        parts.add(received.partText("nonce", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("time")) {
        parts.add(received.partText("time", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("session_length")) {
        parts.add(received.partText("session_length", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("external_user_id")) {
        parts.add(received.partText("external_user_id", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("permissions")) {
        parts.add(received.partText("permissions", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("models")) {
        parts.add(received.partText("models", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("group_ids")) {
        parts.add(received.partText("group_ids", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("external_group_id")) {
        parts.add(received.partText("external_group_id", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("user_attributes")) {
        parts.add(received.partText("user_attributes", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("access_filters")) {
        parts.add(received.partText("access_filters", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    String message = String.join("\n", parts);
    byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA1, key, Utf8.encode(message));
    if (!Hmacs.constantTimeEquals(expected, signature)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Map<String, Object> values = received.claims(KINDS);
    String host = JsonValues.member(values, "host", true, INVALID_CLAIM, JsonValues::string);
    String embedUrl =
            JsonValues.member(values, "embed_url", true, INVALID_CLAIM, JsonValues::string);
    String nonce = JsonValues.member(values, "nonce", true, INVALID_CLAIM, JsonValues::string);
    Check.maxLength(nonce, 255, "nonce", INVALID_CLAIM);
    Long time = JsonValues.member(values, "time", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(time, null, null, "time", INVALID_CLAIM);
    Long sessionLength =
            JsonValues.member(
                    values, "session_length", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(sessionLength, 0L, 2592000L, "session_length", INVALID_CLAIM);
    String externalUserId =
            JsonValues.member(
                    values, "external_user_id", true, INVALID_CLAIM, JsonValues::string);
    List<String> permissions =
            JsonValues.member(
                    values,
                    "permissions",
                    true,
                    INVALID_CLAIM,
                    JsonValues.list(JsonValues::string));
    List<String> models =
            JsonValues.member(
                    values, "models", true, INVALID_CLAIM, JsonValues.list(JsonValues::string));
    List<Long> groupIds =
            JsonValues.member(
                    values,
                    "group_ids",
                    false,
                    INVALID_CLAIM,
                    JsonValues.list(JsonValues::integer));
    if (groupIds != null) {
        for (int i = 0; i < groupIds.size(); i++) {
            Check.integer(groupIds.get(i), null, null, "group_ids[" + i + "]", INVALID_CLAIM);
        }
    }
    String externalGroupId =
            JsonValues.member(
                    values, "external_group_id", false, INVALID_CLAIM, JsonValues::string);
    if (externalGroupId != null) {
        Check.maxLength(externalGroupId, 81, "external_group_id", INVALID_CLAIM);
    }
    Map<String, Object> userAttributes =
            JsonValues.member(
                    values, "user_attributes", false, INVALID_CLAIM, JsonValues::object);
    if (userAttributes != null) {
        Check.jsonObject(userAttributes, "user_attributes", INVALID_CLAIM);
    }
    Map<String, Object> accessFilters =
            JsonValues.member(
                    values, "access_filters", true, INVALID_CLAIM, JsonValues::object);
    Check.jsonObject(accessFilters, "access_filters", INVALID_CLAIM);
    String firstName =
            JsonValues.member(values, "first_name", false, INVALID_CLAIM, JsonValues::string);
    String lastName =
            JsonValues.member(values, "last_name", false, INVALID_CLAIM, JsonValues::string);
    String userTimezone =
            JsonValues.member(
                    values, "user_timezone", false, INVALID_CLAIM, JsonValues::string);
    Boolean forceLogoutLogin =
            JsonValues.member(
                    values, "force_logout_login", false, INVALID_CLAIM, JsonValues::bool);
    Times.check(now, 300, null, time, null, 0L, null);
    return new Claims(
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
            forceLogoutLogin);
}
