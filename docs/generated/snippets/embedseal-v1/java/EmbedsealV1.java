// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

package io.embedseal.embedsealv1;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * embedseal v1 token (embedseal): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/embedseal-v1.yaml}; Java 17 standard library only.
 * References: https://www.rfc-editor.org/rfc/rfc7519, https://www.rfc-editor.org/rfc/rfc8725.
 */
public final class EmbedsealV1 {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final String HEADER =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbedsealV1() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String tenant,
            String dashboard,
            Long iat,
            Long exp,
            String jti,
            Map<String, Object> params,
            String appUrl) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String tenant;
            private String dashboard;
            private Long iat;
            private Long exp;
            private String jti;
            private Map<String, Object> params;
            private String appUrl;

            /** The customer (tenant) the viewer belongs to. */
            public Builder tenant(String tenant) {
                this.tenant = tenant;
                return this;
            }

            /** The dashboard the token opens. */
            public Builder dashboard(String dashboard) {
                this.dashboard = dashboard;
                return this;
            }

            /** When the token was issued. Optional: the signing time when unset. */
            public Builder iat(Long iat) {
                this.iat = iat;
                return this;
            }

            /** Expiry; at most one hour after iat. Optional. */
            public Builder exp(Long exp) {
                this.exp = exp;
                return this;
            }

            /** A unique id, so a server can refuse replays. Optional: drawn fresh when unset. */
            public Builder jti(String jti) {
                this.jti = jti;
                return this;
            }

            /** Locked filter values, signed with everything else. Optional. */
            public Builder params(Map<String, Object> params) {
                this.params = params;
                return this;
            }

            /** Where the dashboard app lives, e.g. https://analytics.example.com. */
            public Builder appUrl(String appUrl) {
                this.appUrl = appUrl;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(tenant, dashboard, iat, exp, jti, params, appUrl);
            }
        }
    }

    /** The verified claims; {@code extra} holds the members this format does not declare. */
    public record Claims(
            String tenant,
            String dashboard,
            Long iat,
            Long exp,
            String jti,
            Map<String, Object> params,
            Map<String, Object> extra) {}

    /** What signing gives: the token, its embed URL, the signature and the response members. */
    public record Signed(String token, String url, String signature, Long expiresAt) {}

    /**
     * When to sign or verify and where random values come from: the clock and SecureRandom unless
     * set.
     */
    public static final class Options {
        private Long now;
        private SecureRandom random = RANDOM;

        /** Signs or verifies as at {@code now}, in Unix seconds. */
        public Options now(long now) {
            this.now = now;
            return this;
        }

        /** Draws random values from {@code random}. */
        public Options random(SecureRandom random) {
            this.random = random;
            return this;
        }

        private byte[] random(int count) {
            byte[] bytes = new byte[count];
            random.nextBytes(bytes);
            return bytes;
        }

        private long now() {
            return now != null ? now : Instant.now().getEpochSecond();
        }
    }

    /**
     * The reason a token is refused or cannot be signed; the same codes in every language of this
     * SDK.
     */
    public enum ErrorCode {
        MALFORMED, BAD_SIGNATURE, ALG_NOT_ALLOWED, EXPIRED, NOT_YET_VALID, LIFETIME_TOO_LONG,
        MISSING_CLAIM, INVALID_CLAIM, INVALID_INPUT, INVALID_KEY, WEAK_KEY
    }

    /** Why signing or verifying failed: {@link #code()}; no message ever holds the secret. */
    public static final class EmbedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final ErrorCode code;

        EmbedException(ErrorCode code, String message) {
            super(message);
            this.code = code;
        }

        /** Returns the reason, for example {@code EXPIRED} or {@code BAD_SIGNATURE}. */
        public ErrorCode code() {
            return code;
        }
    }

    /** Signs with the clock and SecureRandom: see {@link #sign(Input, String, Options)}. */
    public static Signed sign(Input input, String secret) throws EmbedException {
        return sign(input, secret, new Options());
    }

    // --8<-- [start:sign]
    /**
     * Signs a embedseal v1 token.
     *
     * @param input the values to sign
     * @param secret the embedseal secret: 32 or more random bytes, base64url-encoded.
     * @param options the time and random source to sign with
     * @return the token, URL and signature, and the response members
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY} or {@code WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String tenant = required(input.tenant(), "tenant");
        check(tenant.codePointCount(0, tenant.length()) <= 128, "tenant");
        String dashboard = required(input.dashboard(), "dashboard");
        check(dashboard.codePointCount(0, dashboard.length()) <= 128, "dashboard");
        Long iat = input.iat() != null ? input.iat() : now;
        check(iat >= -MAX_SAFE && iat <= MAX_SAFE, "iat");
        Long exp = input.exp() != null ? input.exp() : now + 600;
        check(exp >= -MAX_SAFE && exp <= MAX_SAFE, "exp");
        String jti = input.jti();
        if (jti == null) {
            jti = Base64.getUrlEncoder().withoutPadding().encodeToString(options.random(16));
        }
        Map<String, Object> params = input.params() != null ? input.params() : Map.of();
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        out.append("{\"tenant\":");
        quote(out, tenant);
        out.append(",\"dashboard\":");
        quote(out, dashboard);
        out.append(",\"iat\":");
        out.append(iat);
        out.append(",\"exp\":");
        out.append(exp);
        out.append(",\"jti\":");
        quote(out, jti);
        out.append(",\"params\":");
        write(out, params, 2);
        out.append('}');
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        byte[] payloadJson = out.toString().getBytes(StandardCharsets.UTF_8);
        String signingInput = HEADER + "." + base64url.encodeToString(payloadJson);
        String signature = base64url.encodeToString(hmac("HmacSHA256", key, signingInput));
        String token = signingInput + "." + signature;
        return new Signed(token, embedUrl(token, input), signature, exp);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL for a token, a new one or one kept from earlier.
     *
     * @param token the token
     * @param input the values the URL uses
     * @return the URL
     * @throws EmbedException {@code INVALID_INPUT} for a missing or unusable URL value
     */
    public static String embedUrl(String token, Input input) throws EmbedException {
        String appUrl = required(input.appUrl(), "app_url");
        StringBuilder url = new StringBuilder(raw(appUrl, "app_url"));
        url.append("/embed");
        url.append('#').append(token);
        return url.toString();
    }
    // --8<-- [end:url]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String token, String secret) throws EmbedException {
        return verify(token, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a embedseal v1 token: its signature, its claims and its times.
     *
     * @param token the token as received
     * @param secret the embedseal secret
     * @param options the time to verify at
     * @return the verified claims
     * @throws EmbedException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, Options options)
            throws EmbedException {
        byte[] key = key(secret);
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            throw new EmbedException(
                    ErrorCode.MALFORMED, "a JWS has 3 segments, not " + segments.length);
        }
        byte[] headerJson = base64urlNoPad(segments[0]);
        byte[] payloadJson = base64urlNoPad(segments[1]);
        byte[] received = base64urlNoPad(segments[2]);
        Map<String, Object> header = Json.object(headerJson, "the header");
        if (!"HS256".equals(header.get("alg"))) {
            throw new EmbedException(ErrorCode.ALG_NOT_ALLOWED, "the header's alg is not HS256");
        }
        if (header.containsKey("crit")) {
            throw new EmbedException(ErrorCode.MALFORMED, "the header lists critical extensions");
        }
        String signingInput = segments[0] + "." + segments[1];
        if (!MessageDigest.isEqual(hmac("HmacSHA256", key, signingInput), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> payload = Json.object(payloadJson, "the payload");
        String tenant =
                payload.get("tenant") instanceof String v && v.codePointCount(0, v.length()) <= 128
                        ? v
                        : claim(payload, "tenant");
        String dashboard =
                payload.get("dashboard") instanceof String v
                        && v.codePointCount(0, v.length()) <= 128
                        ? v
                        : claim(payload, "dashboard");
        Long iat = payload.get("iat") instanceof Long v ? v : claim(payload, "iat");
        Long exp = payload.get("exp") instanceof Long v ? v : claim(payload, "exp");
        String jti = payload.get("jti") instanceof String v ? v : claim(payload, "jti");
        Map<String, Object> params = object(payload, "params", true);
        // Registered claims (RFC 7519) not declared here: checked whenever the token has them.
        Long nbf = payload.get("nbf") instanceof Long v ? v : optional(payload, "nbf");
        long now = options.now();
        if (exp + 30 <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "expired at " + exp + ", now " + now);
        }
        if (iat - 30 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "iat is in the future: " + iat);
        }
        if (nbf != null && nbf - 30 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "nbf is in the future: " + nbf);
        }
        if (exp - 3600 > iat) {
            throw new EmbedException(ErrorCode.LIFETIME_TOO_LONG, "lives longer than 3600 s");
        }
        payload.keySet().removeAll(List.of("tenant", "dashboard", "iat", "exp", "jti", "params"));
        return new Claims(
                tenant, dashboard, iat, exp, jti, params, Collections.unmodifiableMap(payload));
    }
    // --8<-- [end:verify]

    /** The HMAC key: the secret's bytes, written in base64url; the secret is never in a message. */
    private static byte[] key(String secret) throws EmbedException {
        byte[] key;
        try {
            boolean partial = secret.indexOf('=') >= 0 && secret.length() % 4 != 0;
            key = partial ? null : Base64.getUrlDecoder().decode(secret);
        } catch (IllegalArgumentException | NullPointerException e) {
            key = null; // the decoder's message may quote the secret: it is dropped
        }
        if (key == null) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is not valid base64url");
        }
        if (key.length == 0) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is empty");
        }
        if (key.length < 32) {
            throw new EmbedException(ErrorCode.WEAK_KEY, "the key has fewer than 32 bytes");
        }
        return key;
    }

    private static byte[] hmac(String algorithm, byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is missing from this Java runtime", e);
        }
    }

    private static <T> T required(T value, String name) throws EmbedException {
        if (value == null) {
            throw new EmbedException(ErrorCode.INVALID_INPUT, name + " is required");
        }
        return value;
    }

    private static void check(boolean ok, String name) throws EmbedException {
        if (!ok) {
            throw new EmbedException(ErrorCode.INVALID_INPUT, name + " is not an allowed value");
        }
    }

    /** {@code value} if it is Unicode text (no lone surrogate); null stays null. */
    private static String text(String value, String name) throws EmbedException {
        check(value == null || unicode(value), name);
        return value;
    }

    /** Text placed raw before the query: a {@code ?} or {@code #} would end its part early. */
    private static String raw(String value, String name) throws EmbedException {
        check(value.indexOf('?') < 0 && value.indexOf('#') < 0, name);
        return text(value, name);
    }

    /** Throws for a claim that is absent (MISSING_CLAIM) or has the wrong type or value. */
    private static <T> T claim(Map<String, ?> object, String name) throws EmbedException {
        if (!object.containsKey(name)) {
            throw new EmbedException(ErrorCode.MISSING_CLAIM, name + " is missing");
        }
        return optional(object, name);
    }

    /** Null for an optional claim that is absent; else throws: it has the wrong type or value. */
    private static <T> T optional(Map<String, ?> object, String name) throws EmbedException {
        if (object.containsKey(name)) {
            throw new EmbedException(
                    ErrorCode.INVALID_CLAIM, name + " has the wrong type or value");
        }
        return null;
    }

    /** The object claim {@code name}, as read. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, ?> object, String name, boolean required)
            throws EmbedException {
        if (object.get(name) instanceof Map<?, ?> value) {
            return (Map<String, Object>) value;
        }
        return required ? claim(object, name) : optional(object, name);
    }

    /** Appends {@code text} as a JSON string; a lone surrogate is refused. */
    private static StringBuilder quote(StringBuilder out, String text) throws EmbedException {
        out.append('"');
        int done = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            out.append(text, done, i);
            done = i + 1;
            int escape = "\"\\\b\f\n\r\t".indexOf(c);
            boolean pair = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (escape >= 0) {
                out.append('\\').append("\"\\bfnrt".charAt(escape));
            } else if (Character.isHighSurrogate(c) && pair) {
                out.append(c).append(text.charAt(++i));
                done = i + 1;
            } else if (Character.isSurrogate(c)) {
                throw new EmbedException(
                        ErrorCode.INVALID_INPUT, "a string holds a lone surrogate");
            } else {
                out.append("\\u").append(Integer.toHexString(c | 0x10000), 1, 5);
            }
        }
        return out.append(text, done, text.length()).append('"');
    }

    /**
     * Appends the caller's JSON: null, Boolean, String, Long or Integer, List, or Map with String
     * keys, at most 64 levels deep.
     */
    private static void write(StringBuilder out, Object value, int depth) throws EmbedException {
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof String text) {
            quote(out, text);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            long number = ((Number) value).longValue();
            check(number >= -MAX_SAFE && number <= MAX_SAFE, "an integer beyond 2^53 - 1");
            out.append(number);
        } else if (!(value instanceof Map<?, ?> || value instanceof List<?>) || depth > 64) {
            String what = depth > 64 ? "JSON nested deeper than 64" : value.getClass().getName();
            throw new EmbedException(ErrorCode.INVALID_INPUT, what + " is not allowed in JSON");
        } else if (value instanceof Map<?, ?> map) {
            String separator = "{";
            for (Map.Entry<?, ?> member : map.entrySet()) {
                if (!(member.getKey() instanceof String key)) {
                    throw new EmbedException(ErrorCode.INVALID_INPUT, "a JSON key is not a String");
                }
                quote(out.append(separator), key).append(":");
                write(out, member.getValue(), depth + 1);
                separator = ",";
            }
            out.append(map.isEmpty() ? "{}" : "}");
        } else {
            String separator = "[";
            for (Object item : (List<?>) value) {
                write(out.append(separator), item, depth + 1);
                separator = ",";
            }
            out.append(separator.equals("[") ? "[]" : "]");
        }
    }

    /** A strict JSON reader: integers within ±(2^53 - 1) only, no duplicate keys, 64 levels. */
    private static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) throws EmbedException {
            Json json = new Json(text);
            try {
                Object value = json.value(1);
                expect(json.space() == text.length(), "data after the value");
                return value;
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new EmbedException(ErrorCode.MALFORMED, "not strict JSON: " + e.getMessage());
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> object(byte[] utf8, String what) throws EmbedException {
            if (parse(utf8(utf8)) instanceof Map<?, ?> object) {
                return (Map<String, Object>) object;
            }
            throw new EmbedException(ErrorCode.MALFORMED, what + " is not a JSON object");
        }

        private Object value(int depth) {
            char c = text.charAt(space());
            if (c == '{' || c == '[') {
                expect(depth <= 64, "nesting deeper than 64");
                at++;
                Map<String, Object> object = c == '{' ? new LinkedHashMap<>() : null;
                List<Object> array = c == '[' ? new ArrayList<>() : null;
                char close = c == '{' ? '}' : ']';
                if (!eat(close)) {
                    do {
                        if (c == '[') {
                            array.add(value(depth + 1));
                            continue;
                        }
                        expect(eat('"'), "a key must be a string");
                        String key = string();
                        expect(!object.containsKey(key) && eat(':'), "a duplicate key or no ':'");
                        object.put(key, value(depth + 1));
                    } while (eat(','));
                    expect(eat(close), "no ',' or closing bracket");
                }
                return c == '{' ? object : array;
            }
            if (text.startsWith("true", at)
                    || text.startsWith("false", at)
                    || text.startsWith("null", at)) {
                at += c == 'f' ? 5 : 4;
                return c == 'n' ? null : c == 't';
            }
            if (eat('"')) {
                return string();
            }
            int start = at;
            at += c == '-' ? 1 : 0;
            int digits = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            String number = text.substring(start, at);
            boolean digitsOk = at > digits && (text.charAt(digits) != '0' || at == digits + 1);
            expect(
                    digitsOk && at - digits <= 16 && !number.equals("-0"),
                    "not a canonical integer");
            long value = Long.parseLong(number);
            expect(value >= -MAX_SAFE && value <= MAX_SAFE, "an integer beyond 2^53 - 1");
            return value;
        }

        private String string() {
            // Most strings hold no escape: taken whole with one substring, no StringBuilder.
            for (int end = at; end < text.length(); end++) {
                char c = text.charAt(end);
                if (c == '"') {
                    String plain = text.substring(at, end);
                    at = end + 1;
                    return plain;
                }
                if (c == '\\' || c < ' ') {
                    break; // an escape, or a control character the loop below refuses
                }
            }
            StringBuilder out = new StringBuilder();
            boolean escaped = false; // only an escape can make a lone surrogate
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                expect(c >= ' ', "a control character in a string");
                if (c == '\\') {
                    c = text.charAt(at++);
                    int escape = "\"\\/bfnrt".indexOf(c);
                    if (c == 'u') {
                        escaped = true;
                        c = (char) HexFormat.fromHexDigits(text, at, at + 4);
                        at += 4;
                    } else {
                        expect(escape >= 0, "an invalid escape");
                        c = "\"\\/\b\f\n\r\t".charAt(escape);
                    }
                }
                out.append(c);
            }
            expect(!escaped || unicode(out), "a lone surrogate");
            return out.toString();
        }

        private int space() {
            while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return at;
        }

        private boolean eat(char c) {
            boolean found = space() < text.length() && text.charAt(at) == c;
            at += found ? 1 : 0;
            return found;
        }

        private static void expect(boolean ok, String problem) {
            if (!ok) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /** The bytes of canonical base64url-nopad (exactly what encoding them gives back). */
    private static byte[] base64urlNoPad(String text) throws EmbedException {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not base64url-nopad at all
        }
        throw new EmbedException(ErrorCode.MALFORMED, "not canonical base64url-nopad");
    }

    /**
     * Whether {@code text} is Unicode text: no lone surrogate, which UTF-8 cannot encode. A loop
     * over the chars, as CharsetEncoder.canEncode would allocate an encoder and encode it all.
     */
    private static boolean unicode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one supplementary code point
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) throws EmbedException {
        // new String() is the JDK's fast decoder, but it puts U+FFFD for bytes that are not
        // UTF-8: with none in the text the bytes were UTF-8; with one, the strict decoder decides.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EmbedException(ErrorCode.MALFORMED, "not UTF-8");
        }
    }
}
