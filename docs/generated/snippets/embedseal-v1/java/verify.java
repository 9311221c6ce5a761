/**
 * Verifies a embedseal v1 token.
 *
 * @param token the token as received
 * @param secret the embedseal secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the token is refused
 */
public static Claims verify(String token, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.BASE64URL, 32);
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
                case "HS256" -> HmacAlgorithm.SHA256;
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
    String tenant =
            JsonValues.member(payload, "tenant", true, INVALID_CLAIM, JsonValues::string);
    Check.maxLength(tenant, 128, "tenant", INVALID_CLAIM);
    String dashboard =
            JsonValues.member(payload, "dashboard", true, INVALID_CLAIM, JsonValues::string);
    Check.maxLength(dashboard, 128, "dashboard", INVALID_CLAIM);
    Long iat = JsonValues.member(payload, "iat", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(iat, null, null, "iat", INVALID_CLAIM);
    Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(exp, null, null, "exp", INVALID_CLAIM);
    String jti = JsonValues.member(payload, "jti", true, INVALID_CLAIM, JsonValues::string);
    Map<String, Object> params =
            JsonValues.member(payload, "params", true, INVALID_CLAIM, JsonValues::object);
    Check.jsonObject(params, "params", INVALID_CLAIM);
    Times.check(now, 30, exp, iat, null, null, 3600L);
    Map<String, Object> other = new LinkedHashMap<>(payload);
    List<String> declared = List.of("tenant", "dashboard", "iat", "exp", "jti", "params");
    other.keySet().removeAll(declared);
    return new Claims(tenant, dashboard, iat, exp, jti, params, other);
}
