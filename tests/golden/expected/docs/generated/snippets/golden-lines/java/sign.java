/**
 * Signs a Golden lines fixture.
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
    byte[] key = Secrets.decode(secret, SecretEncoding.BASE64, 16);
    String host = Check.required(input.host(), "host", INVALID_INPUT);
    String path = Check.required(input.path(), "path", INVALID_INPUT);
    Long time = now;
    Check.integer(time, null, null, "time", INVALID_INPUT);
    String user = Check.required(input.user(), "user", INVALID_INPUT);
    Check.maxLength(user, 64, "user", INVALID_INPUT);
    List<Long> groups = input.groups();
    if (groups != null) {
        Check.items(groups, "groups", INVALID_INPUT);
        for (int i = 0; i < groups.size(); i++) {
            Check.integer(groups.get(i), null, null, "groups[" + i + "]", INVALID_INPUT);
        }
    }
    String display = input.display();

    String message = signedMessage(host, path, time, user, groups);
    byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64URL);
    String url = embedUrl(host, path, time, user, groups, display, signature);
    return new Signed(url, signature);
}
