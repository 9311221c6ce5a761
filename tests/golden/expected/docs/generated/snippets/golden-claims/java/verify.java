/**
 * Verifies a Golden claims fixture.
 *
 * @param token the token as received
 * @param secret the embedseal tests secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the token is refused
 */
public static Claims verify(String token, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.HEX, 16);
    String[] segments = token.split("\\.", -1);
    if (segments.length != 3) {
        throw new EmbedsealException(
                ErrorCode.MALFORMED, "a JWS has 3 segments, this has " + segments.length);
    }
    byte[] headerJson = Bytes.decode(segments[0], ByteEncoding.BASE64URL_NOPAD);
    byte[] payloadJson = Bytes.decode(segments[1], ByteEncoding.BASE64URL_NOPAD);
    byte[] received = Bytes.decode(segments[2], ByteEncoding.BASE64URL_NOPAD);
    Map<String, Object> header = Json.parseObject(headerJson);
    HmacAlgorithm hash =
            switch (header.get("alg") instanceof String alg ? alg : "") {
                case "HS512" -> HmacAlgorithm.SHA512;
                default -> throw new EmbedsealException(
                        ErrorCode.ALG_NOT_ALLOWED, "the token's alg is not allowed");
            };
    if (header.containsKey("crit")) {
        // RFC 7515 section 4.1.11: no extension is understood here, so none may be critical.
        throw new EmbedsealException(
                ErrorCode.MALFORMED, "the header lists unsupported critical extensions");
    }
    String signingInput = segments[0] + "." + segments[1];
    byte[] expected = Hmacs.hmac(hash, key, signingInput.getBytes(StandardCharsets.US_ASCII));
    if (!Hmacs.constantTimeEquals(expected, received)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Map<String, Object> payload = Json.parseObject(payloadJson);
    Boolean httpExampleComIsRoot =
            JsonValues.member(
                    payload,
                    "http://example.com/is_root",
                    false,
                    INVALID_CLAIM,
                    JsonValues::bool);
    String nonce =
            JsonValues.member(payload, ":nonce", true, INVALID_CLAIM, JsonValues::string);
    String class_ =
            JsonValues.member(payload, "class", true, INVALID_CLAIM, JsonValues::string);
    Check.oneOf(class_, List.of("gold", "silver"), "class", INVALID_CLAIM);
    Long type = JsonValues.member(payload, "type", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(type, 0L, 10L, "type", INVALID_CLAIM);
    Long iat = JsonValues.member(payload, "iat", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(iat, null, null, "iat", INVALID_CLAIM);
    Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(exp, null, null, "exp", INVALID_CLAIM);
    List<GoldenClaimsItems> items =
            JsonValues.member(
                    payload,
                    "items",
                    true,
                    INVALID_CLAIM,
                    JsonValues.list(GoldenClaims::readGoldenClaimsItems));
    Map<String, Object> meta =
            JsonValues.member(payload, "meta", false, INVALID_CLAIM, JsonValues::object);
    if (meta != null) {
        Check.jsonObject(meta, "meta", INVALID_CLAIM);
    }
    String kid = JsonValues.member(header, "kid", true, INVALID_CLAIM, JsonValues::string);
    Check.maxLength(kid, 32, "kid", INVALID_CLAIM);
    Times.check(now, 5, exp, iat, null, null, 600L);
    Map<String, Object> other = new LinkedHashMap<>(payload);
    List<String> declared =
            List.of(
                    "http://example.com/is_root",
                    ":nonce",
                    "class",
                    "type",
                    "iat",
                    "exp",
                    "items",
                    "meta");
    other.keySet().removeAll(declared);
    return new Claims(
            httpExampleComIsRoot, nonce, class_, type, iat, exp, kid, items, meta, other);
}
