/**
 * Verifies a Golden envelope fixture.
 *
 * @param token the token as received
 * @param secret the embedseal tests secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the token is refused
 */
public static Claims verify(String token, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 8);
    byte[] json = Bytes.decode(token, ByteEncoding.BASE64URL_NOPAD);
    Map<String, Object> envelope = Json.parseObject(json);
    Long v = JsonValues.member(envelope, "v", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(v, null, null, "v", INVALID_CLAIM);
    if (!v.equals(2L)) {
        throw new EmbedsealException(INVALID_CLAIM, "v" + " has the wrong value");
    }
    String account =
            JsonValues.member(envelope, "account", true, INVALID_CLAIM, JsonValues::string);
    String id = JsonValues.member(envelope, "id", true, INVALID_CLAIM, JsonValues::string);
    Long until = JsonValues.member(envelope, "until", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(until, null, null, "until", INVALID_CLAIM);
    String signature =
            JsonValues.member(envelope, "sig", true, INVALID_CLAIM, JsonValues::string);
    byte[] received = Bytes.decode(signature, ByteEncoding.BASE64);
    String message = signedMessage(v, account, id, until);
    byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA384, key, Utf8.encode(message));
    if (!Hmacs.constantTimeEquals(expected, received)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Times.check(now, 0, until, null, null, null, 3600L);
    Map<String, Object> other = new LinkedHashMap<>(envelope);
    List<String> declared = List.of("v", "account", "id", "until", "sig");
    other.keySet().removeAll(declared);
    return new Claims(v, account, id, until, other);
}
