/**
 * Verifies a Papermap iframe token.
 *
 * @param token the token as received
 * @param secret the Papermap secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the token is refused
 */
public static Claims verify(String token, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    byte[] json = Bytes.decode(token, ByteEncoding.BASE64URL);
    Map<String, Object> envelope = Json.parseObject(json);
    String apiKeyId =
            JsonValues.member(envelope, "api_key_id", true, INVALID_CLAIM, JsonValues::string);
    String workspaceId =
            JsonValues.member(
                    envelope, "workspace_id", true, INVALID_CLAIM, JsonValues::string);
    String tenantId =
            JsonValues.member(envelope, "tenant_id", true, INVALID_CLAIM, JsonValues::string);
    String dashboardId =
            JsonValues.member(
                    envelope, "dashboard_id", true, INVALID_CLAIM, JsonValues::string);
    Long validUntil =
            JsonValues.member(
                    envelope, "valid_until", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(validUntil, null, null, "valid_until", INVALID_CLAIM);
    String signature =
            JsonValues.member(envelope, "signature", true, INVALID_CLAIM, JsonValues::string);
    byte[] received = Bytes.decode(signature, ByteEncoding.HEX);
    String message = signedMessage(workspaceId, validUntil);
    byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    if (!Hmacs.constantTimeEquals(expected, received)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Times.check(now, 0, validUntil, null, null, null, null);
    Map<String, Object> other = new LinkedHashMap<>(envelope);
    List<String> declared =
            List.of(
                    "api_key_id",
                    "workspace_id",
                    "tenant_id",
                    "dashboard_id",
                    "valid_until",
                    "signature");
    other.keySet().removeAll(declared);
    return new Claims(apiKeyId, workspaceId, tenantId, dashboardId, validUntil, other);
}
