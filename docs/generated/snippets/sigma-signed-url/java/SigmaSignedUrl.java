// Code generated from spec/formats/sigma-signed-url.yaml — do not edit.

package io.embedseal.sigmasignedurl;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sigma signed embed URL (Sigma Computing): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/sigma-signed-url.yaml}; Java 17 standard library only.
 * References: https://help.sigmacomputing.com/docs/embed-url-parameters,
 * https://help.sigmacomputing.com/docs/add-url-parameters-to-a-secure-embed,
 * https://github.com/sigmacomputing/embed-signing-packages.
 */
public final class SigmaSignedUrl {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final List<String> PARAMS =
            List.of(
                    ":nonce",
                    ":email",
                    ":external_user_id",
                    ":client_id",
                    ":time",
                    ":session_length",
                    ":mode",
                    ":external_user_team",
                    ":account_type",
                    ":signature");

    private SigmaSignedUrl() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String embedPath,
            String nonce,
            String email,
            String externalUserId,
            String clientId,
            Long time,
            Long sessionLength,
            String externalUserTeam,
            String accountType,
            Map<String, String> userAttributes) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String embedPath;
            private String nonce;
            private String email;
            private String externalUserId;
            private String clientId;
            private Long time;
            private Long sessionLength;
            private String externalUserTeam;
            private String accountType;
            private Map<String, String> userAttributes;

            /** The embed path Sigma generated for the workbook, page or element. */
            public Builder embedPath(String embedPath) {
                this.embedPath = embedPath;
                return this;
            }

            /**
             * A unique random string; Sigma accepts each URL once. Optional: drawn fresh when
             * unset.
             */
            public Builder nonce(String nonce) {
                this.nonce = nonce;
                return this;
            }

            /** The embed user's email address. */
            public Builder email(String email) {
                this.email = email;
                return this;
            }

            /** A unique identifier of the embed user in your application. */
            public Builder externalUserId(String externalUserId) {
                this.externalUserId = externalUserId;
                return this;
            }

            /** The client ID paired with the embed secret. */
            public Builder clientId(String clientId) {
                this.clientId = clientId;
                return this;
            }

            /**
             * When the URL was signed; the session lasts :session_length seconds from it. Optional:
             * the signing time when unset.
             */
            public Builder time(Long time) {
                this.time = time;
                return this;
            }

            /** How long the embed session stays valid, in seconds (at most 30 days). Optional. */
            public Builder sessionLength(Long sessionLength) {
                this.sessionLength = sessionLength;
                return this;
            }

            /** The Sigma teams of the embed user, separated by commas (never encoded). */
            public Builder externalUserTeam(String externalUserTeam) {
                this.externalUserTeam = externalUserTeam;
                return this;
            }

            /** The embed user's account type (viewer, creator, or a custom one). Optional. */
            public Builder accountType(String accountType) {
                this.accountType = accountType;
                return this;
            }

            /**
             * Sigma user attributes for row-level security, one :ua_&lt;name&gt; parameter each;
             * several values go in one text, separated by commas (":ua_Region=West,Midwest").
             * Optional. Keys must be non-empty; the parameters go in the order of their encoded
             * names, whatever the map's own.
             */
            public Builder userAttributes(Map<String, String> userAttributes) {
                this.userAttributes = userAttributes;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(
                        embedPath,
                        nonce,
                        email,
                        externalUserId,
                        clientId,
                        time,
                        sessionLength,
                        externalUserTeam,
                        accountType,
                        userAttributes);
            }
        }
    }

    /**
     * The verified claims. {@code userAttributes} is null when no {@code :ua_} parameter came, else
     * read-only.
     */
    public record Claims(
            String embedPath,
            String nonce,
            String email,
            String externalUserId,
            String clientId,
            Long time,
            Long sessionLength,
            String mode,
            String externalUserTeam,
            String accountType,
            Map<String, String> userAttributes) {}

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
        MALFORMED, BAD_SIGNATURE, EXPIRED, NOT_YET_VALID, LIFETIME_TOO_LONG, MISSING_CLAIM,
        INVALID_CLAIM, INVALID_INPUT, INVALID_KEY, WEAK_KEY
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
     * Signs a Sigma signed embed URL.
     *
     * @param input the values to sign
     * @param secret the Sigma Computing secret: The embed secret from Administration &gt; Developer
     *     access, used as text.
     * @param options the time and random source to sign with
     * @return the URL and signature
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY} or {@code WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String embedPath = required(input.embedPath(), "embed_path");
        String nonce = input.nonce();
        if (nonce == null) {
            nonce = uuid(options.random(16));
        }
        check(nonce.codePointCount(0, nonce.length()) <= 255, ":nonce");
        String email = required(input.email(), ":email");
        String externalUserId = required(input.externalUserId(), ":external_user_id");
        String clientId = required(input.clientId(), ":client_id");
        Long time = input.time() != null ? input.time() : now;
        check(time >= -MAX_SAFE && time <= MAX_SAFE, ":time");
        Long sessionLength = input.sessionLength() != null ? input.sessionLength() : 3600L;
        check(sessionLength >= 0 && sessionLength <= 2592000, ":session_length");
        String mode = "userbacked";
        String externalUserTeam = required(input.externalUserTeam(), ":external_user_team");
        String accountType = input.accountType();
        Map<String, String> userAttributes = input.userAttributes();
        // --8<-- [start:url]
        StringBuilder url = new StringBuilder(raw(embedPath, "embed_path"));
        param(url, ":nonce", text(nonce, ":nonce"));
        param(url, ":email", text(email, ":email"));
        param(url, ":external_user_id", text(externalUserId, ":external_user_id"));
        param(url, ":client_id", text(clientId, ":client_id"));
        param(url, ":time", String.valueOf(time));
        param(url, ":session_length", String.valueOf(sessionLength));
        param(url, ":mode", mode);
        param(url, ":external_user_team", text(externalUserTeam, ":external_user_team"));
        param(url, ":account_type", text(accountType, ":account_type"));
        params(url, ":ua_", userAttributes, "user_attributes");
        // --8<-- [end:url]
        String message = url.toString();
        String signature = HexFormat.of().formatHex(hmac("HmacSHA256", key, message));
        param(url, ":signature", signature);
        return new Signed(url.toString(), signature);
    }
    // --8<-- [end:sign]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String url, String secret) throws EmbedException {
        return verify(url, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Sigma signed embed URL: its signature, its claims and its times.
     *
     * @param url the signed URL as received
     * @param secret the Sigma Computing secret
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
        String embedPathRaw = base;
        String query = question < 0 ? "" : rest.substring(question + 1);
        Map<String, String> userAttributesReceived = new LinkedHashMap<>();
        String[] texts = query(query, userAttributesReceived);
        byte[] received = hex(texts[9]);
        String message = base + "?" + query.substring(0, Math.max(query.lastIndexOf('&'), 0));
        if (!MessageDigest.isEqual(hmac("HmacSHA256", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "embed_path", embedPathRaw);
        putText(values, ":nonce", texts[0]);
        putText(values, ":email", texts[1]);
        putText(values, ":external_user_id", texts[2]);
        putText(values, ":client_id", texts[3]);
        putInteger(values, ":time", texts[4]);
        putInteger(values, ":session_length", texts[5]);
        putText(values, ":mode", texts[6]);
        putText(values, ":external_user_team", texts[7]);
        putText(values, ":account_type", texts[8]);
        String embedPath =
                values.get("embed_path") instanceof String v ? v : claim(values, "embed_path");
        String nonce =
                values.get(":nonce") instanceof String v && v.codePointCount(0, v.length()) <= 255
                        ? v
                        : claim(values, ":nonce");
        String email = values.get(":email") instanceof String v ? v : claim(values, ":email");
        String externalUserId =
                values.get(":external_user_id") instanceof String v
                        ? v
                        : claim(values, ":external_user_id");
        String clientId =
                values.get(":client_id") instanceof String v ? v : claim(values, ":client_id");
        Long time = values.get(":time") instanceof Long v ? v : claim(values, ":time");
        Long sessionLength =
                values.get(":session_length") instanceof Long v && v >= 0 && v <= 2592000
                        ? v
                        : claim(values, ":session_length");
        String mode =
                values.get(":mode") instanceof String v && v.equals("userbacked")
                        ? v
                        : claim(values, ":mode");
        String externalUserTeam =
                values.get(":external_user_team") instanceof String v
                        ? v
                        : claim(values, ":external_user_team");
        String accountType =
                values.get(":account_type") instanceof String v
                        ? v
                        : optional(values, ":account_type");
        Map<String, String> userAttributes =
                userAttributesReceived.isEmpty()
                        ? null
                        : Collections.unmodifiableMap(userAttributesReceived);
        long now = options.now();
        long expiry = time + sessionLength;
        if (expiry <= now) {
            throw new EmbedException(
                    ErrorCode.EXPIRED,
                    "expired at " + expiry + " (:time + :session_length), now " + now);
        }
        if (time > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, ":time is in the future: " + time);
        }
        if (expiry - 2592000 > time) {
            throw new EmbedException(ErrorCode.LIFETIME_TOO_LONG, "lives longer than 2592000 s");
        }
        return new Claims(
                embedPath,
                nonce,
                email,
                externalUserId,
                clientId,
                time,
                sessionLength,
                mode,
                externalUserTeam,
                accountType,
                userAttributes);
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

    /**
     * Appends a map's entries as parameters named {@code prefix} (already encoded) + key, sorted
     * by encoded name: ASCII, which every language of this SDK orders alike whatever order the
     * caller's map iterates in. A key names a parameter, so it must be non-empty text.
     */
    private static void params(
            StringBuilder url, String prefix, Map<String, String> entries, String name)
            throws EmbedException {
        if (entries == null) {
            return;
        }
        Map<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            check(key != null && !key.isEmpty() && unicode(key), name);
            check(value != null && unicode(value), name);
            sorted.put(prefix + percent(key), value);
        }
        // sorted by name alone: with "=" in the sort key, "a%20=" would come before "a="
        sorted.forEach((prefixed, value) -> param(url, prefixed, value));
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
        String stays = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.~,:";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.~,:} stay, a space is
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
                .replace("%2C", ",")
                .replace("%3A", ":");
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

    /** Reverses form encoding: {@code +} is a space, then {@link #unpercent(String)}. */
    private static String formDecode(String text) throws EmbedException {
        return unpercent(text.replace('+', ' '));
    }

    /**
     * Each of {@link #PARAMS} as received and percent-decoded (null when absent), read by name as
     * the vendor's server reads them: each at most once, in any order, the signature last (the URL
     * before it is what is signed), a {@code +} read as a space (form decoding).
     *
     * <p>A parameter named {@code :ua_} + key is one entry of {@code userAttributes} instead, its
     * key the rest of the decoded name; the prefix alone names no key, so it is unexpected.
     */
    private static String[] query(String query, Map<String, String> userAttributes)
            throws EmbedException {
        String[] texts = new String[PARAMS.size()];
        int at = -1;
        for (String item : query.isEmpty() ? new String[0] : query.split("&", -1)) {
            int equals = item.indexOf('=');
            // an item without '=' names nothing: "" is no parameter and no map's entry
            String name = equals < 0 ? "" : formDecode(item.substring(0, equals));
            at = PARAMS.indexOf(name);
            if (at < 0 && name.length() > 4 && name.startsWith(":ua_")) {
                String value = formDecode(item.substring(equals + 1));
                if (userAttributes.putIfAbsent(name.substring(4), value) != null) {
                    throw new EmbedException(ErrorCode.MALFORMED, "a repeated query item");
                }
                continue; // at stays -1: an entry is never the signature
            }
            if (at < 0 || texts[at] != null) {
                throw new EmbedException(
                        ErrorCode.MALFORMED, "an unexpected or repeated query item");
            }
            texts[at] = formDecode(item.substring(equals + 1));
        }
        if (texts[9] == null) {
            throw new EmbedException(ErrorCode.MALFORMED, "the URL has no signature");
        }
        if (at != 9) {
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
