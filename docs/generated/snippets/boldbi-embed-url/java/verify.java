/**
 * Verifies a Bold BI signed embed URL (before v14.1).
 *
 * @param url the signed URL as received
 * @param secret the Bold BI secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the URL is refused
 */
public static Claims verify(String url, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
    byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64);
    String message = received.queryWithoutSignature();
    byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    if (!Hmacs.constantTimeEquals(expected, signature)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Map<String, Object> values = received.claims(KINDS);
    String dashboardUrl =
            JsonValues.member(
                    values, "dashboard_url", false, INVALID_CLAIM, JsonValues::string);
    String embedNonce =
            JsonValues.member(values, "embed_nonce", true, INVALID_CLAIM, JsonValues::string);
    String embedDashboardId =
            JsonValues.member(
                    values, "embed_dashboard_id", true, INVALID_CLAIM, JsonValues::string);
    String embedUserEmail =
            JsonValues.member(
                    values, "embed_user_email", true, INVALID_CLAIM, JsonValues::string);
    Long embedTimestamp =
            JsonValues.member(
                    values, "embed_timestamp", false, INVALID_CLAIM, JsonValues::integer);
    if (embedTimestamp != null) {
        Check.integer(embedTimestamp, null, null, "embed_timestamp", INVALID_CLAIM);
    }
    Long embedExpirationtime =
            JsonValues.member(
                    values, "embed_expirationtime", false, INVALID_CLAIM, JsonValues::integer);
    if (embedExpirationtime != null) {
        Check.integer(
                embedExpirationtime, 86400L, 518400L, "embed_expirationtime", INVALID_CLAIM);
    }
    Times.check(now, 0, null, embedTimestamp, null, 518400L, null);
    return new Claims(
            dashboardUrl,
            embedNonce,
            embedDashboardId,
            embedUserEmail,
            embedTimestamp,
            embedExpirationtime);
}
