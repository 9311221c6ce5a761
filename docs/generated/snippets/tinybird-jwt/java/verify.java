/**
 * Verifies a Tinybird JWT.
 *
 * @param token the token as received
 * @param secret the Tinybird secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the token is refused
 */
public static Claims verify(String token, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
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
    String workspaceId =
            JsonValues.member(payload, "workspace_id", true, INVALID_CLAIM, JsonValues::string);
    String name = JsonValues.member(payload, "name", true, INVALID_CLAIM, JsonValues::string);
    Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(exp, null, null, "exp", INVALID_CLAIM);
    List<TinybirdJwtScopes> scopes =
            JsonValues.member(
                    payload,
                    "scopes",
                    true,
                    INVALID_CLAIM,
                    JsonValues.list(TinybirdJwt::readTinybirdJwtScopes));
    TinybirdJwtLimits limits =
            JsonValues.member(
                    payload,
                    "limits",
                    false,
                    INVALID_CLAIM,
                    TinybirdJwt::readTinybirdJwtLimits);
    Times.check(now, 0, exp, null, null, null, null);
    Map<String, Object> other = new LinkedHashMap<>(payload);
    List<String> declared = List.of("workspace_id", "name", "exp", "scopes", "limits");
    other.keySet().removeAll(declared);
    return new Claims(workspaceId, name, exp, scopes, limits, other);
}
