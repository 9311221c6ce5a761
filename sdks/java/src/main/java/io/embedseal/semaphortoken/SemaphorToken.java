// Code generated from spec/formats/semaphor-token.yaml — do not edit.

package io.embedseal.semaphortoken;

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
 * Semaphor dashboard token (Semaphor): the back end sends its secret to Semaphor over HTTPS and
 * receives a token.
 *
 * <p>Format description: {@code spec/formats/semaphor-token.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://docs.semaphor.cloud/docs/embedding/token-options
 *   <li>https://docs.semaphor.cloud/docs/api/tokens
 * </ul>
 */
public final class SemaphorToken {
    /** How this format writes the request body. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** The format's timeout for one call, in milliseconds. */
    public static final long TIMEOUT_MS = 10000L;

    /** The statuses that carry a token. */
    private static final List<Integer> SUCCESS = List.of(200);

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

    private SemaphorToken() {}

    /**
     * What the caller supplies to exchange the secret for a token.
     *
     * @param serverUrl Semaphor's API origin (injectable for tests and private deployments). Null
     *     for the default.
     * @param dashboardId The dashboard's id (d_…).
     * @param tokenExpiry How long the token lives, in seconds (Semaphor's default is one hour).
     *     Null for the default.
     * @param endUserId Your id for the person viewing the dashboard. Optional (null to leave out).
     * @param params User parameters the dashboard reads. Optional (null to leave out).
     */
    public record Input(
            String serverUrl,
            String dashboardId,
            Long tokenExpiry,
            String endUserId,
            SemaphorTokenParams params) {}

    /**
     * A {@code SemaphorTokenCurrencyFormat} object.
     *
     * @param locale A BCP 47 locale: en-US.
     * @param currency An ISO 4217 code: USD.
     */
    public record SemaphorTokenCurrencyFormat(String locale, String currency) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("locale", locale);
            json.put("currency", currency);
            return json;
        }
    }

    /**
     * A {@code SemaphorTokenParams} object.
     *
     * @param currencyFormat How numbers show as money; values as Intl.NumberFormat takes them.
     *     Optional (null to leave out).
     */
    public record SemaphorTokenParams(SemaphorTokenCurrencyFormat currencyFormat) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (currencyFormat != null) {
                json.put("currencyFormat", currencyFormat.toJson());
            }
            return json;
        }
    }

    /**
     * What the revocation call's URL needs.
     *
     * @param serverUrl Semaphor's API origin (injectable for tests and private deployments). Null
     *     for the default.
     */
    public record RevokeInput(String serverUrl) {}

    /**
     * The token Semaphor issued.
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
     * @param secret the Semaphor secret (The dashboard secret (ds_…) from Semaphor's dashboard
     *     settings; sent in the body.)
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
    // --8<-- [end:exchange]

    /**
     * Revokes a token, now, with the format's server and timeout.
     *
     * @param input the values the revocation URL needs
     * @param token the token to revoke
     * @throws EmbedsealException see {@link #revoke(RevokeInput, String, long, String, long)}
     */
    public static void revoke(RevokeInput input, String token)
            throws EmbedsealException {
        revoke(input, token, Instant.now().getEpochSecond(), null, TIMEOUT_MS);
    }

    // --8<-- [start:revoke]
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
    // --8<-- [end:revoke]

    /**
     * Reads the revocation call's inputs from parsed JSON; other members are ignored.
     *
     * @param fields the inputs by wire name
     * @return the typed input
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for a value of the wrong type
     */
    public static RevokeInput revokeInputFromJson(Map<String, ?> fields)
            throws EmbedsealException {
        return new RevokeInput(
                JsonValues.nullable(fields, "server_url", INVALID_INPUT, JsonValues::string));
    }

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
        List<String> names =
                List.of("server_url", "dashboardId", "tokenExpiry", "endUserId", "params");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "server_url", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "dashboardId", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "tokenExpiry", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "endUserId", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields, "params", INVALID_INPUT, SemaphorToken::readSemaphorTokenParams));
    }

    private static void validateSemaphorTokenCurrencyFormat(
            SemaphorTokenCurrencyFormat value, String where, ErrorCode code)
            throws EmbedsealException {
        Check.required(value.locale(), where + ".locale", code);
        Check.required(value.currency(), where + ".currency", code);
    }

    private static SemaphorTokenCurrencyFormat readSemaphorTokenCurrencyFormat(
            Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("locale", "currency");
            JsonValues.onlyMembers(object, names, where, code);
        }
        String locale =
                JsonValues.member(
                        object, "locale", where + ".locale", true, code, JsonValues::string);
        String currency =
                JsonValues.member(
                        object, "currency", where + ".currency", true, code, JsonValues::string);
        return new SemaphorTokenCurrencyFormat(locale, currency);
    }

    private static void validateSemaphorTokenParams(
            SemaphorTokenParams value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value.currencyFormat() != null) {
            validateSemaphorTokenCurrencyFormat(value.currencyFormat(), where + ".currencyFormat", code);
        }
    }

    private static SemaphorTokenParams readSemaphorTokenParams(
            Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("currencyFormat");
            JsonValues.onlyMembers(object, names, where, code);
        }
        SemaphorTokenCurrencyFormat currencyFormat =
                JsonValues.member(
                        object,
                        "currencyFormat",
                        where + ".currencyFormat",
                        false,
                        code,
                        SemaphorToken::readSemaphorTokenCurrencyFormat);
        return new SemaphorTokenParams(currencyFormat);
    }
}
