/**
 * Exchanges the secret for a token.
 *
 * @param input the request's values
 * @param secret the Semaphor secret; never in an exception message
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
    String serverUrl = input.serverUrl() != null ? input.serverUrl() : "https://semaphor.cloud";
    String dashboardId = Check.required(input.dashboardId(), "dashboardId", INVALID_INPUT);
    Long tokenExpiry = input.tokenExpiry() != null ? input.tokenExpiry() : 3600L;
    Check.integer(tokenExpiry, 1L, null, "tokenExpiry", INVALID_INPUT);
    String endUserId = input.endUserId();
    SemaphorTokenParams params = input.params();
    if (params != null) {
        validateSemaphorTokenParams(params, "params", INVALID_INPUT);
    }

    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dashboardId", dashboardId);
    body.put("dashboardSecret", secret);
    body.put("tokenExpiry", tokenExpiry);
    if (endUserId != null) {
        body.put("endUserId", endUserId);
    }
    if (params != null) {
        body.put("params", params.toJson());
    }
    StringBuilder target = new StringBuilder();
    target.append(HttpExchange.urlText(serverUrl, "server_url"));
    target.append("/api/v1/token");

    String url = HttpExchange.callUrl(target.toString(), baseUrl);
    List<String> headers =
            List.of("Accept", "application/json", "Content-Type", "application/json");
    byte[] requestBody = Utf8.encode(Json.encode(body, JSON));
    HttpExchange.Answer answer =
            HttpExchange.send("POST", url, headers, requestBody, timeoutMs);
    HttpExchange.checkStatus(answer, SUCCESS, STATUS_ERRORS, now);
    Object response = HttpExchange.parse(answer.body());
    String token = HttpExchange.string(response, "accessToken");
    String embedUrl = null;
    long lifetime = HttpExchange.lifetime(tokenExpiry);
    Long expiresAt = now + lifetime;
    return new Result(token, expiresAt, embedUrl, response);
}
