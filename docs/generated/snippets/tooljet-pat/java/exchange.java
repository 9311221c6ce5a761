/**
 * Exchanges the secret for a token.
 *
 * @param input the request's values
 * @param secret the ToolJet secret; never in an exception message
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
    String serverUrl = Check.required(input.serverUrl(), "server_url", INVALID_INPUT);
    String email = Check.required(input.email(), "email", INVALID_INPUT);
    String appId = Check.required(input.appId(), "appId", INVALID_INPUT);
    Long sessionExpiry = input.sessionExpiry() != null ? input.sessionExpiry() : 60L;
    Check.integer(sessionExpiry, 1L, null, "sessionExpiry", INVALID_INPUT);
    Long patExpiry = input.patExpiry() != null ? input.patExpiry() : 3600L;
    Check.integer(patExpiry, 1L, null, "patExpiry", INVALID_INPUT);

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", email);
    body.put("appId", appId);
    body.put("sessionExpiry", sessionExpiry);
    body.put("patExpiry", patExpiry);
    StringBuilder target = new StringBuilder();
    target.append(HttpExchange.urlText(serverUrl, "server_url"));
    target.append("/api/ext/users/personal-access-token");

    String url = HttpExchange.callUrl(target.toString(), baseUrl);
    List<String> headers =
            List.of(
                    "Accept",
                    "application/json",
                    "Content-Type",
                    "application/json",
                    "Authorization",
                    "Basic " + secret);
    byte[] requestBody = Utf8.encode(Json.encode(body, JSON));
    HttpExchange.Answer answer =
            HttpExchange.send("POST", url, headers, requestBody, timeoutMs);
    HttpExchange.checkStatus(answer, SUCCESS, STATUS_ERRORS, now);
    Object response = HttpExchange.parse(answer.body());
    String token = HttpExchange.string(response, "personalAccessToken");
    String embedUrl = HttpExchange.string(response, "redirectUrl");
    long lifetime = HttpExchange.lifetime(patExpiry);
    Long expiresAt = now + lifetime;
    return new Result(token, expiresAt, embedUrl, response);
}
