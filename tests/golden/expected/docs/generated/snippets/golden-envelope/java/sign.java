/**
 * Signs a Golden envelope fixture.
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
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 8);
    Long v = 2L;
    Check.integer(v, null, null, "v", INVALID_INPUT);
    String account = Check.required(input.account(), "account", INVALID_INPUT);
    String id = RandomSource.text(random.take(16), "uuid");
    Long until = input.until() != null ? input.until() : now + 900;
    Check.integer(until, null, null, "until", INVALID_INPUT);

    String message = signedMessage(v, account, id, until);
    byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA384, key, Utf8.encode(message));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64);
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("v", v);
    envelope.put("account", account);
    envelope.put("id", id);
    envelope.put("until", until);
    envelope.put("sig", signature);
    String token =
            Bytes.encode(
                    Utf8.encode(Json.encode(envelope, JSON)), ByteEncoding.BASE64URL_NOPAD);
    String url = embedUrl(token);
    return new Signed(token, url, signature, until);
}
