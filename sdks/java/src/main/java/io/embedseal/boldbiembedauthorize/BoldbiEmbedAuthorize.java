// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

package io.embedseal.boldbiembedauthorize;

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
 * Bold BI embed token (v14.1 and later) (Bold BI): the back end sends its secret to Bold BI over
 * HTTPS and receives a token.
 *
 * <p>Format description: {@code spec/formats/boldbi-embed-authorize.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://help.boldbi.com/embedding-options/embedding-sdk/token-generation/
 * </ul>
 */
public final class BoldbiEmbedAuthorize {
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

    private BoldbiEmbedAuthorize() {}

    /**
     * What the caller supplies to exchange the secret for a token.
     *
     * @param serverurl Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in
     *     the URL and the body.
     * @param siteidentifier The site (tenant) identifier (site/site1); in the URL and the body.
     * @param email The viewer's email; the user must exist in Bold BI with access to the dashboard.
     * @param dashboard The dashboard; mandatory on Bold BI 14.1.11 only. Optional (null to leave
     *     out).
     */
    public record Input(
            String serverurl,
            String siteidentifier,
            String email,
            BoldbiEmbedAuthorizeDashboard dashboard) {}

    /**
     * A {@code BoldbiEmbedAuthorizeDashboard} object.
     *
     * @param id The dashboard's id (from its URL).
     */
    public record BoldbiEmbedAuthorizeDashboard(String id) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            return json;
        }
    }

    /**
     * The token Bold BI issued.
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
     * @param secret the Bold BI secret (The embed secret from Bold BI's embed settings; sent in the
     *     body as embedsecret.)
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
        List<String> names = List.of("serverurl", "siteidentifier", "email", "dashboard");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "serverurl", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "siteidentifier", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "email", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields,
                        "dashboard",
                        INVALID_INPUT,
                        BoldbiEmbedAuthorize::readBoldbiEmbedAuthorizeDashboard));
    }

    private static void validateBoldbiEmbedAuthorizeDashboard(
            BoldbiEmbedAuthorizeDashboard value, String where, ErrorCode code)
            throws EmbedsealException {
        Check.required(value.id(), where + ".id", code);
    }

    private static BoldbiEmbedAuthorizeDashboard readBoldbiEmbedAuthorizeDashboard(
            Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("id");
            JsonValues.onlyMembers(object, names, where, code);
        }
        String id = JsonValues.member(object, "id", where + ".id", true, code, JsonValues::string);
        return new BoldbiEmbedAuthorizeDashboard(id);
    }
}
