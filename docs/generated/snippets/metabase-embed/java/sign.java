/**
 * Signs a Metabase static embedding token.
 *
 * @param input the values to sign
 * @param secret the Metabase secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    MetabaseEmbedResource resource =
            Check.required(input.resource(), "resource", INVALID_INPUT);
    validateMetabaseEmbedResource(resource, "resource", INVALID_INPUT);
    Map<String, Object> params = input.params();
    if (params == null) {
        params = new LinkedHashMap<String, Object>();
    }
    Check.jsonObject(params, "params", INVALID_INPUT);
    Long exp = input.exp() != null ? input.exp() : now + 600;
    Check.integer(exp, null, null, "exp", INVALID_INPUT);
    String siteUrl = Check.required(input.siteUrl(), "site_url", INVALID_INPUT);

    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "HS256");
    header.put("typ", "JWT");
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("resource", resource.toJson());
    payload.put("params", params);
    payload.put("exp", exp);
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
    String url = embedUrl(siteUrl, token);
    return new Signed(token, url, signature, exp);
}
