/**
 * Signs a Tinybird JWT.
 *
 * @param input the values to sign
 * @param secret the Tinybird secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    String workspaceId = Check.required(input.workspaceId(), "workspace_id", INVALID_INPUT);
    String name = Check.required(input.name(), "name", INVALID_INPUT);
    Long exp = input.exp() != null ? input.exp() : now + 3600;
    Check.integer(exp, null, null, "exp", INVALID_INPUT);
    List<TinybirdJwtScopes> scopes = Check.required(input.scopes(), "scopes", INVALID_INPUT);
    Check.items(scopes, "scopes", INVALID_INPUT);
    for (int i = 0; i < scopes.size(); i++) {
        validateTinybirdJwtScopes(scopes.get(i), "scopes[" + i + "]", INVALID_INPUT);
    }
    TinybirdJwtLimits limits = input.limits();
    if (limits != null) {
        validateTinybirdJwtLimits(limits, "limits", INVALID_INPUT);
    }
    String chartUrl = Check.required(input.chartUrl(), "chart_url", INVALID_INPUT);

    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "HS256");
    header.put("typ", "JWT");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("workspace_id", workspaceId);
    payload.put("name", name);
    payload.put("exp", exp);
    payload.put("scopes", scopes.stream().map(TinybirdJwtScopes::toJson).toList());
    if (limits != null) {
        payload.put("limits", limits.toJson());
    }
    byte[] headerJson = Utf8.encode(Json.encode(header, JSON));
    byte[] payloadJson = Utf8.encode(Json.encode(payload, JSON));
    String signingInput =
            Bytes.encode(headerJson, ByteEncoding.BASE64URL_NOPAD)
                    + "."
                    + Bytes.encode(payloadJson, ByteEncoding.BASE64URL_NOPAD);
    byte[] mac =
            Hmacs.hmac(
                    HmacAlgorithm.SHA256,
                    key,
                    signingInput.getBytes(StandardCharsets.US_ASCII));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64URL_NOPAD);
    String token = signingInput + "." + signature;
    String url = embedUrl(chartUrl, token);
    return new Signed(token, url, signature, exp);
}
