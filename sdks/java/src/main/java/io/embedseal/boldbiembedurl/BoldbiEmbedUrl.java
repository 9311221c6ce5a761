// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

package io.embedseal.boldbiembedurl;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bold BI signed embed URL (before v14.1) (Bold BI): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/boldbi-embed-url.yaml}; Java 17 standard library only.
 * References:
 * https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md,
 * https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md.
 *
 * <p>Known weaknesses of this format, kept for compatibility with Bold BI:
 *
 * <ul>
 *   <li>no-expiry: embed_timestamp is optional, and without it nothing expires
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class BoldbiEmbedUrl {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> PARAMS =
            List.of(
                    "embed_nonce",
                    "embed_dashboard_id",
                    "embed_user_email",
                    "embed_timestamp",
                    "embed_expirationtime",
                    "embed_signature");

    private BoldbiEmbedUrl() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String dashboardUrl,
            String embedNonce,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String dashboardUrl;
            private String embedNonce;
            private String embedDashboardId;
            private String embedUserEmail;
            private Long embedTimestamp;
            private Long embedExpirationtime;

            /** The dashboard's URL on your Bold BI server (where the signed query goes). */
            public Builder dashboardUrl(String dashboardUrl) {
                this.dashboardUrl = dashboardUrl;
                return this;
            }

            /** A random GUID. Optional: drawn fresh when unset. */
            public Builder embedNonce(String embedNonce) {
                this.embedNonce = embedNonce;
                return this;
            }

            /** The dashboard id. */
            public Builder embedDashboardId(String embedDashboardId) {
                this.embedDashboardId = embedDashboardId;
                return this;
            }

            /** Email of a Bold BI user allowed to see the dashboard. */
            public Builder embedUserEmail(String embedUserEmail) {
                this.embedUserEmail = embedUserEmail;
                return this;
            }

            /** Signing time; without it Bold BI accepts the URL forever. Optional. */
            public Builder embedTimestamp(Long embedTimestamp) {
                this.embedTimestamp = embedTimestamp;
                return this;
            }

            /** Seconds the URL stays valid (needs embed_timestamp). Optional. */
            public Builder embedExpirationtime(Long embedExpirationtime) {
                this.embedExpirationtime = embedExpirationtime;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(
                        dashboardUrl,
                        embedNonce,
                        embedDashboardId,
                        embedUserEmail,
                        embedTimestamp,
                        embedExpirationtime);
            }
        }
    }

    /** The verified claims. */
    public record Claims(
            String dashboardUrl,
            String embedNonce,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime) {}

    /** What signing gives: the embed URL, the signature and the response members. */
    public record Signed(String url, String signature) {}

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
        MALFORMED, BAD_SIGNATURE, EXPIRED, NOT_YET_VALID, MISSING_CLAIM, INVALID_CLAIM,
        INVALID_INPUT, INVALID_KEY
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
     * Signs a Bold BI signed embed URL (before v14.1).
     *
     * @param input the values to sign
     * @param secret the Bold BI secret: The embed secret from the Bold BI settings page.
     * @param options the time and random source to sign with
     * @return the URL and signature
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String dashboardUrl = required(input.dashboardUrl(), "dashboard_url");
        String embedNonce = input.embedNonce();
        if (embedNonce == null) {
            embedNonce = uuid(options.random(16));
        }
        String embedDashboardId = required(input.embedDashboardId(), "embed_dashboard_id");
        String embedUserEmail = required(input.embedUserEmail(), "embed_user_email");
        Long embedTimestamp = input.embedTimestamp() != null ? input.embedTimestamp() : now + 0;
        check(embedTimestamp >= -MAX_SAFE && embedTimestamp <= MAX_SAFE, "embed_timestamp");
        Long embedExpirationtime = input.embedExpirationtime();
        check(
                embedExpirationtime == null
                        || embedExpirationtime >= 86400 && embedExpirationtime <= 518400,
                "embed_expirationtime");
        // --8<-- [start:url]
        StringBuilder url = new StringBuilder(raw(dashboardUrl, "dashboard_url"));
        param(url, "embed_nonce", text(embedNonce, "embed_nonce"));
        param(url, "embed_dashboard_id", text(embedDashboardId, "embed_dashboard_id"));
        param(url, "embed_user_email", text(embedUserEmail, "embed_user_email"));
        param(url, "embed_timestamp", String.valueOf(embedTimestamp));
        param(
                url,
                "embed_expirationtime",
                embedExpirationtime == null ? null : String.valueOf(embedExpirationtime));
        // --8<-- [end:url]
        int query = url.indexOf("?");
        String message = query < 0 ? "" : url.substring(query + 1);
        String signature = Base64.getEncoder().encodeToString(hmac("HmacSHA256", key, message));
        param(url, "embed_signature", signature);
        return new Signed(url.toString(), signature);
    }
    // --8<-- [end:sign]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String url, String secret) throws EmbedException {
        return verify(url, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Bold BI signed embed URL (before v14.1): its signature, its claims and its times.
     *
     * @param url the signed URL as received
     * @param secret the Bold BI secret
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
        String dashboardUrlRaw = base;
        String query = question < 0 ? "" : rest.substring(question + 1);
        String[] texts = query(query);
        byte[] received = base64(texts[5]);
        String message = query.substring(0, Math.max(query.lastIndexOf('&'), 0));
        if (!MessageDigest.isEqual(hmac("HmacSHA256", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "dashboard_url", dashboardUrlRaw);
        putText(values, "embed_nonce", texts[0]);
        putText(values, "embed_dashboard_id", texts[1]);
        putText(values, "embed_user_email", texts[2]);
        putInteger(values, "embed_timestamp", texts[3]);
        putInteger(values, "embed_expirationtime", texts[4]);
        String dashboardUrl =
                values.get("dashboard_url") instanceof String v
                        ? v
                        : claim(values, "dashboard_url");
        String embedNonce =
                values.get("embed_nonce") instanceof String v ? v : claim(values, "embed_nonce");
        String embedDashboardId =
                values.get("embed_dashboard_id") instanceof String v
                        ? v
                        : claim(values, "embed_dashboard_id");
        String embedUserEmail =
                values.get("embed_user_email") instanceof String v
                        ? v
                        : claim(values, "embed_user_email");
        Long embedTimestamp =
                values.get("embed_timestamp") instanceof Long v
                        ? v
                        : optional(values, "embed_timestamp");
        Long embedExpirationtime =
                values.get("embed_expirationtime") instanceof Long v && v >= 86400 && v <= 518400
                        ? v
                        : optional(values, "embed_expirationtime");
        long now = options.now();
        if (embedTimestamp != null && embedTimestamp + 518400 <= now) {
            throw new EmbedException(
                    ErrorCode.EXPIRED, "issued at " + embedTimestamp + ", too long ago");
        }
        if (embedTimestamp != null && embedTimestamp > now) {
            throw new EmbedException(
                    ErrorCode.NOT_YET_VALID, "embed_timestamp is in the future: " + embedTimestamp);
        }
        return new Claims(
                dashboardUrl,
                embedNonce,
                embedDashboardId,
                embedUserEmail,
                embedTimestamp,
                embedExpirationtime);
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

    /** An RFC 9562 version 4 UUID from 16 random bytes. */
    private static String uuid(byte[] bytes) {
        bytes[6] = (byte) (bytes[6] & 0x0f | 0x40);
        bytes[8] = (byte) (bytes[8] & 0x3f | 0x80);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        return new UUID(buffer.getLong(), buffer.getLong()).toString();
    }

    /**
     * The ASCII characters {@link #percent(String)} leaves as they are, by code: a table, as the
     * scan runs over every char of every token (half the time of testing char by char).
     */
    private static final boolean[] STAYS = new boolean[128];

    static {
        String stays = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.~@";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.~&#64;} stay, a space is
     * {@code %20}.
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
                .replace("%40", "@");
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
     * the vendor's server reads them: each at most once, in any order, the signature last (the
     * query before it is what is signed).
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
        if (texts[5] == null) {
            throw new EmbedException(ErrorCode.MALFORMED, "the URL has no signature");
        }
        if (at != 5) {
            throw new EmbedException(
                    ErrorCode.MALFORMED, "the signature is not the last query item");
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
