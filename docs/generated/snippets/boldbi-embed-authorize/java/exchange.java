/**
 * Exchanges the secret for a token.
 *
 * @param input the request's values
 * @param secret the Bold BI secret; never in an exception message
 * @param now the current Unix time in seconds (the expiry is counted from it)
 * @param baseUrl scheme://host[:port] to send to instead of the format's server, or null
 * @param timeoutMs the limit for the whole call, in milliseconds
 * @return the token, its expiry, the embed URL and the vendor's answer
 * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY},
 *     or the vendor's refusal: {@link ErrorCode#INVALID_REQUEST}, {@link
 *     ErrorCode#UNAUTHORIZED}, {@link ErrorCode#FORBIDDEN}, {@link ErrorCode#NOT_FOUND}, {@link
 *     ErrorCode#RATE_LIMITED} (with {@link EmbedsealException#retryAfter()}), {@link
 *     ErrorCode#UPSTREAM_ERROR}, {@link ErrorCode#TIMEOUT} or {@link ErrorCode#BAD_RESPONSE}
 */
public static Result exchange(
        Input input, String secret, long now, String baseUrl, long timeoutMs)
        throws EmbedsealException {
    HttpExchange.checkCredential(secret, "secret");
    String serverurl = Check.required(input.serverurl(), "serverurl", INVALID_INPUT);
    String siteidentifier =
            Check.required(input.siteidentifier(), "siteidentifier", INVALID_INPUT);
    String email = Check.required(input.email(), "email", INVALID_INPUT);
    BoldbiEmbedAuthorizeDashboard dashboard = input.dashboard();
    if (dashboard != null) {
        validateBoldbiEmbedAuthorizeDashboard(dashboard, "dashboard", INVALID_INPUT);
    }

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("serverurl", serverurl);
    body.put("siteidentifier", siteidentifier);
    body.put("email", email);
    body.put("embedsecret", secret);
    if (dashboard != null) {
        body.put("dashboard", dashboard.toJson());
    }
    StringBuilder target = new StringBuilder();
    target.append(HttpExchange.urlText(serverurl, "serverurl"));
    target.append("/api/");
    target.append(HttpExchange.urlText(siteidentifier, "siteidentifier"));
    target.append("/embed/authorize");

    String url = HttpExchange.callUrl(target.toString(), baseUrl);
    List<String> headers =
            List.of("Accept", "application/json", "Content-Type", "application/json");
    byte[] requestBody = Utf8.encode(Json.encode(body, JSON));
    HttpExchange.Answer answer =
            HttpExchange.send("POST", url, headers, requestBody, timeoutMs);
    HttpExchange.checkStatus(answer, SUCCESS, STATUS_ERRORS, now);
    Object response = HttpExchange.parse(answer.body());
    HttpExchange.require(response, Boolean.TRUE, "ApiStatus");
    String token = HttpExchange.string(response, "Data", "access_token");
    String embedUrl = null;
    Object lifetimeValue = HttpExchange.member(response, "Data", "expires_in");
    long lifetime = HttpExchange.lifetime(lifetimeValue);
    Long expiresAt = now + lifetime;
    return new Result(token, expiresAt, embedUrl, response);
}
