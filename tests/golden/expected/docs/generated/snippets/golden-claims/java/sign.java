/**
 * Signs a Golden claims fixture.
 *
 * @param input the values to sign
 * @param secret the embedseal tests secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.HEX, 16);
    Boolean httpExampleComIsRoot = input.httpExampleComIsRoot();
    String nonce = RandomSource.text(random.take(8), "hex");
    String class_ = Check.required(input.class_(), "class", INVALID_INPUT);
    Check.oneOf(class_, List.of("gold", "silver"), "class", INVALID_INPUT);
    Long type = input.type() != null ? input.type() : 3L;
    Check.integer(type, 0L, 10L, "type", INVALID_INPUT);
    Long iat = now;
    Check.integer(iat, null, null, "iat", INVALID_INPUT);
    Long exp = input.exp() != null ? input.exp() : now + 300;
    Check.integer(exp, null, null, "exp", INVALID_INPUT);
    String kid = Check.required(input.kid(), "kid", INVALID_INPUT);
    Check.maxLength(kid, 32, "kid", INVALID_INPUT);
    List<GoldenClaimsItems> items = Check.required(input.items(), "items", INVALID_INPUT);
    Check.items(items, "items", INVALID_INPUT);
    for (int i = 0; i < items.size(); i++) {
        validateGoldenClaimsItems(items.get(i), "items[" + i + "]", INVALID_INPUT);
    }
    Map<String, Object> meta = input.meta();
    if (meta != null) {
        Check.jsonObject(meta, "meta", INVALID_INPUT);
    }
    String base = Check.required(input.base(), "base", INVALID_INPUT);

    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "HS512");
    header.put("typ", "JWT");
    header.put("kid", kid);
    Map<String, Object> payload = new LinkedHashMap<>();
    if (httpExampleComIsRoot != null) {
        payload.put("http://example.com/is_root", httpExampleComIsRoot);
    }
    payload.put(":nonce", nonce);
    payload.put("class", class_);
    payload.put("type", type);
    payload.put("iat", iat);
    payload.put("exp", exp);
    payload.put("items", items.stream().map(GoldenClaimsItems::toJson).toList());
    if (meta != null) {
        payload.put("meta", meta);
    }
    byte[] headerJson = Utf8.encode(Json.encode(header, JSON));
    byte[] payloadJson = Utf8.encode(Json.encode(payload, JSON));
    String signingInput =
            Bytes.encode(headerJson, ByteEncoding.BASE64URL_NOPAD)
                    + "."
                    + Bytes.encode(payloadJson, ByteEncoding.BASE64URL_NOPAD);
    byte[] mac =
            Hmacs.hmac(
                    HmacAlgorithm.SHA512,
                    key,
                    signingInput.getBytes(StandardCharsets.US_ASCII));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64URL_NOPAD);
    String token = signingInput + "." + signature;
    String url = embedUrl(base, token);
    return new Signed(token, url, signature, exp);
}
