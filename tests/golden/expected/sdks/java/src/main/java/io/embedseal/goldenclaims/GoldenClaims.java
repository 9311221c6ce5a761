// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

package io.embedseal.goldenclaims;

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
 * Golden claims fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code tests/golden/specs/golden-claims.yaml}.
 *
 * <p>References:
 *
 * <ul>
 * </ul>
 */
public final class GoldenClaims {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", true, true);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private GoldenClaims() {}

    /**
     * What the caller supplies to sign a Golden claims fixture.
     *
     * @param httpExampleComIsRoot http://example.com/is_root Optional (null to leave out).
     * @param class_ class
     * @param type type Null for the default.
     * @param exp exp Null for the default.
     * @param kid kid
     * @param items items
     * @param meta meta Optional (null to leave out).
     * @param base base
     */
    public record Input(
            Boolean httpExampleComIsRoot,
            String class_,
            Long type,
            Long exp,
            String kid,
            List<GoldenClaimsItem> items,
            Map<String, Object> meta,
            String base) {}

    /**
     * A {@code GoldenClaimsItem} object.
     *
     * @param id id
     * @param tags tags Optional (null to leave out).
     */
    public record GoldenClaimsItem(Long id, List<String> tags) {
        /**
         * Returns this object as JSON, members in declared order.
         *
         * @return the members that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", id);
            if (tags != null) {
                json.put("tags", tags);
            }
            return json;
        }
    }

    /**
     * The claims of a verified Golden claims fixture.
     *
     * @param httpExampleComIsRoot http://example.com/is_root Null when absent.
     * @param nonce :nonce
     * @param class_ class
     * @param type type
     * @param iat iat
     * @param exp exp
     * @param kid kid
     * @param items items
     * @param meta meta Null when absent.
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(
            Boolean httpExampleComIsRoot,
            String nonce,
            String class_,
            Long type,
            Long iat,
            Long exp,
            String kid,
            List<GoldenClaimsItem> items,
            Map<String, Object> meta,
            Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (httpExampleComIsRoot != null) {
                json.put("http://example.com/is_root", httpExampleComIsRoot);
            }
            if (nonce != null) {
                json.put(":nonce", nonce);
            }
            if (class_ != null) {
                json.put("class", class_);
            }
            if (type != null) {
                json.put("type", type);
            }
            if (iat != null) {
                json.put("iat", iat);
            }
            if (exp != null) {
                json.put("exp", exp);
            }
            if (kid != null) {
                json.put("kid", kid);
            }
            if (items != null) {
                json.put("items", items.stream().map(GoldenClaimsItem::toJson).toList());
            }
            if (meta != null) {
                json.put("meta", meta);
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
     * @param secret the embedseal tests secret
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Golden claims fixture.
     *
     * @param input the values to sign
     * @param secret the embedseal tests secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.HEX, 16);
        Boolean httpExampleComIsRoot = input.httpExampleComIsRoot();
        String nonce = RandomSource.text(random.take(8), "hex");
        String class_ = Check.required(input.class_(), "class", INVALID_INPUT);
        Check.oneOf(class_, List.of("gold", "silver"), "class", INVALID_INPUT);
        Long type = input.type() != null ? input.type() : 3L;
        Check.integer(type, 0L, 10L, "type", INVALID_INPUT);
        Long iat = now;
        Check.integer(iat, null, null, "iat", INVALID_INPUT);
        Long exp = input.exp() != null ? input.exp() : now + 300;
        Check.integer(exp, null, null, "exp", INVALID_INPUT);
        String kid = Check.required(input.kid(), "kid", INVALID_INPUT);
        Check.maxLength(kid, 32, "kid", INVALID_INPUT);
        List<GoldenClaimsItem> items = Check.required(input.items(), "items", INVALID_INPUT);
        Check.items(items, "items", INVALID_INPUT);
        for (int i = 0; i < items.size(); i++) {
            validateGoldenClaimsItem(items.get(i), "items[" + i + "]", INVALID_INPUT);
        }
        Map<String, Object> meta = input.meta();
        if (meta != null) {
            Check.jsonObject(meta, "meta", INVALID_INPUT);
        }
        String base = Check.required(input.base(), "base", INVALID_INPUT);

        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS512");
        header.put("typ", "JWT");
        header.put("kid", kid);
        Map<String, Object> payload = new LinkedHashMap<>();
        if (httpExampleComIsRoot != null) {
            payload.put("http://example.com/is_root", httpExampleComIsRoot);
        }
        payload.put(":nonce", nonce);
        payload.put("class", class_);
        payload.put("type", type);
        payload.put("iat", iat);
        payload.put("exp", exp);
        payload.put("items", items.stream().map(GoldenClaimsItem::toJson).toList());
        if (meta != null) {
            payload.put("meta", meta);
        }
        byte[] headerJson = Utf8.encode(Json.encode(header, JSON));
        byte[] payloadJson = Utf8.encode(Json.encode(payload, JSON));
        String signingInput =
                Bytes.encode(headerJson, ByteEncoding.BASE64URL_NOPAD)
                        + "."
                        + Bytes.encode(payloadJson, ByteEncoding.BASE64URL_NOPAD);
        byte[] mac =
                Hmacs.hmac(
                        HmacAlgorithm.SHA512,
                        key,
                        signingInput.getBytes(StandardCharsets.US_ASCII));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64URL_NOPAD);
        String token = signingInput + "." + signature;
        String url = embedUrl(base, token);
        return new Signed(token, url, signature, exp);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param base base
     * @param token the token to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(String base, String token) throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append(Check.rawUrlPart(base, "base"));
        url.append("/view");
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
            pairs.add(percent("jwt") + "=" + percent(token));
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
     * @param secret the embedseal tests secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden claims fixture.
     *
     * @param token the token as received
     * @param secret the embedseal tests secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.HEX, 16);
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
                    case "HS512" -> HmacAlgorithm.SHA512;
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
        Boolean httpExampleComIsRoot =
                JsonValues.member(
                        payload,
                        "http://example.com/is_root",
                        false,
                        INVALID_CLAIM,
                        JsonValues::bool);
        String nonce =
                JsonValues.member(payload, ":nonce", true, INVALID_CLAIM, JsonValues::string);
        String class_ =
                JsonValues.member(payload, "class", true, INVALID_CLAIM, JsonValues::string);
        Check.oneOf(class_, List.of("gold", "silver"), "class", INVALID_CLAIM);
        Long type = JsonValues.member(payload, "type", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(type, 0L, 10L, "type", INVALID_CLAIM);
        Long iat = JsonValues.member(payload, "iat", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(iat, null, null, "iat", INVALID_CLAIM);
        Long exp = JsonValues.member(payload, "exp", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(exp, null, null, "exp", INVALID_CLAIM);
        List<GoldenClaimsItem> items =
                JsonValues.member(
                        payload,
                        "items",
                        true,
                        INVALID_CLAIM,
                        JsonValues.list(GoldenClaims::readGoldenClaimsItem));
        Map<String, Object> meta =
                JsonValues.member(payload, "meta", false, INVALID_CLAIM, JsonValues::object);
        if (meta != null) {
            Check.jsonObject(meta, "meta", INVALID_CLAIM);
        }
        String kid = JsonValues.member(header, "kid", true, INVALID_CLAIM, JsonValues::string);
        Check.maxLength(kid, 32, "kid", INVALID_CLAIM);
        Times.check(now, 5, exp, iat, null, null, 600L);
        Map<String, Object> other = new LinkedHashMap<>(payload);
        List<String> declared =
                List.of(
                        "http://example.com/is_root",
                        ":nonce",
                        "class",
                        "type",
                        "iat",
                        "exp",
                        "items",
                        "meta");
        other.keySet().removeAll(declared);
        return new Claims(
                httpExampleComIsRoot, nonce, class_, type, iat, exp, kid, items, meta, other);
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
                List.of(
                        "http://example.com/is_root",
                        "class",
                        "type",
                        "exp",
                        "kid",
                        "items",
                        "meta",
                        "base");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(
                        fields, "http://example.com/is_root", INVALID_INPUT, JsonValues::bool),
                JsonValues.nullable(fields, "class", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "type", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "exp", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "kid", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields,
                        "items",
                        INVALID_INPUT,
                        JsonValues.list(GoldenClaims::readGoldenClaimsItem)),
                JsonValues.nullable(fields, "meta", INVALID_INPUT, JsonValues::object),
                JsonValues.nullable(fields, "base", INVALID_INPUT, JsonValues::string));
    }

    private static void validateGoldenClaimsItem(
            GoldenClaimsItem value, String where, ErrorCode code)
            throws EmbedsealException {
        Check.required(value.id(), where + ".id", code);
        if (value.id() != null) {
            Check.integer(value.id(), null, null, where + ".id", code);
        }
        if (value.tags() != null) {
            Check.items(value.tags(), where + ".tags", code);
        }
    }

    private static GoldenClaimsItem readGoldenClaimsItem(Object json, String where, ErrorCode code)
            throws EmbedsealException {
        Map<String, Object> object = JsonValues.object(json, where, code);
        if (code == INVALID_INPUT) {
            List<String> names = List.of("id", "tags");
            JsonValues.onlyMembers(object, names, where, code);
        }
        Long id = JsonValues.member(object, "id", where + ".id", true, code, JsonValues::integer);
        Check.integer(id, null, null, where + ".id", code);
        List<String> tags =
                JsonValues.member(
                        object,
                        "tags",
                        where + ".tags",
                        false,
                        code,
                        JsonValues.list(JsonValues::string));
        return new GoldenClaimsItem(id, tags);
    }
}
