// Code generated from spec/formats/tableau-connected-app.yaml — do not edit.

package io.embedseal.tableauconnectedapp;

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
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tableau connected app JWT (Tableau): sign and verify.
 *
 * <p>Generated from {@code spec/formats/tableau-connected-app.yaml}; Java 17 standard library only.
 * References: https://help.tableau.com/current/online/en-us/connected_apps_direct.htm,
 * https://help.tableau.com/current/online/en-us/connected_apps_troubleshoot.htm,
 * https://help.tableau.com/current/api/embedding_api/en-us/docs/embedding_api_auth.html.
 */
public final class TableauConnectedApp {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    /**
     * What a member of {@code attributes} may not be called: RFC 7519's registered claims and this
     * format's own.
     */
    private static final Set<String> TAKEN_CLAIMS =
            Set.of("attributes", "aud", "exp", "iat", "iss", "jti", "kid", "nbf", "scp", "sub");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TableauConnectedApp() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String iss,
            Long exp,
            String jti,
            String sub,
            List<String> scp,
            String kid,
            Map<String, Object> attributes) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String iss;
            private Long exp;
            private String jti;
            private String sub;
            private List<String> scp;
            private String kid;
            private Map<String, Object> attributes;

            /**
             * The connected app's client ID (Tableau requires it in the header and the payload).
             */
            public Builder iss(String iss) {
                this.iss = iss;
                return this;
            }

            /**
             * Expiry; Tableau refuses a token that expires more than 10 minutes from now. Optional.
             */
            public Builder exp(Long exp) {
                this.exp = exp;
                return this;
            }

            /**
             * A unique token id; Tableau accepts each token once. Optional: drawn fresh when unset.
             */
            public Builder jti(String jti) {
                this.jti = jti;
                return this;
            }

            /** The Tableau user name (often an email address), case-sensitive. */
            public Builder sub(String sub) {
                this.sub = sub;
                return this;
            }

            /** The scopes granted, e.g. tableau:views:embed or tableau:content:read. */
            public Builder scp(List<String> scp) {
                this.scp = scp;
                return this;
            }

            /** The connected app's secret ID. */
            public Builder kid(String kid) {
                this.kid = kid;
                return this;
            }

            /**
             * User attributes as top-level claims ("Region": "East"), and Tableau's optional ones
             * such as "https://tableau.com/groups"; none may be a claim declared above or
             * registered. Optional. Each member is signed as a claim of its own, not under {@code
             * attributes}.
             */
            public Builder attributes(Map<String, Object> attributes) {
                this.attributes = attributes;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(iss, exp, jti, sub, scp, kid, attributes);
            }
        }
    }

    /**
     * The verified claims; {@code extra} holds the members this format does not declare, each
     * member of the signed {@code attributes} among them (a claim literally named {@code
     * attributes} too, as received).
     */
    public record Claims(
            String iss,
            Long exp,
            String jti,
            String aud,
            String sub,
            List<String> scp,
            String kid,
            Map<String, Object> extra) {}

    /** What signing gives: the token, the signature and the response members. */
    public record Signed(String token, String signature, Long expiresAt) {}

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
     * Signs a Tableau connected app JWT.
     *
     * @param input the values to sign
     * @param secret the Tableau secret: The connected app's secret value (Connected Apps &gt; the
     *     app &gt; Secret), used as text.
     * @param options the time and random source to sign with
     * @return the token, signature, and the response members
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY} or {@code WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String iss = required(input.iss(), "iss");
        Long exp = input.exp() != null ? input.exp() : now + 300;
        check(exp >= -MAX_SAFE && exp <= MAX_SAFE, "exp");
        String jti = input.jti();
        if (jti == null) {
            jti = uuid(options.random(16));
        }
        String aud = "tableau";
        String sub = required(input.sub(), "sub");
        check(sub.codePointCount(0, sub.length()) <= 255, "sub");
        List<String> scp = required(input.scp(), "scp");
        check(scp.stream().allMatch(Objects::nonNull), "scp");
        String kid = required(input.kid(), "kid");
        Map<String, Object> attributes = input.attributes();
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS256");
        header.put("iss", iss);
        header.put("kid", kid);
        header.put("typ", "JWT");
        write(out, header, 1);
        byte[] headerJson = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        out.append("{\"iss\":");
        quote(out, iss);
        out.append(",\"exp\":");
        out.append(exp);
        out.append(",\"jti\":");
        quote(out, jti);
        out.append(",\"aud\":");
        quote(out, aud);
        out.append(",\"sub\":");
        quote(out, sub);
        out.append(",\"scp\":");
        write(out, scp, 2);
        if (attributes != null) {
            writeSpread(out, attributes);
        }
        out.append('}');
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        byte[] payloadJson = out.toString().getBytes(StandardCharsets.UTF_8);
        String signingInput =
                base64url.encodeToString(headerJson) + "." + base64url.encodeToString(payloadJson);
        String signature = base64url.encodeToString(hmac("HmacSHA256", key, signingInput));
        String token = signingInput + "." + signature;
        return new Signed(token, signature, exp);
    }
    // --8<-- [end:sign]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String token, String secret) throws EmbedException {
        return verify(token, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Tableau connected app JWT: its signature, its claims and its times.
     *
     * @param token the token as received
     * @param secret the Tableau secret
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
        String iss = payload.get("iss") instanceof String v ? v : claim(payload, "iss");
        Long exp = payload.get("exp") instanceof Long v ? v : claim(payload, "exp");
        String jti = payload.get("jti") instanceof String v ? v : claim(payload, "jti");
        String aud =
                payload.get("aud") instanceof String v && v.equals("tableau")
                        ? v
                        : claim(payload, "aud");
        String sub =
                payload.get("sub") instanceof String v && v.codePointCount(0, v.length()) <= 255
                        ? v
                        : claim(payload, "sub");
        List<String> scp = list(payload, "scp", String.class, true);
        object(payload, "attributes", false);
        String issInHeader = header.get("iss") instanceof String v ? v : claim(header, "iss");
        String kid = header.get("kid") instanceof String v ? v : claim(header, "kid");
        if (!issInHeader.equals(iss)) {
            throw new EmbedException(
                    ErrorCode.INVALID_CLAIM, "iss in the header differs from the payload's");
        }
        // Registered claims (RFC 7519) not declared here: checked whenever the token has them.
        Long nbf = payload.get("nbf") instanceof Long v ? v : optional(payload, "nbf");
        Long iat = payload.get("iat") instanceof Long v ? v : optional(payload, "iat");
        long now = options.now();
        if (exp <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "expired at " + exp + ", now " + now);
        }
        if (nbf != null && nbf > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "nbf is in the future: " + nbf);
        }
        if (iat != null && iat > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "iat is in the future: " + iat);
        }
        if (exp - 600 > now) {
            throw new EmbedException(ErrorCode.LIFETIME_TOO_LONG, "lives longer than 600 s");
        }
        payload.keySet().removeAll(List.of("iss", "exp", "jti", "aud", "sub", "scp"));
        return new Claims(iss, exp, jti, aud, sub, scp, kid, Collections.unmodifiableMap(payload));
    }
    // --8<-- [end:verify]

    /** The HMAC key: the secret's UTF-8 bytes; the secret is never in a message. */
    private static byte[] key(String secret) throws EmbedException {
        if (secret == null || !unicode(secret)) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is not Unicode text");
        }
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
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

    /** The array claim {@code name} if each item is a {@code type}. */
    private static <T> List<T> list(
            Map<String, ?> object, String name, Class<T> type, boolean required)
            throws EmbedException {
        if (object.get(name) instanceof List<?> items
                && items.stream().allMatch(type::isInstance)) {
            return items.stream().map(type::cast).toList();
        }
        return required ? claim(object, name) : optional(object, name);
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

    /** An RFC 9562 version 4 UUID from 16 random bytes. */
    private static String uuid(byte[] bytes) {
        bytes[6] = (byte) (bytes[6] & 0x0f | 0x40);
        bytes[8] = (byte) (bytes[8] & 0x3f | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /**
     * Appends {@code text} as a JSON string, non-ASCII as \\u escapes; a lone surrogate is refused.
     */
    private static StringBuilder quote(StringBuilder out, String text) throws EmbedException {
        out.append('"');
        int done = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, done, i);
            done = i + 1;
            int escape = "\"\\\b\f\n\r\t".indexOf(c);
            boolean pair = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (escape >= 0) {
                out.append('\\').append("\"\\bfnrt".charAt(escape));
            } else if (Character.isHighSurrogate(c) && pair) {
                out.append("\\u").append(Integer.toHexString(c | 0x10000), 1, 5);
                out.append("\\u").append(Integer.toHexString(text.charAt(++i) | 0x10000), 1, 5);
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

    /**
     * Appends each member of {@code attributes} as a claim of its own (JSON as {@link #write}
     * writes it); none may take the name of a declared or registered claim.
     */
    private static void writeSpread(StringBuilder out, Map<String, Object> attributes)
            throws EmbedException {
        for (Map.Entry<?, ?> member : attributes.entrySet()) {
            if (!(member.getKey() instanceof String key)) {
                throw new EmbedException(ErrorCode.INVALID_INPUT, "a JSON key is not a String");
            }
            if (TAKEN_CLAIMS.contains(key)) {
                String taken = "attributes: '" + key + "' is a declared or registered claim";
                throw new EmbedException(ErrorCode.INVALID_INPUT, taken);
            }
            out.append(out.charAt(out.length() - 1) == '{' ? "" : ",");
            quote(out, key).append(":");
            write(out, member.getValue(), 2);
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
