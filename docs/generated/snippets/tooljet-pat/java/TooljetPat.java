// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

package io.embedseal.tooljetpat;

import static io.embedseal.runtime.ErrorCode.INVALID_INPUT;

import io.embedseal.runtime.Check;
import io.embedseal.runtime.EmbedsealException;
import io.embedseal.runtime.ErrorCode;
import io.embedseal.runtime.HttpExchange;
import io.embedseal.runtime.Json;
import io.embedseal.runtime.JsonProfile;
import io.embedseal.runtime.JsonValues;
import io.embedseal.runtime.Utf8;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ToolJet personal access token (embedded apps) (ToolJet): the back end sends its secret to ToolJet
 * over HTTPS and receives a token.
 *
 * <p>Format description: {@code spec/formats/tooljet-pat.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md
 * </ul>
 */
public final class TooljetPat {
    /** How this format writes the request body. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** The format's timeout for one call, in milliseconds. */
    public static final long TIMEOUT_MS = 10000L;

    /** The statuses that carry a token. */
    private static final List<Integer> SUCCESS = List.of(200, 201);

    /** The error code of each status (or class of statuses) outside {@link #SUCCESS}. */
    private static final Map<String, String> STATUS_ERRORS =
            Map.ofEntries(
                    Map.entry("400", "invalid_request"),
                    Map.entry("401", "unauthorized"),
                    Map.entry("403", "forbidden"),
                    Map.entry("404", "not_found"),
                    Map.entry("429", "rate_limited"),
                    Map.entry("4xx", "invalid_request"),
                    Map.entry("5xx", "upstream_error"));

    private TooljetPat() {}

    /**
     * What the caller supplies to exchange the secret for a token.
     *
     * @param serverUrl The ToolJet origin (https://tooljet.example.com).
     * @param email The user the token acts as.
     * @param appId The app the token is scoped to.
     * @param sessionExpiry How long the embedded session lasts, in minutes. Null for the default.
     * @param patExpiry How long the token is valid, in seconds. Null for the default.
     */
    public record Input(
            String serverUrl, String email, String appId, Long sessionExpiry, Long patExpiry) {}

    /**
     * The token ToolJet issued.
     *
     * @param token the token
     * @param expiresAt when it expires (Unix seconds), or null when unknown
     * @param url the embed URL, or null
     * @param response the vendor's JSON answer
     */
    public record Result(String token, Long expiresAt, String url, Object response) {
        /**
         * Returns the result as JSON.
         *
         * @return token, expires_at, url and response
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("token", token);
            json.put("expires_at", expiresAt);
            json.put("url", url);
            json.put("response", response);
            return json;
        }
    }

    /**
     * Exchanges the secret for a token, now, with the format's server and timeout.
     *
     * @param input the request's values
     * @param secret the ToolJet secret (The external API access token configured on the ToolJet
     *     server, sent as given after "Authorization: Basic ".)
     * @return the token, its expiry, the embed URL and the vendor's answer
     * @throws EmbedsealException see {@link #exchange(Input, String, long, String, long)}
     */
    public static Result exchange(Input input, String secret) throws EmbedsealException {
        return exchange(input, secret, Instant.now().getEpochSecond(), null, TIMEOUT_MS);
    }

    // --8<-- [start:exchange]
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
    // --8<-- [end:exchange]

    /**
     * Reads exchange inputs from parsed JSON (see {@link Json#parseObject(String)}), as a
     * configuration file would hold them; {@code null} members count as absent.
     *
     * @param fields the inputs by wire name
     * @return the typed input
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for an unknown member or a value
     *     of the wrong type
     */
    public static Input inputFromJson(Map<String, ?> fields) throws EmbedsealException {
        List<String> names = List.of("server_url", "email", "appId", "sessionExpiry", "patExpiry");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "server_url", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "email", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "appId", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "sessionExpiry", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "patExpiry", INVALID_INPUT, JsonValues::integer));
    }
}
