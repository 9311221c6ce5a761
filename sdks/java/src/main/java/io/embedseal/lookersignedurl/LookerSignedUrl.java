// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

package io.embedseal.lookersignedurl;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Looker signed embed URL (Looker): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/looker-signed-url.yaml}; Java 17 standard library only.
 * References: https://cloud.google.com/looker/docs/single-sign-on-embedding,
 * https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts.
 *
 * <p>Known weaknesses of this format, kept for compatibility with Looker:
 *
 * <ul>
 *   <li>unsigned-fields: the signature does not cover first_name, last_name, user_timezone,
 *       force_logout_login
 *   <li>sha1: HMAC-SHA1 is a legacy choice
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class LookerSignedUrl {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern BASE =
            Pattern.compile("\\Qhttps://\\E(.*?)\\Q/login/embed/\\E(.*?)", Pattern.DOTALL);
    private static final List<String> PARAMS =
            List.of(
                    "nonce",
                    "time",
                    "session_length",
                    "external_user_id",
                    "permissions",
                    "models",
                    "group_ids",
                    "external_group_id",
                    "user_attributes",
                    "access_filters",
                    "first_name",
                    "last_name",
                    "user_timezone",
                    "force_logout_login",
                    "signature");

    private LookerSignedUrl() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            String host,
            String embedUrl,
            String nonce,
            Long time,
            Long sessionLength,
            String externalUserId,
            List<String> permissions,
            List<String> models,
            List<Long> groupIds,
            String externalGroupId,
            Map<String, Object> userAttributes,
            Map<String, Object> accessFilters,
            String firstName,
            String lastName,
            String userTimezone,
            Boolean forceLogoutLogin) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String host;
            private String embedUrl;
            private String nonce;
            private Long time;
            private Long sessionLength;
            private String externalUserId;
            private List<String> permissions;
            private List<String> models;
            private List<Long> groupIds;
            private String externalGroupId;
            private Map<String, Object> userAttributes;
            private Map<String, Object> accessFilters;
            private String firstName;
            private String lastName;
            private String userTimezone;
            private Boolean forceLogoutLogin;

            /** Looker host without scheme, with the port when needed (example.looker.com). */
            public Builder host(String host) {
                this.host = host;
                return this;
            }

            /** The embedded content path, e.g. /embed/dashboards/1. */
            public Builder embedUrl(String embedUrl) {
                this.embedUrl = embedUrl;
                return this;
            }

            /** Single-use random value. Optional: drawn fresh when unset. */
            public Builder nonce(String nonce) {
                this.nonce = nonce;
                return this;
            }

            /**
             * When the URL was signed; Looker accepts it within five minutes. Optional: the signing
             * time when unset.
             */
            public Builder time(Long time) {
                this.time = time;
                return this;
            }

            /** Length of the embed session in seconds. Optional. */
            public Builder sessionLength(Long sessionLength) {
                this.sessionLength = sessionLength;
                return this;
            }

            /** Your id for the viewer. */
            public Builder externalUserId(String externalUserId) {
                this.externalUserId = externalUserId;
                return this;
            }

            /** Looker permissions, e.g. access_data, see_user_dashboards. */
            public Builder permissions(List<String> permissions) {
                this.permissions = permissions;
                return this;
            }

            /** Model names the viewer may use. */
            public Builder models(List<String> models) {
                this.models = models;
                return this;
            }

            /** The {@code group_ids} value. Optional. */
            public Builder groupIds(List<Long> groupIds) {
                this.groupIds = groupIds;
                return this;
            }

            /** The {@code external_group_id} value. Optional. */
            public Builder externalGroupId(String externalGroupId) {
                this.externalGroupId = externalGroupId;
                return this;
            }

            /** The {@code user_attributes} value. Optional. */
            public Builder userAttributes(Map<String, Object> userAttributes) {
                this.userAttributes = userAttributes;
                return this;
            }

            /** Required by Looker; &#123;} when unused. Optional. */
            public Builder accessFilters(Map<String, Object> accessFilters) {
                this.accessFilters = accessFilters;
                return this;
            }

            /** The {@code first_name} value. Optional. */
            public Builder firstName(String firstName) {
                this.firstName = firstName;
                return this;
            }

            /** The {@code last_name} value. Optional. */
            public Builder lastName(String lastName) {
                this.lastName = lastName;
                return this;
            }

            /** The {@code user_timezone} value. Optional. */
            public Builder userTimezone(String userTimezone) {
                this.userTimezone = userTimezone;
                return this;
            }

            /** The {@code force_logout_login} value. Optional. */
            public Builder forceLogoutLogin(Boolean forceLogoutLogin) {
                this.forceLogoutLogin = forceLogoutLogin;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(
                        host,
                        embedUrl,
                        nonce,
                        time,
                        sessionLength,
                        externalUserId,
                        permissions,
                        models,
                        groupIds,
                        externalGroupId,
                        userAttributes,
                        accessFilters,
                        firstName,
                        lastName,
                        userTimezone,
                        forceLogoutLogin);
            }
        }
    }

    /** The verified claims. */
    public record Claims(
            String host,
            String embedUrl,
            String nonce,
            Long time,
            Long sessionLength,
            String externalUserId,
            List<String> permissions,
            List<String> models,
            List<Long> groupIds,
            String externalGroupId,
            Map<String, Object> userAttributes,
            Map<String, Object> accessFilters,
            String firstName,
            String lastName,
            String userTimezone,
            Boolean forceLogoutLogin) {}

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
     * Signs a Looker signed embed URL.
     *
     * @param input the values to sign
     * @param secret the Looker secret: The embed secret from Admin &gt; Embed.
     * @param options the time and random source to sign with
     * @return the URL and signature
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        String host = required(input.host(), "host");
        String embedUrl = required(input.embedUrl(), "embed_url");
        String nonce = input.nonce();
        if (nonce == null) {
            nonce = HexFormat.of().formatHex(options.random(16));
        }
        check(nonce.codePointCount(0, nonce.length()) <= 255, "nonce");
        Long time = input.time() != null ? input.time() : now;
        check(time >= -MAX_SAFE && time <= MAX_SAFE, "time");
        Long sessionLength = input.sessionLength() != null ? input.sessionLength() : 3600L;
        check(sessionLength >= 0 && sessionLength <= 2592000, "session_length");
        String externalUserId = required(input.externalUserId(), "external_user_id");
        List<String> permissions = required(input.permissions(), "permissions");
        check(permissions.stream().allMatch(Objects::nonNull), "permissions");
        List<String> models = required(input.models(), "models");
        check(models.stream().allMatch(Objects::nonNull), "models");
        List<Long> groupIds = input.groupIds();
        for (Long item : groupIds == null ? List.<Long>of() : groupIds) {
            check(item != null && item >= -MAX_SAFE && item <= MAX_SAFE, "group_ids");
        }
        String externalGroupId = input.externalGroupId();
        check(
                externalGroupId == null
                        || externalGroupId.codePointCount(0, externalGroupId.length()) <= 81,
                "external_group_id");
        Map<String, Object> userAttributes = input.userAttributes();
        Map<String, Object> accessFilters =
                input.accessFilters() != null ? input.accessFilters() : Map.of();
        String firstName = input.firstName();
        String lastName = input.lastName();
        String userTimezone = input.userTimezone();
        Boolean forceLogoutLogin = input.forceLogoutLogin();
        String nonceJson = json(nonce);
        String timeJson = json(time);
        String sessionLengthJson = json(sessionLength);
        String externalUserIdJson = json(externalUserId);
        String permissionsJson = json(permissions);
        String modelsJson = json(models);
        String groupIdsJson = json(groupIds);
        String externalGroupIdJson = json(externalGroupId);
        String userAttributesJson = json(userAttributes);
        String accessFiltersJson = json(accessFilters);
        // --8<-- [start:url]
        StringBuilder url = new StringBuilder("https://");
        url.append(raw(host, "host"));
        url.append("/login/embed/");
        url.append(percent(text(embedUrl, "embed_url")));
        param(url, "nonce", nonceJson);
        param(url, "time", timeJson);
        param(url, "session_length", sessionLengthJson);
        param(url, "external_user_id", externalUserIdJson);
        param(url, "permissions", permissionsJson);
        param(url, "models", modelsJson);
        param(url, "group_ids", groupIdsJson);
        param(url, "external_group_id", externalGroupIdJson);
        param(url, "user_attributes", userAttributesJson);
        param(url, "access_filters", accessFiltersJson);
        param(url, "first_name", json(firstName));
        param(url, "last_name", json(lastName));
        param(url, "user_timezone", json(userTimezone));
        param(url, "force_logout_login", json(forceLogoutLogin));
        // --8<-- [end:url]
        String message =
                join(
                        "\n",
                        text(host, "host"),
                        "/login/embed/" + percent(text(embedUrl, "embed_url")),
                        nonceJson,
                        timeJson,
                        sessionLengthJson,
                        externalUserIdJson,
                        permissionsJson,
                        modelsJson,
                        groupIdsJson,
                        externalGroupIdJson,
                        userAttributesJson,
                        accessFiltersJson);
        String signature = Base64.getEncoder().encodeToString(hmac("HmacSHA1", key, message));
        param(url, "signature", signature);
        return new Signed(url.toString(), signature);
    }
    // --8<-- [end:sign]

    /** Verifies with the clock: see {@link #verify(String, String, Options)}. */
    public static Claims verify(String url, String secret) throws EmbedException {
        return verify(url, secret, new Options());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Looker signed embed URL: its signature, its claims and its times.
     *
     * @param url the signed URL as received
     * @param secret the Looker secret
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
        String embedUrlRaw = matched.group(2);
        String embedUrlText = unpercent(embedUrlRaw);
        String query = question < 0 ? "" : rest.substring(question + 1);
        String[] texts = query(query);
        byte[] received = base64(texts[14]);
        String message =
                join(
                        "\n",
                        hostRaw,
                        "/login/embed/" + embedUrlRaw,
                        texts[0],
                        texts[1],
                        texts[2],
                        texts[3],
                        texts[4],
                        texts[5],
                        texts[6],
                        texts[7],
                        texts[8],
                        texts[9]);
        if (!MessageDigest.isEqual(hmac("HmacSHA1", key, message), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        putText(values, "host", hostRaw);
        putText(values, "embed_url", embedUrlText);
        putJson(values, "nonce", texts[0]);
        putJson(values, "time", texts[1]);
        putJson(values, "session_length", texts[2]);
        putJson(values, "external_user_id", texts[3]);
        putJson(values, "permissions", texts[4]);
        putJson(values, "models", texts[5]);
        putJson(values, "group_ids", texts[6]);
        putJson(values, "external_group_id", texts[7]);
        putJson(values, "user_attributes", texts[8]);
        putJson(values, "access_filters", texts[9]);
        putJson(values, "first_name", texts[10]);
        putJson(values, "last_name", texts[11]);
        putJson(values, "user_timezone", texts[12]);
        putJson(values, "force_logout_login", texts[13]);
        String host = values.get("host") instanceof String v ? v : claim(values, "host");
        String embedUrl =
                values.get("embed_url") instanceof String v ? v : claim(values, "embed_url");
        String nonce =
                values.get("nonce") instanceof String v && v.codePointCount(0, v.length()) <= 255
                        ? v
                        : claim(values, "nonce");
        Long time = values.get("time") instanceof Long v ? v : claim(values, "time");
        Long sessionLength =
                values.get("session_length") instanceof Long v && v >= 0 && v <= 2592000
                        ? v
                        : claim(values, "session_length");
        String externalUserId =
                values.get("external_user_id") instanceof String v
                        ? v
                        : claim(values, "external_user_id");
        List<String> permissions = list(values, "permissions", String.class, true);
        List<String> models = list(values, "models", String.class, true);
        List<Long> groupIds = list(values, "group_ids", Long.class, false);
        String externalGroupId =
                values.get("external_group_id") instanceof String v
                        && v.codePointCount(0, v.length()) <= 81
                        ? v
                        : optional(values, "external_group_id");
        Map<String, Object> userAttributes = object(values, "user_attributes", false);
        Map<String, Object> accessFilters = object(values, "access_filters", true);
        String firstName =
                values.get("first_name") instanceof String v ? v : optional(values, "first_name");
        String lastName =
                values.get("last_name") instanceof String v ? v : optional(values, "last_name");
        String userTimezone =
                values.get("user_timezone") instanceof String v
                        ? v
                        : optional(values, "user_timezone");
        Boolean forceLogoutLogin =
                values.get("force_logout_login") instanceof Boolean v
                        ? v
                        : optional(values, "force_logout_login");
        long now = options.now();
        if (time + 300 <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "issued at " + time + ", too long ago");
        }
        if (time - 300 > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "time is in the future: " + time);
        }
        return new Claims(
                host,
                embedUrl,
                nonce,
                time,
                sessionLength,
                externalUserId,
                permissions,
                models,
                groupIds,
                externalGroupId,
                userAttributes,
                accessFilters,
                firstName,
                lastName,
                userTimezone,
                forceLogoutLogin);
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
        String stays =
                "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.!~*'()";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.!~*'()} stay, a space is
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
                .replace("+", "%20")
                .replace("%21", "!")
                .replace("%7E", "~")
                .replace("%27", "'")
                .replace("%28", "(")
                .replace("%29", ")");
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
        if (texts[14] == null) {
            throw new EmbedException(ErrorCode.MALFORMED, "the URL has no signature");
        }
        return texts;
    }

    private static void putText(Map<String, Object> values, String name, String text) {
        if (text != null) {
            values.put(name, text);
        }
    }

    private static void putJson(Map<String, Object> values, String name, String text)
            throws EmbedException {
        if (text != null) {
            values.put(name, Json.parse(text));
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
