// Code generated from spec/formats/lightdash-embed.yaml — do not edit.

package io.embedseal.lightdashembed;

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
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Lightdash embedded dashboard JWT (Lightdash): sign, verify and build embed URLs.
 *
 * <p>Generated from {@code spec/formats/lightdash-embed.yaml}; Java 17 standard library only.
 * References: https://docs.lightdash.com/references/embedding,
 * https://docs.lightdash.com/references/iframe-embedding.
 *
 * <p>Known weaknesses of this format, kept for compatibility with Lightdash:
 *
 * <ul>
 *   <li>unbounded-lifetime: no verify.max_lifetime bounds exp
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class LightdashEmbed {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final String HEADER =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"; // {"alg":"HS256","typ":"JWT"}

    private LightdashEmbed() {}

    /** What the caller supplies to sign; build one with {@link Builder}. */
    public record Input(
            Content content,
            User user,
            Map<String, Object> userAttributes,
            Long iat,
            Long exp,
            String siteUrl) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private Content content;
            private User user;
            private Map<String, Object> userAttributes;
            private Long iat;
            private Long exp;
            private String siteUrl;

            /** What is embedded and what the viewer may do with it. */
            public Builder content(Content content) {
                this.content = content;
                return this;
            }

            /** Who is viewing, for Lightdash's query tags and user attributes. Optional. */
            public Builder user(User user) {
                this.user = user;
                return this;
            }

            /** Values for the project's user attributes (row-level filters), by name. Optional. */
            public Builder userAttributes(Map<String, Object> userAttributes) {
                this.userAttributes = userAttributes;
                return this;
            }

            /**
             * When the token was issued (jsonwebtoken adds it). Optional: the signing time when
             * unset.
             */
            public Builder iat(Long iat) {
                this.iat = iat;
                return this;
            }

            /** Expiry (expiresIn "1 hour" in Lightdash's snippet). Optional. */
            public Builder exp(Long exp) {
                this.exp = exp;
                return this;
            }

            /** Your Lightdash site, without a trailing slash (https://app.lightdash.cloud). */
            public Builder siteUrl(String siteUrl) {
                this.siteUrl = siteUrl;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(content, user, userAttributes, iat, exp, siteUrl);
            }
        }
    }

    /**
     * A {@code DashboardFiltersInteractivity}; {@code extra} holds the members a verified one has
     * beyond those declared.
     */
    public record DashboardFiltersInteractivity(
            Object enabled, List<String> allowedFilters, Map<String, Object> extra) {
        /** Builds a {@link DashboardFiltersInteractivity}; a value left unset is absent. */
        public static final class Builder {
            private Object enabled;
            private List<String> allowedFilters;

            /**
             * "all", "some" (those in allowedFilters) or "none"; true/false (older form). A {@code
             * String} ("all", "some" or "none") or a {@code Boolean}.
             */
            public Builder enabled(Object enabled) {
                this.enabled = enabled;
                return this;
            }

            /** With "some", the filter ids the viewer may change. Optional. */
            public Builder allowedFilters(List<String> allowedFilters) {
                this.allowedFilters = allowedFilters;
                return this;
            }

            /** Returns the {@link DashboardFiltersInteractivity}. */
            public DashboardFiltersInteractivity build() {
                return new DashboardFiltersInteractivity(enabled, allowedFilters, Map.of());
            }
        }
    }


    /**
     * A {@code ParameterInteractivity}; {@code extra} holds the members a verified one has beyond
     * those declared.
     */
    public record ParameterInteractivity(Boolean enabled, Map<String, Object> extra) {
        /** Builds a {@link ParameterInteractivity}; a value left unset is absent. */
        public static final class Builder {
            private Boolean enabled;

            /** Whether the viewer may change dashboard parameters. */
            public Builder enabled(Boolean enabled) {
                this.enabled = enabled;
                return this;
            }

            /** Returns the {@link ParameterInteractivity}. */
            public ParameterInteractivity build() {
                return new ParameterInteractivity(enabled, Map.of());
            }
        }
    }


    /**
     * A {@code Content}; {@code extra} holds the members a verified one has beyond those declared.
     */
    public record Content(
            String type,
            String projectUuid,
            String dashboardUuid,
            DashboardFiltersInteractivity dashboardFiltersInteractivity,
            ParameterInteractivity parameterInteractivity,
            Boolean canExportCsv,
            Boolean canExportImages,
            Boolean canExportPagePdf,
            Boolean canDateZoom,
            Boolean canExplore,
            Boolean canViewUnderlyingData,
            Map<String, Object> extra) {
        /** Builds a {@link Content}; a value left unset is absent. */
        public static final class Builder {
            private String type;
            private String projectUuid;
            private String dashboardUuid;
            private DashboardFiltersInteractivity dashboardFiltersInteractivity;
            private ParameterInteractivity parameterInteractivity;
            private Boolean canExportCsv;
            private Boolean canExportImages;
            private Boolean canExportPagePdf;
            private Boolean canDateZoom;
            private Boolean canExplore;
            private Boolean canViewUnderlyingData;

            /** Always "dashboard" here (Lightdash's chart embeds are another shape). */
            public Builder type(String type) {
                this.type = type;
                return this;
            }

            /** The project the dashboard belongs to (also in the URL's path). */
            public Builder projectUuid(String projectUuid) {
                this.projectUuid = projectUuid;
                return this;
            }

            /** The dashboard to show. */
            public Builder dashboardUuid(String dashboardUuid) {
                this.dashboardUuid = dashboardUuid;
                return this;
            }

            /** Which dashboard filters the viewer may change. Optional. */
            public Builder dashboardFiltersInteractivity(
                    DashboardFiltersInteractivity dashboardFiltersInteractivity) {
                this.dashboardFiltersInteractivity = dashboardFiltersInteractivity;
                return this;
            }

            /** The {@code parameterInteractivity} value. Optional. */
            public Builder parameterInteractivity(ParameterInteractivity parameterInteractivity) {
                this.parameterInteractivity = parameterInteractivity;
                return this;
            }

            /** The {@code canExportCsv} value. Optional. */
            public Builder canExportCsv(Boolean canExportCsv) {
                this.canExportCsv = canExportCsv;
                return this;
            }

            /** The {@code canExportImages} value. Optional. */
            public Builder canExportImages(Boolean canExportImages) {
                this.canExportImages = canExportImages;
                return this;
            }

            /** The {@code canExportPagePdf} value. Optional. */
            public Builder canExportPagePdf(Boolean canExportPagePdf) {
                this.canExportPagePdf = canExportPagePdf;
                return this;
            }

            /** The {@code canDateZoom} value. Optional. */
            public Builder canDateZoom(Boolean canDateZoom) {
                this.canDateZoom = canDateZoom;
                return this;
            }

            /** The {@code canExplore} value. Optional. */
            public Builder canExplore(Boolean canExplore) {
                this.canExplore = canExplore;
                return this;
            }

            /** The {@code canViewUnderlyingData} value. Optional. */
            public Builder canViewUnderlyingData(Boolean canViewUnderlyingData) {
                this.canViewUnderlyingData = canViewUnderlyingData;
                return this;
            }

            /** Returns the {@link Content}. */
            public Content build() {
                return new Content(
                        type,
                        projectUuid,
                        dashboardUuid,
                        dashboardFiltersInteractivity,
                        parameterInteractivity,
                        canExportCsv,
                        canExportImages,
                        canExportPagePdf,
                        canDateZoom,
                        canExplore,
                        canViewUnderlyingData,
                        Map.of());
            }
        }
    }


    /** A {@code User}; {@code extra} holds the members a verified one has beyond those declared. */
    public record User(String externalId, String email, Map<String, Object> extra) {
        /** Builds an {@link User}; a value left unset is absent. */
        public static final class Builder {
            private String externalId;
            private String email;

            /** The {@code externalId} value. Optional. */
            public Builder externalId(String externalId) {
                this.externalId = externalId;
                return this;
            }

            /** The {@code email} value. Optional. */
            public Builder email(String email) {
                this.email = email;
                return this;
            }

            /** Returns the {@link User}. */
            public User build() {
                return new User(externalId, email, Map.of());
            }
        }
    }


    /** The verified claims; {@code extra} holds the members this format does not declare. */
    public record Claims(
            Content content,
            User user,
            Map<String, Object> userAttributes,
            Long iat,
            Long exp,
            Map<String, Object> extra) {}

    /** What signing gives: the token, its embed URL, the signature and the response members. */
    public record Signed(String token, String url, String signature, Long expiresAt) {}

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
        MALFORMED, BAD_SIGNATURE, ALG_NOT_ALLOWED, EXPIRED, NOT_YET_VALID, MISSING_CLAIM,
        INVALID_CLAIM, INVALID_INPUT, INVALID_KEY
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
     * Signs a Lightdash embedded dashboard JWT.
     *
     * @param input the values to sign
     * @param secret the Lightdash secret: The embed secret from Project settings &gt; Embed, used
     *     as text.
     * @param options the time to sign with
     * @return the token, URL and signature, and the response members
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY}
     */
    public static Signed sign(Input input, String secret, Options options) throws EmbedException {
        byte[] key = key(secret);
        long now = options.now();
        Content content = required(input.content(), "content");
        User user = input.user();
        Map<String, Object> userAttributes = input.userAttributes();
        Long iat = input.iat() != null ? input.iat() : now;
        check(iat >= -MAX_SAFE && iat <= MAX_SAFE, "iat");
        Long exp = input.exp() != null ? input.exp() : now + 3600;
        check(exp >= -MAX_SAFE && exp <= MAX_SAFE, "exp");
        // Room for a typical token's JSON: from 16 chars a StringBuilder would regrow (and copy)
        // four times on the way to 200.
        StringBuilder out = new StringBuilder(256);
        out.append("{\"content\":");
        writeContent(out, content, 2);
        if (user != null) {
            out.append(",\"user\":");
            writeUser(out, user, 2);
        }
        if (userAttributes != null) {
            out.append(",\"userAttributes\":");
            write(out, userAttributes, 2);
        }
        out.append(",\"iat\":");
        out.append(iat);
        out.append(",\"exp\":");
        out.append(exp);
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
        String siteUrl = required(input.siteUrl(), "site_url");
        Content content = required(input.content(), "content");
        String projectUuid = required(content.projectUuid(), "projectUuid");
        StringBuilder url = new StringBuilder(raw(siteUrl, "site_url"));
        url.append("/embed/");
        url.append(percent(text(projectUuid, "projectUuid")));
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
     * Verifies a Lightdash embedded dashboard JWT: its signature, its claims and its times.
     *
     * @param token the token as received
     * @param secret the Lightdash secret
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
        String mac =
                switch (header.get("alg") instanceof String alg ? alg : "") {
                    case "HS256" -> "HmacSHA256";
                    case "HS384" -> "HmacSHA384";
                    case "HS512" -> "HmacSHA512";
                    default -> throw new EmbedException(
                            ErrorCode.ALG_NOT_ALLOWED, "the header's alg is not allowed");
                };
        if (header.containsKey("crit")) {
            throw new EmbedException(ErrorCode.MALFORMED, "the header lists critical extensions");
        }
        String signingInput = segments[0] + "." + segments[1];
        if (!MessageDigest.isEqual(hmac(mac, key, signingInput), received)) {
            throw new EmbedException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> payload = Json.object(payloadJson, "the payload");
        Content content =
                payload.get("content") != null
                        ? readContent(payload.get("content"))
                        : claim(payload, "content");
        User user =
                payload.get("user") != null
                        ? readUser(payload.get("user"))
                        : optional(payload, "user");
        Map<String, Object> userAttributes = object(payload, "userAttributes", false);
        Long iat = payload.get("iat") instanceof Long v ? v : claim(payload, "iat");
        Long exp = payload.get("exp") instanceof Long v ? v : claim(payload, "exp");
        // Registered claims (RFC 7519) not declared here: checked whenever the token has them.
        Long nbf = payload.get("nbf") instanceof Long v ? v : optional(payload, "nbf");
        long now = options.now();
        if (exp <= now) {
            throw new EmbedException(ErrorCode.EXPIRED, "expired at " + exp + ", now " + now);
        }
        if (iat > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "iat is in the future: " + iat);
        }
        if (nbf != null && nbf > now) {
            throw new EmbedException(ErrorCode.NOT_YET_VALID, "nbf is in the future: " + nbf);
        }
        payload.keySet().removeAll(List.of("content", "user", "userAttributes", "iat", "exp"));
        return new Claims(
                content, user, userAttributes, iat, exp, Collections.unmodifiableMap(payload));
    }
    // --8<-- [end:verify]

    private static void writeDashboardFiltersInteractivity(
            StringBuilder out, DashboardFiltersInteractivity value, int depth)
            throws EmbedException {
        check(
                value.extra().isEmpty(),
                "DashboardFiltersInteractivity: members beyond the declared ones");
        required(value.enabled(), "enabled");
        check(isEnabled(value.enabled()), "enabled");
        check(
                value.allowedFilters() == null
                        || value.allowedFilters().stream().allMatch(Objects::nonNull),
                "allowedFilters");
        out.append("{\"enabled\":");
        write(out, value.enabled(), depth + 1);
        if (value.allowedFilters() != null) {
            out.append(",\"allowedFilters\":");
            write(out, value.allowedFilters(), depth + 1);
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static DashboardFiltersInteractivity readDashboardFiltersInteractivity(Object json)
            throws EmbedException {
        if (!(json instanceof Map<?, ?>)) {
            throw new EmbedException(
                    ErrorCode.INVALID_CLAIM,
                    "a DashboardFiltersInteractivity is not a JSON object");
        }
        Map<String, Object> object = (Map<String, Object>) json;
        Object enabled =
                isEnabled(object.get("enabled")) ? object.get("enabled") : claim(object, "enabled");
        List<String> allowedFilters = list(object, "allowedFilters", String.class, false);
        object.keySet().removeAll(List.of("enabled", "allowedFilters"));
        return new DashboardFiltersInteractivity(
                enabled, allowedFilters, Collections.unmodifiableMap(object));
    }

    private static void writeParameterInteractivity(
            StringBuilder out, ParameterInteractivity value, int depth)
            throws EmbedException {
        check(value.extra().isEmpty(), "ParameterInteractivity: members beyond the declared ones");
        required(value.enabled(), "enabled");
        out.append("{\"enabled\":");
        out.append(value.enabled());
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static ParameterInteractivity readParameterInteractivity(Object json)
            throws EmbedException {
        if (!(json instanceof Map<?, ?>)) {
            throw new EmbedException(
                    ErrorCode.INVALID_CLAIM, "a ParameterInteractivity is not a JSON object");
        }
        Map<String, Object> object = (Map<String, Object>) json;
        Boolean enabled = object.get("enabled") instanceof Boolean v ? v : claim(object, "enabled");
        object.keySet().removeAll(List.of("enabled"));
        return new ParameterInteractivity(enabled, Collections.unmodifiableMap(object));
    }

    private static void writeContent(StringBuilder out, Content value, int depth)
            throws EmbedException {
        check(value.extra().isEmpty(), "Content: members beyond the declared ones");
        required(value.type(), "type");
        check("dashboard".equals(value.type()), "type");
        required(value.projectUuid(), "projectUuid");
        required(value.dashboardUuid(), "dashboardUuid");
        out.append("{\"type\":");
        quote(out, value.type());
        out.append(",\"projectUuid\":");
        quote(out, value.projectUuid());
        out.append(",\"dashboardUuid\":");
        quote(out, value.dashboardUuid());
        if (value.dashboardFiltersInteractivity() != null) {
            out.append(",\"dashboardFiltersInteractivity\":");
            writeDashboardFiltersInteractivity(
                    out, value.dashboardFiltersInteractivity(), depth + 1);
        }
        if (value.parameterInteractivity() != null) {
            out.append(",\"parameterInteractivity\":");
            writeParameterInteractivity(out, value.parameterInteractivity(), depth + 1);
        }
        if (value.canExportCsv() != null) {
            out.append(",\"canExportCsv\":");
            out.append(value.canExportCsv());
        }
        if (value.canExportImages() != null) {
            out.append(",\"canExportImages\":");
            out.append(value.canExportImages());
        }
        if (value.canExportPagePdf() != null) {
            out.append(",\"canExportPagePdf\":");
            out.append(value.canExportPagePdf());
        }
        if (value.canDateZoom() != null) {
            out.append(",\"canDateZoom\":");
            out.append(value.canDateZoom());
        }
        if (value.canExplore() != null) {
            out.append(",\"canExplore\":");
            out.append(value.canExplore());
        }
        if (value.canViewUnderlyingData() != null) {
            out.append(",\"canViewUnderlyingData\":");
            out.append(value.canViewUnderlyingData());
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static Content readContent(Object json) throws EmbedException {
        if (!(json instanceof Map<?, ?>)) {
            throw new EmbedException(ErrorCode.INVALID_CLAIM, "a Content is not a JSON object");
        }
        Map<String, Object> object = (Map<String, Object>) json;
        String type =
                object.get("type") instanceof String v && "dashboard".equals(v)
                        ? v
                        : claim(object, "type");
        String projectUuid =
                object.get("projectUuid") instanceof String v ? v : claim(object, "projectUuid");
        String dashboardUuid =
                object.get("dashboardUuid") instanceof String v
                        ? v
                        : claim(object, "dashboardUuid");
        DashboardFiltersInteractivity dashboardFiltersInteractivity =
                object.get("dashboardFiltersInteractivity") != null
                        ? readDashboardFiltersInteractivity(
                                object.get("dashboardFiltersInteractivity"))
                        : optional(object, "dashboardFiltersInteractivity");
        ParameterInteractivity parameterInteractivity =
                object.get("parameterInteractivity") != null
                        ? readParameterInteractivity(object.get("parameterInteractivity"))
                        : optional(object, "parameterInteractivity");
        Boolean canExportCsv =
                object.get("canExportCsv") instanceof Boolean v
                        ? v
                        : optional(object, "canExportCsv");
        Boolean canExportImages =
                object.get("canExportImages") instanceof Boolean v
                        ? v
                        : optional(object, "canExportImages");
        Boolean canExportPagePdf =
                object.get("canExportPagePdf") instanceof Boolean v
                        ? v
                        : optional(object, "canExportPagePdf");
        Boolean canDateZoom =
                object.get("canDateZoom") instanceof Boolean v
                        ? v
                        : optional(object, "canDateZoom");
        Boolean canExplore =
                object.get("canExplore") instanceof Boolean v ? v : optional(object, "canExplore");
        Boolean canViewUnderlyingData =
                object.get("canViewUnderlyingData") instanceof Boolean v
                        ? v
                        : optional(object, "canViewUnderlyingData");
        object.keySet().removeAll(List.of(
                "type",
                "projectUuid",
                "dashboardUuid",
                "dashboardFiltersInteractivity",
                "parameterInteractivity",
                "canExportCsv",
                "canExportImages",
                "canExportPagePdf",
                "canDateZoom",
                "canExplore",
                "canViewUnderlyingData"));
        return new Content(
                type,
                projectUuid,
                dashboardUuid,
                dashboardFiltersInteractivity,
                parameterInteractivity,
                canExportCsv,
                canExportImages,
                canExportPagePdf,
                canDateZoom,
                canExplore,
                canViewUnderlyingData,
                Collections.unmodifiableMap(object));
    }

    private static void writeUser(StringBuilder out, User value, int depth) throws EmbedException {
        check(value.extra().isEmpty(), "User: members beyond the declared ones");
        out.append('{');
        if (value.externalId() != null) {
            out.append("\"externalId\":");
            quote(out, value.externalId());
        }
        if (value.email() != null) {
            out.append(out.charAt(out.length() - 1) == '{' ? "" : ",");
            out.append("\"email\":");
            quote(out, value.email());
        }
        out.append('}');
    }

    @SuppressWarnings("unchecked")
    private static User readUser(Object json) throws EmbedException {
        if (!(json instanceof Map<?, ?>)) {
            throw new EmbedException(ErrorCode.INVALID_CLAIM, "a User is not a JSON object");
        }
        Map<String, Object> object = (Map<String, Object>) json;
        String externalId =
                object.get("externalId") instanceof String v ? v : optional(object, "externalId");
        String email = object.get("email") instanceof String v ? v : optional(object, "email");
        object.keySet().removeAll(List.of("externalId", "email"));
        return new User(externalId, email, Collections.unmodifiableMap(object));
    }

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

    /** Whether {@code value} is a {@code String} ("all", "some" or "none") or a {@code Boolean}. */
    private static boolean isEnabled(Object value) {
        if (value instanceof String v) {
            return "all".equals(v) || "some".equals(v) || "none".equals(v);
        }
        return value instanceof Boolean;
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
