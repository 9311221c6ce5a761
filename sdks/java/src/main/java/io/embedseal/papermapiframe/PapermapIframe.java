// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

package io.embedseal.papermapiframe;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
 * Papermap iframe token (Papermap): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/papermap-iframe.yaml}; Java 17 standard library only.
 * References: https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens.
 *
 * <p>Known weaknesses of this format, kept for compatibility with Papermap:
 *
 * <ul>
 *   <li>unsigned-fields: the signature does not cover api_key_id, tenant_id, dashboard_id
 *   <li>ambiguous-concatenation: parts are concatenated with no delimiter, so different inputs can
 *       sign the same bytes
 *   <li>unbounded-lifetime: no verify.max_lifetime bounds exp
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class PapermapIframe {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1

    private PapermapIframe() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String apiKeyId,
            String workspaceId,
            String tenantId,
            String dashboardId,
            Long validUntil) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String apiKeyId;
            private String workspaceId;
            private String tenantId;
            private String dashboardId;
            private Long validUntil;

            /** Your Papermap API key identifier (ak_…), the same for every token. */
            public Builder apiKeyId(String apiKeyId) {
                this.apiKeyId = apiKeyId;
                return this;
            }

            /** The Papermap workspace that holds the dashboard. */
            public Builder workspaceId(String workspaceId) {
                this.workspaceId = workspaceId;
                return this;
            }

            /** Your customer (tenant) the dashboard is shown to. */
            public Builder tenantId(String tenantId) {
                this.tenantId = tenantId;
                return this;
            }

            /** The tenant's dashboard. */
            public Builder dashboardId(String dashboardId) {
                this.dashboardId = dashboardId;
                return this;
            }

            /**
             * When the token stops working (Unix seconds); one hour from now by default. Optional.
             */
            public Builder validUntil(Long validUntil) {
                this.validUntil = validUntil;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(apiKeyId, workspaceId, tenantId, dashboardId, validUntil);
            }
        }
    }

    /** The verified claims; {@code extra} holds the members this format does not declare. */
    public record Claims(
            String apiKeyId,
            String workspaceId,
            String tenantId,
            String dashboardId,
            Long validUntil,
            Map<String, Object> extra) {}

    /** What signing gives: the token, its embed URL, the signature and the response members. */
    public record Signed(
            String token, String url, String signature, String dashboardId, Long expiresAt) {}

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
        MALFORMED, BAD_SIGNATURE, EXPIRED, MISSING_CLAIM, INVALID_CLAIM, INVALID_INPUT, INVALID_KEY
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
     * Signs a Papermap iframe token.
     *
     * @param input the values to sign
     * @param secret the Papermap secret
     * @param options the time to sign with
     * @return the token, URL and signature, and the response members
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String apiKeyId = required(input.apiKeyId(), "api_key_id");
        String workspaceId = required(input.workspaceId(), "workspace_id");
        String tenantId = required(input.tenantId(), "tenant_id");
        String dashboardId = required(input.dashboardId(), "dashboard_id");
        Long validUntil = input.validUntil() != null ? input.validUntil() : now + 3600;
        check(validUntil >= -MAX_SAFE && validUntil <= MAX_SAFE, "valid_until");
        String message = workspaceId + String.valueOf(validUntil);
        String signature = HexFormat.of().formatHex(hmac("HmacSHA256", key, message));
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        out.append("{\"api_key_id\": ");
        quote(out, apiKeyId);
        out.append(", \"workspace_id\": ");
        quote(out, workspaceId);
        out.append(", \"tenant_id\": ");
        quote(out, tenantId);
        out.append(", \"dashboard_id\": ");
        quote(out, dashboardId);
        out.append(", \"valid_until\": ");
        out.append(validUntil);
        out.append(", \"signature\": ");
        quote(out, signature);
        out.append('}');
        byte[] json = out.toString().getBytes(StandardCharsets.UTF_8);
        String token = Base64.getUrlEncoder().encodeToString(json);
        // percent() keeps every character this token can hold: the URL takes it unscanned.
        return new Signed(token, buildUrl(token, input), signature, dashboardId, validUntil);
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
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return buildUrl(token != null ? percent(token) : null, input);
    }

    /** The embed URL around {@code tokenText}: the token as the URL carries it, encoded already. */
    private static String buildUrl(String tokenText, Input input) throws EmbedException {
        StringBuilder url = new StringBuilder("https://papermap.ai/embedded/dashboard");
        query(url, "embedded-token", tokenText);
        return url.toString();
    }
    // --8<-- [end:url]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String token, String secret) throws EmbedException {
        return verify(token, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Papermap iframe token: its signature, its claims and its times.
     *
     * @param token the token as received
     * @param secret the Papermap secret
     * @param options the time to verify at
     * @return the verified claims
     * @throws EmbedException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, Options options)
            throws EmbedException {
        byte[] key = key(secret);
        Map<String, Object> envelope = Json.object(base64url(token), "the token");
        String apiKeyId =
                envelope.get("api_key_id") instanceof String v ? v : claim(envelope, "api_key_id");
        String workspaceId =
                envelope.get("workspace_id") instanceof String v
                        ? v
                        : claim(envelope, "workspace_id");
        String tenantId =
                envelope.get("tenant_id") instanceof String v ? v : claim(envelope, "tenant_id");
        String dashboardId =
                envelope.get("dashboard_id") instanceof String v
                        ? v
                        : claim(envelope, "dashboard_id");
        Long validUntil =
                envelope.get("valid_until") instanceof Long v ? v : claim(envelope, "valid_until");
        String signature =
                envelope.get("signature") instanceof String v ? v : claim(envelope, "signature");
        byte[] received = hex(signature);
        String message = workspaceId + String.valueOf(validUntil);
        if (!MessageDigest.isEqual(hmac("HmacSHA256", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        long now = options.now();
        if (validUntil <= now) {
            throw new EmbedException(
                    ErrorCode.EXPIRED, "expired at " + validUntil + ", now " + now);
        }
        envelope.keySet().removeAll(List.of(
                "api_key_id",
                "workspace_id",
                "tenant_id",
                "dashboard_id",
                "valid_until",
                "signature"));
        return new Claims(
                apiKeyId,
                workspaceId,
                tenantId,
                dashboardId,
                validUntil,
                Collections.unmodifiableMap(envelope));
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
        String stays = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.~=";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.~=} stay, a space is {@code
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
                .replace("%7E", "~")
                .replace("%3D", "=");
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

    /** The bytes of canonical hex (exactly what encoding them gives back). */
    private static byte[] hex(String text) throws EmbedException {
        try {
            byte[] bytes = HexFormat.of().parseHex(text);
            if (HexFormat.of().formatHex(bytes).equals(text)) {
                return bytes;
            }
        } catch (IllegalArgumentException e) {
            // not hex at all
        }
        throw new EmbedException(ErrorCode.MALFORMED, "not canonical hex");
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
