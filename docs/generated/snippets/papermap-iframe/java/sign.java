/**
 * Signs a Papermap iframe token.
 *
 * @param input the values to sign
 * @param secret the Papermap secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    String apiKeyId = Check.required(input.apiKeyId(), "api_key_id", INVALID_INPUT);
    String workspaceId = Check.required(input.workspaceId(), "workspace_id", INVALID_INPUT);
    String tenantId = Check.required(input.tenantId(), "tenant_id", INVALID_INPUT);
    String dashboardId = Check.required(input.dashboardId(), "dashboard_id", INVALID_INPUT);
    Long validUntil = input.validUntil() != null ? input.validUntil() : now + 3600;
    Check.integer(validUntil, null, null, "valid_until", INVALID_INPUT);

    String message = signedMessage(workspaceId, validUntil);
    byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    String signature = Bytes.encode(mac, ByteEncoding.HEX);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("api_key_id", apiKeyId);
    envelope.put("workspace_id", workspaceId);
    envelope.put("tenant_id", tenantId);
    envelope.put("dashboard_id", dashboardId);
    envelope.put("valid_until", validUntil);
    envelope.put("signature", signature);
    String token =
            Bytes.encode(Utf8.encode(Json.encode(envelope, JSON)), ByteEncoding.BASE64URL);
    String url = embedUrl(token);
    return new Signed(token, url, signature, dashboardId, validUntil);
}
