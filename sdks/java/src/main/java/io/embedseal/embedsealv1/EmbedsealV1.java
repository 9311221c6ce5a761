// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

package io.embedseal.embedsealv1;

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
 * embedseal v1 token (embedseal): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/embedseal-v1.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://www.rfc-editor.org/rfc/rfc7519
 *   <li>https://www.rfc-editor.org/rfc/rfc8725
 * </ul>
 */
public final class EmbedsealV1 {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private EmbedsealV1() {}

    /**
     * What the caller supplies to sign a embedseal v1 token.
     *
     * @param tenant The customer (tenant) the viewer belongs to.
     * @param dashboard The dashboard the token opens.
     * @param exp Expiry; at most one hour after iat. Null for the default.
     * @param params Locked filter values, signed with everything else. Null for the default.
     * @param appUrl Where the dashboard app lives, e.g. https://analytics.example.com.
     */
    public record Input(
            String tenant, String dashboard, Long exp, Map<String, Object> params, String appUrl) {}

    /**
     * The claims of a verified embedseal v1 token.
     *
     * @param tenant The customer (tenant) the viewer belongs to.
     * @param dashboard The dashboard the token opens.
     * @param iat When the token was issued.
     * @param exp Expiry; at most one hour after iat.
     * @param jti A unique id, so a server can refuse replays.
     * @param params Locked filter values, signed with everything else.
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(
            String tenant,
            String dashboard,
            Long iat,
            Long exp,
            String jti,
            Map<String, Object> params,
            Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (tenant != null) {
                json.put("tenant", tenant);
            }
            if (dashboard != null) {
                json.put("dashboard", dashboard);
            }
            if (iat != null) {
                json.put("iat", iat);
            }
            if (exp != null) {
                json.put("exp", exp);
            }
            if (jti != null) {
                json.put("jti", jti);
            }
            if (params != null) {
                json.put("params", params);
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
     * @param secret the embedseal secret (32 or more random bytes, base64url-encoded.)
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a embedseal v1 token.
     *
     * @param input the values to sign
     * @param secret the embedseal secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.BASE64URL, 32);
        String tenant = Check.required(input.tenant(), "tenant", INVALID_INPUT);
        Check.maxLength(tenant, 128, "tenant", INVALID_INPUT);
        String dashboard = Check.required(input.dashboard(), "dashboard", INVALID_INPUT);
        Check.maxLength(dashboard, 128, "dashboard", INVALID_INPUT);
        Long iat = now;
        Check.integer(iat, null, null, "iat", INVALID_INPUT);
        Long exp = input.exp() != null ? input.exp() : now + 600;
        Check.integer(exp, null, null, "exp", INVALID_INPUT);
        String jti = RandomSource.text(random.take(16), "base64url-nopad");
        Map<String, Object> params = input.params();
        if (params == null) {
            params = new LinkedHashMap<String, Object>();
        }
        Check.jsonObject(params, "params", INVALID_INPUT);
        String appUrl = Check.required(input.appUrl(), "app_url", INVALID_INPUT);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("typ", "JWT");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("tenant", tenant);
        payload.put("dashboard", dashboard);
        payload.put("iat", iat);
        payload.put("exp", exp);
        payload.put("jti", jti);
        payload.put("params", params);
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
        String url = embedUrl(appUrl, token);
        return new Signed(token, url, signature, exp);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param appUrl Where the dashboard app lives, e.g. https://analytics.example.com.
     * @param token the token to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(String appUrl, String token) throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append(Check.rawUrlPart(appUrl, "app_url"));
        url.append("/embed");
        url.append('#');
        url.append(token);
        return url.toString();
    }
    // --8<-- [end:url]

    private static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, PERCENT_SAFE, PERCENT_SPACE);
    }

    /**
     * Verifies with the current time.
     *
     * @param token the token as received
     * @param secret the embedseal secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a embedseal v1 token.
     *
     * @param token the token as received
     * @param secret the embedseal secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.BASE64URL, 32);
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
        String tenant =
                JsonValues.member(payload, "tenant", true, INVALID_CLAIM, JsonValues::string);
        Check.maxLength(tenant, 128, "tenant", INVALID_CLAIM);
        String dashboard =
                JsonValues.member(payload, "dashboard", true, INVALID_CLAIM, JsonValues::string);
        Check.maxLength(dashboard, 128, "dashboard", INVALID_CLAIM);
        Long iat = JsonValues.member(payload, "iat", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(iat, null, null, "iat", INVALID_CLAIM);
        Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(exp, null, null, "exp", INVALID_CLAIM);
        String jti = JsonValues.member(payload, "jti", true, INVALID_CLAIM, JsonValues::string);
        Map<String, Object> params =
                JsonValues.member(payload, "params", true, INVALID_CLAIM, JsonValues::object);
        Check.jsonObject(params, "params", INVALID_CLAIM);
        Times.check(now, 30, exp, iat, null, null, 3600L);
        Map<String, Object> other = new LinkedHashMap<>(payload);
        List<String> declared = List.of("tenant", "dashboard", "iat", "exp", "jti", "params");
        other.keySet().removeAll(declared);
        return new Claims(tenant, dashboard, iat, exp, jti, params, other);
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
        List<String> names = List.of("tenant", "dashboard", "exp", "params", "app_url");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "tenant", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "dashboard", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "exp", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "params", INVALID_INPUT, JsonValues::object),
                JsonValues.nullable(fields, "app_url", INVALID_INPUT, JsonValues::string));
    }
}
