/**
 * Signs a Bold BI signed embed URL (before v14.1).
 *
 * @param input the values to sign
 * @param secret the Bold BI secret
 * @param now the current Unix time in seconds
 * @param random where random values come from
 * @return the token, URL and signature
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
 *     {@link ErrorCode#WEAK_KEY}
 */
public static Signed sign(Input input, String secret, long now, RandomSource random)
        throws EmbedsealException {
    byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
    String dashboardUrl = Check.required(input.dashboardUrl(), "dashboard_url", INVALID_INPUT);
    String embedNonce = RandomSource.text(random.take(16), "uuid");
    String embedDashboardId =
            Check.required(input.embedDashboardId(), "embed_dashboard_id", INVALID_INPUT);
    String embedUserEmail =
            Check.required(input.embedUserEmail(), "embed_user_email", INVALID_INPUT);
    Long embedTimestamp = input.embedTimestamp() != null ? input.embedTimestamp() : now + 0;
    Check.integer(embedTimestamp, null, null, "embed_timestamp", INVALID_INPUT);
    Long embedExpirationtime = input.embedExpirationtime();
    if (embedExpirationtime != null) {
        Check.integer(
                embedExpirationtime, 86400L, 518400L, "embed_expirationtime", INVALID_INPUT);
    }

    String message =
            query(
                    embedNonce,
                    embedDashboardId,
                    embedUserEmail,
                    embedTimestamp,
                    embedExpirationtime,
                    null);
    byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
    String signature = Bytes.encode(mac, ByteEncoding.BASE64);
    String url =
            embedUrl(
                    dashboardUrl,
                    embedNonce,
                    embedDashboardId,
                    embedUserEmail,
                    embedTimestamp,
                    embedExpirationtime,
                    signature);
    return new Signed(url, signature);
}
