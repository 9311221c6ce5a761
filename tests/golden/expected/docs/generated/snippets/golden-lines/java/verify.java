/**
 * Verifies a Golden lines fixture.
 *
 * @param url the signed URL as received
 * @param secret the embedseal tests secret
 * @param now the current Unix time in seconds
 * @return the verified claims
 * @throws EmbedsealException with the reason the URL is refused
 */
public static Claims verify(String url, String secret, long now) throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.BASE64, 16);
    ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
    byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64URL);
    List<String> parts = new ArrayList<>();
    if (received.has("host")) {
        parts.add(received.partText("host", "text", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("path")) {
        parts.add("/e/" + received.partText("path", "percent", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("time")) {
        parts.add(received.partText("time", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("user")) {
        parts.add(received.partText("user", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    if (received.has("groups")) {
        parts.add(received.partText("groups", "json", PERCENT_SAFE, PERCENT_SPACE));
    }
    String message = String.join("\n", parts);
    byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    if (!Hmacs.constantTimeEquals(expected, signature)) {
        throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
    }
    Map<String, Object> values = received.claims(KINDS);
    String host = JsonValues.member(values, "host", true, INVALID_CLAIM, JsonValues::string);
    String path = JsonValues.member(values, "path", true, INVALID_CLAIM, JsonValues::string);
    Long time = JsonValues.member(values, "time", true, INVALID_CLAIM, JsonValues::integer);
    Check.integer(time, null, null, "time", INVALID_CLAIM);
    String user = JsonValues.member(values, "user", true, INVALID_CLAIM, JsonValues::string);
    Check.maxLength(user, 64, "user", INVALID_CLAIM);
    List<Long> groups =
            JsonValues.member(
                    values,
                    "groups",
                    false,
                    INVALID_CLAIM,
                    JsonValues.list(JsonValues::integer));
    if (groups != null) {
        for (int i = 0; i < groups.size(); i++) {
            Check.integer(groups.get(i), null, null, "groups[" + i + "]", INVALID_CLAIM);
        }
    }
    String display =
            JsonValues.member(values, "display", false, INVALID_CLAIM, JsonValues::string);
    Times.check(now, 10, null, time, null, 120L, null);
    return new Claims(host, path, time, user, groups, display);
}
