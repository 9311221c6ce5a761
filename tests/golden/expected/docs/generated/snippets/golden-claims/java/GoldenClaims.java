// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

package io.embedseal.goldenclaims;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Golden claims fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code tests/golden/specs/golden-claims.yaml}; Java 17 standard library only.
 * References: .
 */
public final class GoldenClaims {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final SecureRandom RANDOM = new SecureRandom();

    private GoldenClaims() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            Boolean httpExampleComIsRoot,
            String nonce,
            String class_,
            Long type,
            Long iat,
            Long exp,
            String kid,
            List<Item> items,
            Map<String, Object> meta,
            String base) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private Boolean httpExampleComIsRoot;
            private String nonce;
            private String class_;
            private Long type;
            private Long iat;
            private Long exp;
            private String kid;
            private List<Item> items;
            private Map<String, Object> meta;
            private String base;

            /** The {@code http://example.com/is_root} value. Optional. */
            public Builder httpExampleComIsRoot(Boolean httpExampleComIsRoot) {
                this.httpExampleComIsRoot = httpExampleComIsRoot;
                return this;
            }

            /** The {@code :nonce} value. Optional: drawn fresh when unset. */
            public Builder nonce(String nonce) {
                this.nonce = nonce;
                return this;
            }

            /** The {@code class} value. */
            public Builder class_(String class_) {
                this.class_ = class_;
                return this;
            }

            /** The {@code type} value. Optional. */
            public Builder type(Long type) {
                this.type = type;
                return this;
            }

            /** The {@code iat} value. Optional: the signing time when unset. */
            public Builder iat(Long iat) {
                this.iat = iat;
                return this;
            }

            /** The {@code exp} value. Optional. */
            public Builder exp(Long exp) {
                this.exp = exp;
                return this;
            }

            /** The {@code kid} value. */
            public Builder kid(String kid) {
                this.kid = kid;
                return this;
            }

            /** The {@code items} value. */
            public Builder items(List<Item> items) {
                this.items = items;
                return this;
            }

            /** The {@code meta} value. Optional. */
            public Builder meta(Map<String, Object> meta) {
                this.meta = meta;
                return this;
            }

            /** The {@code base} value. */
            public Builder base(String base) {
                this.base = base;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(
                        httpExampleComIsRoot,
                        nonce,
                        class_,
                        type,
                        iat,
                        exp,
                        kid,
                        items,
                        meta,
                        base);
            }
        }
    }

    /** A {@code Item}; {@code extra} holds the members a verified one has beyond those declared. */
    public record Item(Long id, List<String> tags, Map<String, Object> extra) {
        /** Builds an {@link Item}; a value left unset is absent. */
        public static final class Builder {
            private Long id;
            private List<String> tags;

            /** The {@code id} value. */
            public Builder id(Long id) {
                this.id = id;
                return this;
            }

            /** The {@code tags} value. Optional. */
            public Builder tags(List<String> tags) {
                this.tags = tags;
                return this;
            }

            /** Returns the {@link Item}. */
            public Item build() {
                return new Item(id, tags, Map.of());
            }
        }
    }


    /** The verified claims; {@code extra} holds the members this format does not declare. */
    public record Claims(
            Boolean httpExampleComIsRoot,
            String nonce,
            String class_,
            Long type,
            Long iat,
            Long exp,
            List<Item> items,
            Map<String, Object> meta,
            String kid,
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
     * Signs a Golden claims fixture.
     *
     * @param input the values to sign
     * @param secret the embedseal tests secret
     * @param options the time and random source to sign with
     * @return the token, URL and signature, and the response members
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY} or {@code WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        Boolean httpExampleComIsRoot = input.httpExampleComIsRoot();
        String nonce = input.nonce();
        if (nonce == null) {
            nonce = HexFormat.of().formatHex(options.random(8));
        }
        String class_ = required(input.class_(), "class");
        check(("gold".equals(class_) || "silver".equals(class_)), "class");
        Long type = input.type() != null ? input.type() : 3L;
        check(type >= 0 && type <= 10, "type");
        Long iat = input.iat() != null ? input.iat() : now;
        check(iat >= -MAX_SAFE && iat <= MAX_SAFE, "iat");
        Long exp = input.exp() != null ? input.exp() : now + 300;
        check(exp >= -MAX_SAFE && exp <= MAX_SAFE, "exp");
        String kid = required(input.kid(), "kid");
        check(kid.codePointCount(0, kid.length()) <= 32, "kid");
        List<Item> items = required(input.items(), "items");
        check(items.stream().allMatch(Objects::nonNull), "items");
        Map<String, Object> meta = input.meta();
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "HS512");
        header.put("typ", "JWT");
        header.put("kid", kid);
        write(out, header, 1);
        byte[] headerJson = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        out.append("{\":nonce\":");
        quote(out, nonce);
        out.append(",\"class\":");
        quote(out, class_);
        out.append(",\"exp\":");
        out.append(exp);
        if (httpExampleComIsRoot != null) {
            out.append(",\"http://example.com/is_root\":");
            out.append(httpExampleComIsRoot);
        }
        out.append(",\"iat\":");
        out.append(iat);
        out.append(",\"items\":");
        out.append('[');
        for (Item item : items) {
            out.append(out.charAt(out.length() - 1) == '[' ? "" : ",");
            writeItem(out, item, 3);
        }
        out.append(']');
        if (meta != null) {
            out.append(",\"meta\":");
            write(out, meta, 2);
        }
        out.append(",\"type\":");
        out.append(type);
        out.append('}');
        Base64.Encoder base64url = Base64.getUrlEncoder().withoutPadding();
        byte[] payloadJson = out.toString().getBytes(StandardCharsets.UTF_8);
        String signingInput =
                base64url.encodeToString(headerJson) + "." + base64url.encodeToString(payloadJson);
        String signature = base64url.encodeToString(hmac("HmacSHA512", key, signingInput));
        String token = signingInput + "." + signature;
        // percent() keeps every character this token can hold: the URL takes it unscanned.
        return new Signed(token, buildUrl(token, input), signature, exp);
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
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return buildUrl(token != null ? percent(token) : null, input);
    }

    /** The embed URL around {@code tokenText}: the token as the URL carries it, encoded already. */
    private static String buildUrl(String tokenText, Input input) throws EmbedException {
        String base = required(input.base(), "base");
        StringBuilder url = new StringBuilder(raw(base, "base"));
        url.append("/view");
        query(url, "jwt", tokenText);
        return url.toString();
    }
    // --8<-- [end:url]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String token, String secret) throws EmbedException {
        return verify(token, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden claims fixture: its signature, its claims and its times.
     *
     * @param token the token as received
     * @param secret the embedseal tests secret
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
        if (!"HS512".equals(header.get("alg"))) {
            throw new EmbedException(ErrorCode.ALG_NOT_ALLOWED, "the header's alg is not HS512");
        }
        if (header.containsKey("crit")) {
            throw new EmbedException(ErrorCode.MALFORMED, "the header lists critical extensions");
        }
        String signingInput = segments[0] + "." + segments[1];
        if (!MessageDigest.isEqual(hmac("HmacSHA512", key, signingInput), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> payload = Json.object(payloadJson, "the payload");
        Boolean httpExampleComIsRoot =
                payload.get("http://example.com/is_root") instanceof Boolean v
                        ? v
                        : optional(payload, "http://example.com/is_root");
        String nonce = payload.get(":nonce") instanceof String v ? v : claim(payload, ":nonce");
        String class_ =
                payload.get("class") instanceof String v && ("gold".equals(v) || "silver".equals(v))
                        ? v
                        : claim(payload, "class");
        Long type =
                payload.get("type") instanceof Long v && v >= 0 && v <= 10
                        ? v
                        : claim(payload, "type");
        Long iat = payload.get("iat") instanceof Long v ? v : claim(payload, "iat");
        Long exp = payload.get("exp") instanceof Long v ? v : claim(payload, "exp");
        List<Item> items = new ArrayList<>();
        for (Object item : list(payload, "items", Object.class, true)) {
            items.add(readItem(item));
        }
        Map<String, Object> meta = object(payload, "meta", false);
        String kid =
                header.get("kid") instanceof String v && v.codePointCount(0, v.length()) <= 32
                        ? v
                        : claim(header, "kid");
        // Registered claims (RFC 7519) not declared here: checked whenever the token has them.
        Long nbf = payload.get("nbf") instanceof Long v ? v : optional(payload, "nbf");
        long now = options.now();
        if (exp + 5 <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "expired at " + exp + ", now " + now);
        }
        if (iat - 5 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "iat is in the future: " + iat);
        }
        if (nbf != null && nbf - 5 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "nbf is in the future: " + nbf);
        }
        if (exp - 600 > iat) {
            throw new EmbedException(ErrorCode.LIFETIME_TOO_LONG, "lives longer than 600 s");
        }
        payload.keySet().removeAll(List.of(
                "http://example.com/is_root",
                ":nonce",
                "class",
                "type",
                "iat",
                "exp",
                "items",
                "meta"));
        return new Claims(
                httpExampleComIsRoot,
                nonce,
                class_,
                type,
                iat,
                exp,
                items,
                meta,
                kid,
                Collections.unmodifiableMap(payload));
    }
    // --8<-- [end:verify]

    private static void writeItem(StringBuilder out, Item value, int depth) throws EmbedException {
        check(value.extra().isEmpty(), "Item: members beyond the declared ones");
        required(value.id(), "id");
        check(value.id() >= -MAX_SAFE && value.id() <= MAX_SAFE, "id");
        check(value.tags() == null || value.tags().stream().allMatch(Objects::nonNull), "tags");
        out.append("{\"id\":");
        out.append(value.id());
        if (value.tags() != null) {
            out.append(",\"tags\":");
            write(out, value.tags(), depth + 1);
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static Item readItem(Object json) throws EmbedException {
        if (!(json instanceof Map<?, ?>)) {
            throw new EmbedException(ErrorCode.INVALID_CLAIM, "a Item is not a JSON object");
        }
        Map<String, Object> object = (Map<String, Object>) json;
        Long id = object.get("id") instanceof Long v ? v : claim(object, "id");
        List<String> tags = list(object, "tags", String.class, false);
        object.keySet().removeAll(List.of("id", "tags"));
        return new Item(id, tags, Collections.unmodifiableMap(object));
    }

    /** The HMAC key: the secret's bytes, written in hex; the secret is never in a message. */
    private static byte[] key(String secret) throws EmbedException {
        byte[] key;
        try {
            key = HexFormat.of().parseHex(secret);
        } catch (IllegalArgumentException | NullPointerException e) {
            key = null; // the decoder's message may quote the secret: it is dropped
        }
        if (key == null) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is not valid hex");
        }
        if (key.length == 0) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is empty");
        }
        if (key.length < 16) {
            throw new EmbedException(ErrorCode.WEAK_KEY, "the key has fewer than 16 bytes");
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

    /** Appends {@code ?name=text} (or {@code &name=text}) when present: text encoded already. */
    private static void query(StringBuilder url, String name, String text) {
        if (text != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(text);
        }
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
     * keys (written sorted by code point), at most 64 levels deep.
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
            List<Map.Entry<?, ?>> members = new ArrayList<>(map.entrySet());
            members.sort(
                    Comparator.comparing(
                            member -> String.valueOf(member.getKey()).codePoints().toArray(),
                            Arrays::compare));
            for (Map.Entry<?, ?> member : members) {
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

    /**
     * The ASCII characters {@link #percent(String)} leaves as they are, by code: a table, as the
     * scan runs over every char of every token (half the time of testing char by char).
     */
    private static final boolean[] STAYS = new boolean[128];

    static {
        String stays = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.~";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.~} stay, a space is {@code
     * %20}.
     */
    private static String percent(String text) {
        // Tokens and most ids need no escape: hand them back without URLEncoder's copies.
        int kept = 0;
        for (int n = text.length(); kept < n; kept++) {
            char c = text.charAt(kept);
            if (c >= STAYS.length || !STAYS[c]) {
                break;
            }
        }
        if (kept == text.length()) {
            return text;
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("*", "%2A")
                .replace("+", "%20")
                .replace("%7E", "~");
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
