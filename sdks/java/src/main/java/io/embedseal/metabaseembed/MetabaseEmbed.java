// Code generated from spec/formats/metabase-embed.yaml — do not edit.

package io.embedseal.metabaseembed;

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
 * Metabase static embedding token (Metabase): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/metabase-embed.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://www.metabase.com/docs/latest/embedding/static-embedding
 *   <li>https://github.com/metabase/metabase/blob/master/src/metabase/embedding/jwt.clj
 * </ul>
 *
 * <p>Known weaknesses of this format, kept for compatibility with Metabase:
 *
 * <ul>
 *   <li>no-expiry: exp is optional, and without it nothing expires
 *   <li>unbounded-lifetime: no verify.max_lifetime bounds exp
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class MetabaseEmbed {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private MetabaseEmbed() {}

    /**
     * What the caller supplies to sign a Metabase static embedding token.
     *
     * @param resource resource
     * @param params Locked parameters by slug; every locked parameter must be present. Null for the
     *     default.
     * @param exp Expiry (Unix seconds); Metabase's snippets use ten minutes. Null for the default.
     * @param siteUrl Your Metabase site, e.g. https://metabase.example.com (not signed).
     */
    public record Input(
            MetabaseEmbedResource resource, Map<String, Object> params, Long exp, String siteUrl) {}

    /**
     * A {@code MetabaseEmbedResource} object.
     *
     * @param dashboard Dashboard id. Optional (null to leave out).
     * @param question Question (card) id. Optional (null to leave out).
     */
    public record MetabaseEmbedResource(Long dashboard, Long question) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (dashboard != null) {
                json.put("dashboard", dashboard);
            }
            if (question != null) {
                json.put("question", question);
            }
            return json;
        }
    }

    /**
     * The claims of a verified Metabase static embedding token.
     *
     * @param resource resource
     * @param params Locked parameters by slug; every locked parameter must be present.
     * @param exp Expiry (Unix seconds); Metabase's snippets use ten minutes. Null when absent.
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(
            MetabaseEmbedResource resource,
            Map<String, Object> params,
            Long exp,
            Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (resource != null) {
                json.put("resource", resource.toJson());
            }
            if (params != null) {
                json.put("params", params);
            }
            if (exp != null) {
                json.put("exp", exp);
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
     * @param expiresAt the signed {@code exp}, or null
     */
    public record Signed(String token, String url, String signature, Long expiresAt) {}

    /**
     * Signs with the current time and a secure random source.
     *
     * @param input the values to sign
     * @param secret the Metabase secret (The embedding secret key from Admin settings, used as
     *     text.)
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Metabase static embedding token.
     *
     * @param input the values to sign
     * @param secret the Metabase secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        MetabaseEmbedResource resource =
                Check.required(input.resource(), "resource", INVALID_INPUT);
        validateMetabaseEmbedResource(resource, "resource", INVALID_INPUT);
        Map<String, Object> params = input.params();
        if (params == null) {
            params = new LinkedHashMap<String, Object>();
        }
        Check.jsonObject(params, "params", INVALID_INPUT);
        Long exp = input.exp() != null ? input.exp() : now + 600;
        Check.integer(exp, null, null, "exp", INVALID_INPUT);
        String siteUrl = Check.required(input.siteUrl(), "site_url", INVALID_INPUT);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("typ", "JWT");
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("resource", resource.toJson());
        payload.put("params", params);
        payload.put("exp", exp);
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
        String url = embedUrl(siteUrl, token);
        return new Signed(token, url, signature, exp);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param siteUrl Your Metabase site, e.g. https://metabase.example.com (not signed).
     * @param token the token to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(String siteUrl, String token) throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append(Check.rawUrlPart(siteUrl, "site_url"));
        url.append("/embed/dashboard/");
        url.append(token);
        url.append('#');
        url.append("bordered=true&titled=true");
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
     * @param secret the Metabase secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Metabase static embedding token.
     *
     * @param token the token as received
     * @param secret the Metabase secret
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
        MetabaseEmbedResource resource =
                JsonValues.member(
                        payload,
                        "resource",
                        true,
                        INVALID_CLAIM,
                        MetabaseEmbed::readMetabaseEmbedResource);
        Map<String, Object> params =
                JsonValues.member(payload, "params", true, INVALID_CLAIM, JsonValues::object);
        Check.jsonObject(params, "params", INVALID_CLAIM);
        Long exp = JsonValues.member(payload, "exp", false, INVALID_CLAIM, JsonValues::integer);
        if (exp != null) {
            Check.integer(exp, null, null, "exp", INVALID_CLAIM);
        }
        Times.check(now, 60, exp, null, null, null, null);
        Map<String, Object> other = new LinkedHashMap<>(payload);
        List<String> declared = List.of("resource", "params", "exp");
        other.keySet().removeAll(declared);
        return new Claims(resource, params, exp, other);
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
        List<String> names = List.of("resource", "params", "exp", "site_url");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(
                        fields,
                        "resource",
                        INVALID_INPUT,
                        MetabaseEmbed::readMetabaseEmbedResource),
                JsonValues.nullable(fields, "params", INVALID_INPUT, JsonValues::object),
                JsonValues.nullable(fields, "exp", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "site_url", INVALID_INPUT, JsonValues::string));
    }

    private static void validateMetabaseEmbedResource(
            MetabaseEmbedResource value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value.dashboard() != null) {
            Check.integer(value.dashboard(), null, null, where + ".dashboard", code);
        }
        if (value.question() != null) {
            Check.integer(value.question(), null, null, where + ".question", code);
        }
        int present = 0;
        present += value.dashboard() != null ? 1 : 0;
        present += value.question() != null ? 1 : 0;
        Check.exactlyOne(present, "dashboard, question", where, code);
    }

    private static MetabaseEmbedResource readMetabaseEmbedResource(
            Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("dashboard", "question");
            JsonValues.onlyMembers(object, names, where, code);
        }
        Long dashboard =
                JsonValues.member(
                        object,
                        "dashboard",
                        where + ".dashboard",
                        false,
                        code,
                        JsonValues::integer);
        if (dashboard != null) {
            Check.integer(dashboard, null, null, where + ".dashboard", code);
        }
        Long question =
                JsonValues.member(
                        object, "question", where + ".question", false, code, JsonValues::integer);
        if (question != null) {
            Check.integer(question, null, null, where + ".question", code);
        }
        int present = 0;
        present += dashboard != null ? 1 : 0;
        present += question != null ? 1 : 0;
        Check.exactlyOne(present, "dashboard, question", where, code);
        return new MetabaseEmbedResource(dashboard, question);
    }
}
