// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

package io.embedseal.goldenenvelope;

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
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Golden envelope fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code tests/golden/specs/golden-envelope.yaml}; Java 17 standard library only.
 * References: .
 */
public final class GoldenEnvelope {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final SecureRandom RANDOM = new SecureRandom();

    private GoldenEnvelope() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(String account, String id, Long until) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String account;
            private String id;
            private Long until;

            /** The {@code account} value. */
            public Builder account(String account) {
                this.account = account;
                return this;
            }

            /** The {@code id} value. Optional: drawn fresh when unset. */
            public Builder id(String id) {
                this.id = id;
                return this;
            }

            /** The {@code until} value. Optional. */
            public Builder until(Long until) {
                this.until = until;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(account, id, until);
            }
        }
    }

    /** The verified claims; {@code extra} holds the members this format does not declare. */
    public record Claims(
            Long v, String account, String id, Long until, Map<String, Object> extra) {}

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
        MALFORMED, BAD_SIGNATURE, EXPIRED, LIFETIME_TOO_LONG, MISSING_CLAIM, INVALID_CLAIM,
        INVALID_INPUT, INVALID_KEY, WEAK_KEY
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
     * Signs a Golden envelope fixture.
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
        Long v = 2L;
        String account = required(input.account(), "account");
        String id = input.id();
        if (id == null) {
            id = uuid(options.random(16));
        }
        Long until = input.until() != null ? input.until() : now + 900;
        check(until >= -MAX_SAFE && until <= MAX_SAFE, "until");
        String message = String.valueOf(v) + "|" + account + "|" + id + "|" + String.valueOf(until);
        String sig = Base64.getEncoder().encodeToString(hmac("HmacSHA384", key, message));
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        out.append("{\"v\":");
        out.append(v);
        out.append(",\"account\":");
        quote(out, account);
        out.append(",\"id\":");
        quote(out, id);
        out.append(",\"until\":");
        out.append(until);
        out.append(",\"sig\":");
        quote(out, sig);
        out.append('}');
        byte[] json = out.toString().getBytes(StandardCharsets.UTF_8);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(json);
        return new Signed(token, embedUrl(token, input), sig, until);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL for a token, a new one or one kept from earlier.
     *
     * @param token the token
     * @param input the values the URL uses (none for this format)
     * @return the URL
     * @throws EmbedException {@code INVALID_INPUT} for a missing or unusable URL value
     */
    public static String embedUrl(String token, Input input) throws EmbedException {
        StringBuilder url = new StringBuilder("https://embed.example.com/t/");
        url.append(token);
        return url.toString();
    }
    // --8<-- [end:url]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String token, String secret) throws EmbedException {
        return verify(token, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden envelope fixture: its signature, its claims and its times.
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
        Map<String, Object> envelope = Json.object(base64urlNoPad(token), "the token");
        Long v = envelope.get("v") instanceof Long v_ && v_.equals(2L) ? v_ : claim(envelope, "v");
        String account =
                envelope.get("account") instanceof String v_ ? v_ : claim(envelope, "account");
        String id = envelope.get("id") instanceof String v_ ? v_ : claim(envelope, "id");
        Long until = envelope.get("until") instanceof Long v_ ? v_ : claim(envelope, "until");
        String sig = envelope.get("sig") instanceof String v_ ? v_ : claim(envelope, "sig");
        byte[] received = base64(sig);
        String message = String.valueOf(v) + "|" + account + "|" + id + "|" + String.valueOf(until);
        if (!MessageDigest.isEqual(hmac("HmacSHA384", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        long now = options.now();
        if (until <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "expired at " + until + ", now " + now);
        }
        if (until - 3600 > now) {
            throw new EmbedException(ErrorCode.LIFETIME_TOO_LONG, "lives longer than 3600 s");
        }
        envelope.keySet().removeAll(List.of("v", "account", "id", "until", "sig"));
        return new Claims(v, account, id, until, Collections.unmodifiableMap(envelope));
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
        if (key.length < 8) {
            throw new EmbedException(ErrorCode.WEAK_KEY, "the key has fewer than 8 bytes");
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

    /** An RFC 9562 version 4 UUID from 16 random bytes. */
    private static String uuid(byte[] bytes) {
        bytes[6] = (byte) (bytes[6] & 0x0f | 0x40);
        bytes[8] = (byte) (bytes[8] & 0x3f | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
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

    /** The bytes of canonical base64 (exactly what encoding them gives back). */
    private static byte[] base64(String text) throws EmbedException {
        try {
            byte[] bytes = Base64.getDecoder().decode(text);
            if (Base64.getEncoder().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not base64 at all
        }
        throw new EmbedException(ErrorCode.MALFORMED, "not canonical base64");
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
