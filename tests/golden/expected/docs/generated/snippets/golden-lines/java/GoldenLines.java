// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

package io.embedseal.goldenlines;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Golden lines fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code tests/golden/specs/golden-lines.yaml}; Java 17 standard library only.
 * References: .
 *
 * <p>Known weaknesses of this format, kept for compatibility with embedseal tests:
 *
 * <ul>
 *   <li>unsigned-fields: the signature does not cover display
 * </ul>
 */
public final class GoldenLines {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final Pattern BASE =
            Pattern.compile("\\Qhttps://\\E(.*?)\\Q/e/\\E(.*?)", Pattern.DOTALL);
    private static final List<String> PARAMS = List.of("time", "user", "groups", "display", "sig");

    private GoldenLines() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String host, String path, Long time, String user, List<Long> groups, String display) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String host;
            private String path;
            private Long time;
            private String user;
            private List<Long> groups;
            private String display;

            /** The {@code host} value. */
            public Builder host(String host) {
                this.host = host;
                return this;
            }

            /** The {@code path} value. */
            public Builder path(String path) {
                this.path = path;
                return this;
            }

            /** The {@code time} value. Optional: the signing time when unset. */
            public Builder time(Long time) {
                this.time = time;
                return this;
            }

            /** The {@code user} value. */
            public Builder user(String user) {
                this.user = user;
                return this;
            }

            /** The {@code groups} value. Optional. */
            public Builder groups(List<Long> groups) {
                this.groups = groups;
                return this;
            }

            /** The {@code display} value. Optional. */
            public Builder display(String display) {
                this.display = display;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(host, path, time, user, groups, display);
            }
        }
    }

    /** The verified claims. */
    public record Claims(
            String host, String path, Long time, String user, List<Long> groups, String display) {}

    /** What signing gives: the embed URL, the signature and the response members. */
    public record Signed(String url, String signature) {}

    /** When to sign or verify: the clock unless set. */
    public static final class Options {
        private Long now;

        /** Signs or verifies as at {@code now}, in Unix seconds. */
        public Options now(long now) {
            this.now = now;
            return this;
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
        MALFORMED, BAD_SIGNATURE, EXPIRED, NOT_YET_VALID, MISSING_CLAIM, INVALID_CLAIM,
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

    /** Signs with the clock: see {@link #sign(Input, String, Options)}. */
    public static Signed sign(Input input, String secret) throws EmbedException {
        return sign(input, secret, new Options());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Golden lines fixture.
     *
     * @param input the values to sign
     * @param secret the embedseal tests secret
     * @param options the time to sign with
     * @return the URL and signature
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY} or {@code WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String host = required(input.host(), "host");
        String path = required(input.path(), "path");
        Long time = input.time() != null ? input.time() : now;
        check(time >= -MAX_SAFE && time <= MAX_SAFE, "time");
        String user = required(input.user(), "user");
        check(user.codePointCount(0, user.length()) <= 64, "user");
        List<Long> groups = input.groups();
        for (Long item : groups == null ? List.<Long>of() : groups) {
            check(item != null && item >= -MAX_SAFE && item <= MAX_SAFE, "groups");
        }
        String display = input.display();
        String userJson = json(user);
        String groupsJson = json(groups);
        // --8<-- [start:url]
        StringBuilder url = new StringBuilder("https://");
        url.append(raw(host, "host"));
        url.append("/e/");
        url.append(percent(text(path, "path")));
        param(url, "time", String.valueOf(time));
        param(url, "user", userJson);
        param(url, "groups", groupsJson);
        param(url, "display", text(display, "display"));
        // --8<-- [end:url]
        String message =
                join(
                        "\n",
                        text(host, "host"),
                        "/e/" + percent(text(path, "path")),
                        json(time),
                        userJson,
                        groupsJson);
        String signature = Base64.getUrlEncoder().encodeToString(hmac("HmacSHA256", key, message));
        param(url, "sig", signature);
        return new Signed(url.toString(), signature);
    }
    // --8<-- [end:sign]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String url, String secret) throws EmbedException {
        return verify(url, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden lines fixture: its signature, its claims and its times.
     *
     * @param url the signed URL as received
     * @param secret the embedseal tests secret
     * @param options the time to verify at
     * @return the verified claims
     * @throws EmbedException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        int hash = url.indexOf('#');
        String rest = hash < 0 ? url : url.substring(0, hash);
        int question = rest.indexOf('?');
        String base = question < 0 ? rest : rest.substring(0, question);
        Matcher matched = BASE.matcher(base);
        if (!matched.matches()) {
            throw new EmbedException(ErrorCode.MALFORMED, "the URL does not match its template");
        }
        String hostRaw = matched.group(1);
        String pathRaw = matched.group(2);
        String pathText = unpercent(pathRaw);
        String query = question < 0 ? "" : rest.substring(question + 1);
        String[] texts = query(query);
        byte[] received = base64url(texts[4]);
        String message = join("\n", hostRaw, "/e/" + pathRaw, texts[0], texts[1], texts[2]);
        if (!MessageDigest.isEqual(hmac("HmacSHA256", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "host", hostRaw);
        putText(values, "path", pathText);
        putInteger(values, "time", texts[0]);
        putJson(values, "user", texts[1]);
        putJson(values, "groups", texts[2]);
        putText(values, "display", texts[3]);
        String host = values.get("host") instanceof String v ? v : claim(values, "host");
        String path = values.get("path") instanceof String v ? v : claim(values, "path");
        Long time = values.get("time") instanceof Long v ? v : claim(values, "time");
        String user =
                values.get("user") instanceof String v && v.codePointCount(0, v.length()) <= 64
                        ? v
                        : claim(values, "user");
        List<Long> groups = list(values, "groups", Long.class, false);
        String display =
                values.get("display") instanceof String v ? v : optional(values, "display");
        long now = options.now();
        if (time + 130 <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "issued at " + time + ", too long ago");
        }
        if (time - 10 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "time is in the future: " + time);
        }
        return new Claims(host, path, time, user, groups, display);
    }
    // --8<-- [end:verify]

    /**
     * The HMAC key: the secret's bytes, written in padded base64; the secret is never in a message.
     */
    private static byte[] key(String secret) throws EmbedException {
        byte[] key;
        try {
            key = secret.length() % 4 == 0 ? Base64.getDecoder().decode(secret) : null;
        } catch (IllegalArgumentException | NullPointerException e) {
            key = null; // the decoder's message may quote the secret: it is dropped
        }
        if (key == null) {
            throw new EmbedException(ErrorCode.INVALID_KEY, "the secret is not valid base64");
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

    /** The parts that are present, joined by {@code separator}. */
    private static String join(String separator, String... parts) {
        StringJoiner joined = new StringJoiner(separator);
        for (String part : parts) {
            if (part != null) {
                joined.add(part);
            }
        }
        return joined.toString();
    }

    /** Appends {@code ?name=value} (or {@code &name=value}) when the value is present. */
    private static void param(StringBuilder url, String name, String value) {
        query(url, name, value != null ? percent(value) : null);
    }

    /** Appends {@code ?name=text} (or {@code &name=text}) when present: text encoded already. */
    private static void query(StringBuilder url, String name, String text) {
        if (text != null) {
            url.append(url.indexOf("?") < 0 ? '?' : '&').append(name).append('=').append(text);
        }
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
                quote(out.append(separator), key).append(": ");
                write(out, member.getValue(), depth + 1);
                separator = ", ";
            }
            out.append(map.isEmpty() ? "{}" : "}");
        } else {
            String separator = "[";
            for (Object item : (List<?>) value) {
                write(out.append(separator), item, depth + 1);
                separator = ", ";
            }
            out.append(separator.equals("[") ? "[]" : "]");
        }
    }

    /** The JSON text of a value, or null for none. */
    private static String json(Object value) throws EmbedException {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        write(out, value, 1);
        return out.toString();
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
     * +}.
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
                .replace("%7E", "~");
    }

    /** Reverses percent-encoding ({@code %XX} in either case; {@code +} stays); UTF-8 only. */
    private static String unpercent(String text) throws EmbedException {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int done = 0;
        for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', done)) {
            bytes.writeBytes(text.substring(done, i).getBytes(StandardCharsets.UTF_8));
            try {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new EmbedException(ErrorCode.MALFORMED, "a '%' without two hex digits");
            }
            done = i + 3;
        }
        bytes.writeBytes(text.substring(done).getBytes(StandardCharsets.UTF_8));
        return utf8(bytes.toByteArray());
    }

    /**
     * Each of {@link #PARAMS} as received and percent-decoded (null when absent), read by name as
     * the vendor's server reads them: each at most once, in any order.
     */
    private static String[] query(String query) throws EmbedException {
        String[] texts = new String[PARAMS.size()];
        int at = -1;
        for (String item : query.isEmpty() ? new String[0] : query.split("&", -1)) {
            int equals = item.indexOf('=');
            at = equals < 0 ? -1 : PARAMS.indexOf(unpercent(item.substring(0, equals)));
            if (at < 0 || texts[at] != null) {
                throw new EmbedException(
                        ErrorCode.MALFORMED, "an unexpected or repeated query item");
            }
            texts[at] = unpercent(item.substring(equals + 1));
        }
        if (texts[4] == null) {
            throw new EmbedException(ErrorCode.MALFORMED, "the URL has no signature");
        }
        return texts;
    }

    private static void putText(Map<String, Object> values, String name, String text) {
        if (text != null) {
            values.put(name, text);
        }
    }

    private static void putInteger(Map<String, Object> values, String name, String text)
            throws EmbedException {
        if (text != null) {
            if (!text.matches("-?(0|[1-9][0-9]{0,15})") || text.equals("-0")) {
                throw new EmbedException(ErrorCode.INVALID_CLAIM, name + " is not an integer");
            }
            values.put(name, Long.parseLong(text));
        }
    }

    private static void putJson(Map<String, Object> values, String name, String text)
            throws EmbedException {
        if (text != null) {
            values.put(name, Json.parse(text));
        }
    }

    /** The bytes of canonical base64url (exactly what encoding them gives back). */
    private static byte[] base64url(String text) throws EmbedException {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            if (Base64.getUrlEncoder().encodeToString(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not base64url at all
        }
        throw new EmbedException(ErrorCode.MALFORMED, "not canonical base64url");
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
