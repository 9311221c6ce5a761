// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

package io.embedseal.tinybirdjwt;

import static io.embedseal.runtime.ErrorCode.INVALID_CLAIM;
import static io.embedseal.runtime.ErrorCode.INVALID_INPUT;

import io.embedseal.runtime.ByteEncoding;
import io.embedseal.runtime.Bytes;
import io.embedseal.runtime.Check;
import io.embedseal.runtime.EmbedsealException;
import io.embedseal.runtime.ErrorCode;
import io.embedseal.runtime.HmacAlgorithm;
import io.embedseal.runtime.Hmacs;
import io.embedseal.runtime.Json;
import io.embedseal.runtime.JsonProfile;
import io.embedseal.runtime.JsonValues;
import io.embedseal.runtime.PercentEncoding;
import io.embedseal.runtime.RandomSource;
import io.embedseal.runtime.SecretEncoding;
import io.embedseal.runtime.Secrets;
import io.embedseal.runtime.Times;
import io.embedseal.runtime.Utf8;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tinybird JWT (Tinybird): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/tinybird-jwt.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://www.tinybird.co/docs/forward/administration/tokens/jwt
 * </ul>
 *
 * <p>Known weaknesses of this format, kept for compatibility with Tinybird:
 *
 * <ul>
 *   <li>unbounded-lifetime: no verify.max_lifetime bounds exp
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class TinybirdJwt {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", true, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private TinybirdJwt() {}

    /**
     * What the caller supplies to sign a Tinybird JWT.
     *
     * @param workspaceId The Tinybird workspace (UUID).
     * @param name Token name, used for usage stats and the rate-limit bucket.
     * @param exp Expiry (Unix seconds); Tinybird refuses tokens without it. Null for the default.
     * @param scopes scopes
     * @param limits limits Optional (null to leave out).
     * @param chartUrl The chart or endpoint URL from Tinybird's iframe snippet (not signed).
     */
    public record Input(
            String workspaceId,
            String name,
            Long exp,
            List<TinybirdJwtScope> scopes,
            TinybirdJwtLimits limits,
            String chartUrl) {}

    /**
     * A {@code TinybirdJwtScope} object.
     *
     * @param type type
     * @param resource Pipe or data source name or id.
     * @param fixedParams Pipe parameters that override any value in the request URL. Optional (null
     *     to leave out).
     * @param filter SQL WHERE clause applied to a data source. Optional (null to leave out).
     */
    public record TinybirdJwtScope(
            String type, String resource, Map<String, Object> fixedParams, String filter) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", type);
            json.put("resource", resource);
            if (fixedParams != null) {
                json.put("fixed_params", fixedParams);
            }
            if (filter != null) {
                json.put("filter", filter);
            }
            return json;
        }
    }

    /**
     * A {@code TinybirdJwtLimits} object.
     *
     * @param rps Requests per second for this token name; 0 or less means unlimited.
     */
    public record TinybirdJwtLimits(Long rps) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rps", rps);
            return json;
        }
    }

    /**
     * The claims of a verified Tinybird JWT.
     *
     * @param workspaceId The Tinybird workspace (UUID).
     * @param name Token name, used for usage stats and the rate-limit bucket.
     * @param exp Expiry (Unix seconds); Tinybird refuses tokens without it.
     * @param scopes scopes
     * @param limits limits Null when absent.
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(
            String workspaceId,
            String name,
            Long exp,
            List<TinybirdJwtScope> scopes,
            TinybirdJwtLimits limits,
            Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (workspaceId != null) {
                json.put("workspace_id", workspaceId);
            }
            if (name != null) {
                json.put("name", name);
            }
            if (exp != null) {
                json.put("exp", exp);
            }
            if (scopes != null) {
                json.put("scopes", scopes.stream().map(TinybirdJwtScope::toJson).toList());
            }
            if (limits != null) {
                json.put("limits", limits.toJson());
            }
            json.putAll(other);
            return json;
        }
    }

    /**
     * The result of signing.
     *
     * @param token the signed token
     * @param url the embed URL
     * @param signature the signature, as it appears in the token
     * @param expiresAt the signed {@code exp}
     */
    public record Signed(String token, String url, String signature, Long expiresAt) {}

    /**
     * Signs with the current time and a secure random source.
     *
     * @param input the values to sign
     * @param secret the Tinybird secret (The workspace admin token (p.eyJ…) used as UTF-8 text.)
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Tinybird JWT.
     *
     * @param input the values to sign
     * @param secret the Tinybird secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        String workspaceId = Check.required(input.workspaceId(), "workspace_id", INVALID_INPUT);
        String name = Check.required(input.name(), "name", INVALID_INPUT);
        Long exp = input.exp() != null ? input.exp() : now + 3600;
        Check.integer(exp, null, null, "exp", INVALID_INPUT);
        List<TinybirdJwtScope> scopes = Check.required(input.scopes(), "scopes", INVALID_INPUT);
        Check.items(scopes, "scopes", INVALID_INPUT);
        for (int i = 0; i < scopes.size(); i++) {
            validateTinybirdJwtScope(scopes.get(i), "scopes[" + i + "]", INVALID_INPUT);
        }
        TinybirdJwtLimits limits = input.limits();
        if (limits != null) {
            validateTinybirdJwtLimits(limits, "limits", INVALID_INPUT);
        }
        String chartUrl = Check.required(input.chartUrl(), "chart_url", INVALID_INPUT);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("typ", "JWT");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("workspace_id", workspaceId);
        payload.put("name", name);
        payload.put("exp", exp);
        payload.put("scopes", scopes.stream().map(TinybirdJwtScope::toJson).toList());
        if (limits != null) {
            payload.put("limits", limits.toJson());
        }
        byte[] headerJson = Utf8.encode(Json.encode(header, JSON));
        byte[] payloadJson = Utf8.encode(Json.encode(payload, JSON));
        String signingInput =
                Bytes.encode(headerJson, ByteEncoding.BASE64URL_NOPAD)
                        + "."
                        + Bytes.encode(payloadJson, ByteEncoding.BASE64URL_NOPAD);
        byte[] mac =
                Hmacs.hmac(
                        HmacAlgorithm.SHA256,
                        key,
                        signingInput.getBytes(StandardCharsets.US_ASCII));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64URL_NOPAD);
        String token = signingInput + "." + signature;
        String url = embedUrl(chartUrl, token);
        return new Signed(token, url, signature, exp);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param chartUrl The chart or endpoint URL from Tinybird's iframe snippet (not signed).
     * @param token the token to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(String chartUrl, String token) throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append(Check.rawUrlPart(chartUrl, "chart_url"));
        String query = query(token);
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }
    // --8<-- [end:url]

    /** The query string: parameters in order, absent ones left out. */
    private static String query(String token) throws EmbedsealException {
        List<String> pairs = new ArrayList<>();
        if (token != null) {
            pairs.add(percent("token") + "=" + percent(token));
        }
        return String.join("&", pairs);
    }

    private static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, PERCENT_SAFE, PERCENT_SPACE);
    }

    /**
     * Verifies with the current time.
     *
     * @param token the token as received
     * @param secret the Tinybird secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Tinybird JWT.
     *
     * @param token the token as received
     * @param secret the Tinybird secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            throw new EmbedsealException(
                    ErrorCode.MALFORMED, "a JWS has 3 segments, this has " + segments.length);
        }
        byte[] headerJson = Bytes.decode(segments[0], ByteEncoding.BASE64URL_NOPAD);
        byte[] payloadJson = Bytes.decode(segments[1], ByteEncoding.BASE64URL_NOPAD);
        byte[] received = Bytes.decode(segments[2], ByteEncoding.BASE64URL_NOPAD);
        Map<String, Object> header = Json.parseObject(headerJson);
        HmacAlgorithm hash =
                switch (header.get("alg") instanceof String alg ? alg : "") {
                    case "HS256" -> HmacAlgorithm.SHA256;
                    default -> throw new EmbedsealException(
                            ErrorCode.ALG_NOT_ALLOWED, "the token's alg is not allowed");
                };
        if (header.containsKey("crit")) {
            // RFC 7515 section 4.1.11: no extension is understood here, so none may be critical.
            throw new EmbedsealException(
                    ErrorCode.MALFORMED, "the header lists unsupported critical extensions");
        }
        String signingInput = segments[0] + "." + segments[1];
        byte[] expected = Hmacs.hmac(hash, key, signingInput.getBytes(StandardCharsets.US_ASCII));
        if (!Hmacs.constantTimeEquals(expected, received)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> payload = Json.parseObject(payloadJson);
        String workspaceId =
                JsonValues.member(payload, "workspace_id", true, INVALID_CLAIM, JsonValues::string);
        String name = JsonValues.member(payload, "name", true, INVALID_CLAIM, JsonValues::string);
        Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(exp, null, null, "exp", INVALID_CLAIM);
        List<TinybirdJwtScope> scopes =
                JsonValues.member(
                        payload,
                        "scopes",
                        true,
                        INVALID_CLAIM,
                        JsonValues.list(TinybirdJwt::readTinybirdJwtScope));
        TinybirdJwtLimits limits =
                JsonValues.member(
                        payload,
                        "limits",
                        false,
                        INVALID_CLAIM,
                        TinybirdJwt::readTinybirdJwtLimits);
        Times.check(now, 0, exp, null, null, null, null);
        Map<String, Object> other = new LinkedHashMap<>(payload);
        List<String> declared = List.of("workspace_id", "name", "exp", "scopes", "limits");
        other.keySet().removeAll(declared);
        return new Claims(workspaceId, name, exp, scopes, limits, other);
    }
    // --8<-- [end:verify]

    /**
     * Reads sign inputs from parsed JSON (see {@link Json#parseObject(String)}), as a
     * configuration file would hold them; {@code null} members count as absent.
     *
     * @param fields the inputs by wire name
     * @return the typed input
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for an unknown member or a value
     *     of the wrong type
     */
    public static Input inputFromJson(Map<String, ?> fields) throws EmbedsealException {
        List<String> names =
                List.of("workspace_id", "name", "exp", "scopes", "limits", "chart_url");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "workspace_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "name", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "exp", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(
                        fields,
                        "scopes",
                        INVALID_INPUT,
                        JsonValues.list(TinybirdJwt::readTinybirdJwtScope)),
                JsonValues.nullable(
                        fields, "limits", INVALID_INPUT, TinybirdJwt::readTinybirdJwtLimits),
                JsonValues.nullable(fields, "chart_url", INVALID_INPUT, JsonValues::string));
    }

    private static void validateTinybirdJwtScope(
            TinybirdJwtScope value, String where, ErrorCode code)
            throws EmbedsealException {
        Check.required(value.type(), where + ".type", code);
        if (value.type() != null) {
            Check.oneOf(
                    value.type(), List.of("PIPES:READ", "DATASOURCES:READ"), where + ".type", code);
        }
        Check.required(value.resource(), where + ".resource", code);
        if (value.fixedParams() != null) {
            Check.jsonObject(value.fixedParams(), where + ".fixed_params", code);
        }
    }

    private static TinybirdJwtScope readTinybirdJwtScope(Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("type", "resource", "fixed_params", "filter");
            JsonValues.onlyMembers(object, names, where, code);
        }
        String type =
                JsonValues.member(object, "type", where + ".type", true, code, JsonValues::string);
        Check.oneOf(type, List.of("PIPES:READ", "DATASOURCES:READ"), where + ".type", code);
        String resource =
                JsonValues.member(
                        object, "resource", where + ".resource", true, code, JsonValues::string);
        Map<String, Object> fixedParams =
                JsonValues.member(
                        object,
                        "fixed_params",
                        where + ".fixed_params",
                        false,
                        code,
                        JsonValues::object);
        if (fixedParams != null) {
            Check.jsonObject(fixedParams, where + ".fixed_params", code);
        }
        String filter =
                JsonValues.member(
                        object, "filter", where + ".filter", false, code, JsonValues::string);
        return new TinybirdJwtScope(type, resource, fixedParams, filter);
    }

    private static void validateTinybirdJwtLimits(
            TinybirdJwtLimits value, String where, ErrorCode code)
            throws EmbedsealException {
        Check.required(value.rps(), where + ".rps", code);
        if (value.rps() != null) {
            Check.integer(value.rps(), null, null, where + ".rps", code);
        }
    }

    private static TinybirdJwtLimits readTinybirdJwtLimits(
            Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("rps");
            JsonValues.onlyMembers(object, names, where, code);
        }
        Long rps =
                JsonValues.member(object, "rps", where + ".rps", true, code, JsonValues::integer);
        Check.integer(rps, null, null, where + ".rps", code);
        return new TinybirdJwtLimits(rps);
    }
}
