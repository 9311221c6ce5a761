/**
 * Revokes a token with Semaphor's revocation call.
 *
 * @param input the values the revocation URL needs
 * @param token the token to revoke; never in an exception message
 * @param now the current Unix time in seconds (for Retry-After dates)
 * @param baseUrl scheme://host[:port] to send to instead of the format's server, or null
 * @param timeoutMs the limit for the whole call, in milliseconds
 * @throws EmbedsealException {@link ErrorCode#INVALID_KEY} for an empty token, or the
 *     vendor's refusal as for {@link #exchange(Input, String, long, String, long)}
 */
public static void revoke(
        RevokeInput input, String token, long now, String baseUrl, long timeoutMs)
        throws EmbedsealException {
    HttpExchange.checkCredential(token, "token");
    String serverUrl = input.serverUrl() != null ? input.serverUrl() : "https://semaphor.cloud";

    StringBuilder target = new StringBuilder();
    target.append(HttpExchange.urlText(serverUrl, "server_url"));
    target.append("/api/v1/invalidate-token");

    String url = HttpExchange.callUrl(target.toString(), baseUrl);
    List<String> headers =
            List.of("Accept", "application/json", "Authorization", "Bearer " + token);
    HttpExchange.Answer answer =
            HttpExchange.send("POST", url, headers, null, timeoutMs);
    HttpExchange.checkStatus(answer, SUCCESS, STATUS_ERRORS, now);
}
