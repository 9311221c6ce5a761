// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

package io.embedseal.lookersignedurl;

import static io.embedseal.runtime.ErrorCode.INVALID_CLAIM;
import static io.embedseal.runtime.ErrorCode.INVALID_INPUT;

import io.embedseal.runtime.ByteEncoding;
import io.embedseal.runtime.Bytes;
import io.embedseal.runtime.Check;
import io.embedseal.runtime.EmbedsealException;
import io.embedseal.runtime.ErrorCode;
import io.embedseal.runtime.HmacAlgorithm;
import io.embedseal.runtime.Hmacs;
import io.embedseal.runtime.Json;
import io.embedseal.runtime.JsonProfile;
import io.embedseal.runtime.JsonValues;
import io.embedseal.runtime.PercentEncoding;
import io.embedseal.runtime.RandomSource;
import io.embedseal.runtime.ReceivedUrl;
import io.embedseal.runtime.ReceivedUrl.Param;
import io.embedseal.runtime.ReceivedUrl.TemplatePart;
import io.embedseal.runtime.SecretEncoding;
import io.embedseal.runtime.Secrets;
import io.embedseal.runtime.Times;
import io.embedseal.runtime.Utf8;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Looker signed embed URL (Looker): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/looker-signed-url.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://cloud.google.com/looker/docs/single-sign-on-embedding
 *   <li>https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts
 * </ul>
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
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.!~*'()";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    /** The URL before its query string. */
    private static final List<TemplatePart> BASE_URL =
            List.of(
TemplatePart.literal("https://"),
TemplatePart.field("host", false),
TemplatePart.literal("/login/embed/"),
TemplatePart.field("embed_url", true));

    /** The query parameters, in order, the signature last. */
    private static final List<Param> QUERY =
            List.of(
                    new Param("nonce", "nonce", "json", false),
                    new Param("time", "time", "json", false),
                    new Param("session_length", "session_length", "json", false),
                    new Param("external_user_id", "external_user_id", "json", false),
                    new Param("permissions", "permissions", "json", false),
                    new Param("models", "models", "json", false),
                    new Param("group_ids", "group_ids", "json", false),
                    new Param("external_group_id", "external_group_id", "json", false),
                    new Param("user_attributes", "user_attributes", "json", false),
                    new Param("access_filters", "access_filters", "json", false),
                    new Param("first_name", "first_name", "json", false),
                    new Param("last_name", "last_name", "json", false),
                    new Param("user_timezone", "user_timezone", "json", false),
                    new Param("force_logout_login", "force_logout_login", "json", false),
                    new Param("signature", null, "text", true));

    /** The type of each field that is not a string, to read it back from the URL. */
    private static final Map<String, String> KINDS =
            Map.ofEntries(
                    Map.entry("time", "unix-time"),
                    Map.entry("session_length", "integer"),
                    Map.entry("permissions", "array"),
                    Map.entry("models", "array"),
                    Map.entry("group_ids", "array"),
                    Map.entry("user_attributes", "object"),
                    Map.entry("access_filters", "object"),
                    Map.entry("force_logout_login", "boolean"));

    private LookerSignedUrl() {}

    /**
     * What the caller supplies to sign a Looker signed embed URL.
     *
     * @param host Looker host without scheme, with the port when needed (example.looker.com).
     * @param embedUrl The embedded content path, e.g. /embed/dashboards/1.
     * @param sessionLength Length of the embed session in seconds. Null for the default.
     * @param externalUserId Your id for the viewer.
     * @param permissions Looker permissions, e.g. access_data, see_user_dashboards.
     * @param models Model names the viewer may use.
     * @param groupIds group_ids Optional (null to leave out).
     * @param externalGroupId external_group_id Optional (null to leave out).
     * @param userAttributes user_attributes Optional (null to leave out).
     * @param accessFilters Required by Looker; {} when unused. Null for the default.
     * @param firstName first_name Optional (null to leave out).
     * @param lastName last_name Optional (null to leave out).
     * @param userTimezone user_timezone Optional (null to leave out).
     * @param forceLogoutLogin force_logout_login Optional (null to leave out).
     */
    public record Input(
            String host,
            String embedUrl,
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

    /**
     * The claims of a verified Looker signed embed URL.
     *
     * @param host Looker host without scheme, with the port when needed (example.looker.com).
     * @param embedUrl The embedded content path, e.g. /embed/dashboards/1.
     * @param nonce Single-use random value.
     * @param time When the URL was signed; Looker accepts it within five minutes.
     * @param sessionLength Length of the embed session in seconds.
     * @param externalUserId Your id for the viewer.
     * @param permissions Looker permissions, e.g. access_data, see_user_dashboards.
     * @param models Model names the viewer may use.
     * @param groupIds group_ids Null when absent.
     * @param externalGroupId external_group_id Null when absent.
     * @param userAttributes user_attributes Null when absent.
     * @param accessFilters Required by Looker; {} when unused.
     * @param firstName first_name Null when absent.
     * @param lastName last_name Null when absent.
     * @param userTimezone user_timezone Null when absent.
     * @param forceLogoutLogin force_logout_login Null when absent.
     */
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
            Boolean forceLogoutLogin) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (host != null) {
                json.put("host", host);
            }
            if (embedUrl != null) {
                json.put("embed_url", embedUrl);
            }
            if (nonce != null) {
                json.put("nonce", nonce);
            }
            if (time != null) {
                json.put("time", time);
            }
            if (sessionLength != null) {
                json.put("session_length", sessionLength);
            }
            if (externalUserId != null) {
                json.put("external_user_id", externalUserId);
            }
            if (permissions != null) {
                json.put("permissions", permissions);
            }
            if (models != null) {
                json.put("models", models);
            }
            if (groupIds != null) {
                json.put("group_ids", groupIds);
            }
            if (externalGroupId != null) {
                json.put("external_group_id", externalGroupId);
            }
            if (userAttributes != null) {
                json.put("user_attributes", userAttributes);
            }
            if (accessFilters != null) {
                json.put("access_filters", accessFilters);
            }
            if (firstName != null) {
                json.put("first_name", firstName);
            }
            if (lastName != null) {
                json.put("last_name", lastName);
            }
            if (userTimezone != null) {
                json.put("user_timezone", userTimezone);
            }
            if (forceLogoutLogin != null) {
                json.put("force_logout_login", forceLogoutLogin);
            }
            return json;
        }
    }

    /**
     * The result of signing.
     *
     * @param url the embed URL
     * @param signature the signature, as it appears in the URL
     */
    public record Signed(String url, String signature) {}

    /**
     * Signs with the current time and a secure random source.
     *
     * @param input the values to sign
     * @param secret the Looker secret (The embed secret from Admin > Embed.)
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Looker signed embed URL.
     *
     * @param input the values to sign
     * @param secret the Looker secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        String host = Check.required(input.host(), "host", INVALID_INPUT);
        String embedUrl = Check.required(input.embedUrl(), "embed_url", INVALID_INPUT);
        String nonce = RandomSource.text(random.take(16), "hex");
        Check.maxLength(nonce, 255, "nonce", INVALID_INPUT);
        Long time = now;
        Check.integer(time, null, null, "time", INVALID_INPUT);
        Long sessionLength = input.sessionLength() != null ? input.sessionLength() : 3600L;
        Check.integer(sessionLength, 0L, 2592000L, "session_length", INVALID_INPUT);
        String externalUserId =
                Check.required(input.externalUserId(), "external_user_id", INVALID_INPUT);
        List<String> permissions =
                Check.required(input.permissions(), "permissions", INVALID_INPUT);
        Check.items(permissions, "permissions", INVALID_INPUT);
        List<String> models = Check.required(input.models(), "models", INVALID_INPUT);
        Check.items(models, "models", INVALID_INPUT);
        List<Long> groupIds = input.groupIds();
        if (groupIds != null) {
            Check.items(groupIds, "group_ids", INVALID_INPUT);
            for (int i = 0; i < groupIds.size(); i++) {
                Check.integer(groupIds.get(i), null, null, "group_ids[" + i + "]", INVALID_INPUT);
            }
        }
        String externalGroupId = input.externalGroupId();
        if (externalGroupId != null) {
            Check.maxLength(externalGroupId, 81, "external_group_id", INVALID_INPUT);
        }
        Map<String, Object> userAttributes = input.userAttributes();
        if (userAttributes != null) {
            Check.jsonObject(userAttributes, "user_attributes", INVALID_INPUT);
        }
        Map<String, Object> accessFilters = input.accessFilters();
        if (accessFilters == null) {
            accessFilters = new LinkedHashMap<String, Object>();
        }
        Check.jsonObject(accessFilters, "access_filters", INVALID_INPUT);
        String firstName = input.firstName();
        String lastName = input.lastName();
        String userTimezone = input.userTimezone();
        Boolean forceLogoutLogin = input.forceLogoutLogin();

        String message =
                signedMessage(
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
                        accessFilters);
        byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA1, key, Utf8.encode(message));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64);
        String url =
                embedUrl(
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
                        forceLogoutLogin,
                        signature);
        return new Signed(url, signature);
    }
    // --8<-- [end:sign]

    /** The text the signature covers. */
    private static String signedMessage(
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
            Map<String, Object> accessFilters)
            throws EmbedsealException {
        List<String> parts = new ArrayList<>();
        parts.add(host);
        parts.add("/login/embed/" + percent(embedUrl));
        parts.add(Json.encode(nonce, JSON));
        parts.add(Json.encode(time, JSON));
        parts.add(Json.encode(sessionLength, JSON));
        parts.add(Json.encode(externalUserId, JSON));
        parts.add(Json.encode(permissions, JSON));
        parts.add(Json.encode(models, JSON));
        if (groupIds != null) {
            parts.add(Json.encode(groupIds, JSON));
        }
        if (externalGroupId != null) {
            parts.add(Json.encode(externalGroupId, JSON));
        }
        if (userAttributes != null) {
            parts.add(Json.encode(userAttributes, JSON));
        }
        parts.add(Json.encode(accessFilters, JSON));
        return String.join("\n", parts);
    }

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param host Looker host without scheme, with the port when needed (example.looker.com).
     * @param embedUrl The embedded content path, e.g. /embed/dashboards/1.
     * @param nonce Single-use random value.
     * @param time When the URL was signed; Looker accepts it within five minutes.
     * @param sessionLength Length of the embed session in seconds.
     * @param externalUserId Your id for the viewer.
     * @param permissions Looker permissions, e.g. access_data, see_user_dashboards.
     * @param models Model names the viewer may use.
     * @param groupIds group_ids
     * @param externalGroupId external_group_id
     * @param userAttributes user_attributes
     * @param accessFilters Required by Looker; {} when unused.
     * @param firstName first_name
     * @param lastName last_name
     * @param userTimezone user_timezone
     * @param forceLogoutLogin force_logout_login
     * @param signature the signature to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(
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
            Boolean forceLogoutLogin,
            String signature)
            throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append("https://");
        url.append(Check.rawUrlPart(host, "host"));
        url.append("/login/embed/");
        url.append(percent(embedUrl));
        String query =
                query(
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
                        forceLogoutLogin,
                        signature);
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }
    // --8<-- [end:url]

    /** The query string: parameters in order, absent ones left out. */
    private static String query(
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
            Boolean forceLogoutLogin,
            String signature)
            throws EmbedsealException {
        List<String> pairs = new ArrayList<>();
        if (nonce != null) {
            pairs.add(percent("nonce") + "=" + percent(Json.encode(nonce, JSON)));
        }
        if (time != null) {
            pairs.add(percent("time") + "=" + percent(Json.encode(time, JSON)));
        }
        if (sessionLength != null) {
            pairs.add(percent("session_length") + "=" + percent(Json.encode(sessionLength, JSON)));
        }
        if (externalUserId != null) {
            String externalUserIdText = Json.encode(externalUserId, JSON);
            pairs.add(percent("external_user_id") + "=" + percent(externalUserIdText));
        }
        if (permissions != null) {
            pairs.add(percent("permissions") + "=" + percent(Json.encode(permissions, JSON)));
        }
        if (models != null) {
            pairs.add(percent("models") + "=" + percent(Json.encode(models, JSON)));
        }
        if (groupIds != null) {
            pairs.add(percent("group_ids") + "=" + percent(Json.encode(groupIds, JSON)));
        }
        if (externalGroupId != null) {
            String externalGroupIdText = Json.encode(externalGroupId, JSON);
            pairs.add(percent("external_group_id") + "=" + percent(externalGroupIdText));
        }
        if (userAttributes != null) {
            String userAttributesText = Json.encode(userAttributes, JSON);
            pairs.add(percent("user_attributes") + "=" + percent(userAttributesText));
        }
        if (accessFilters != null) {
            pairs.add(percent("access_filters") + "=" + percent(Json.encode(accessFilters, JSON)));
        }
        if (firstName != null) {
            pairs.add(percent("first_name") + "=" + percent(Json.encode(firstName, JSON)));
        }
        if (lastName != null) {
            pairs.add(percent("last_name") + "=" + percent(Json.encode(lastName, JSON)));
        }
        if (userTimezone != null) {
            pairs.add(percent("user_timezone") + "=" + percent(Json.encode(userTimezone, JSON)));
        }
        if (forceLogoutLogin != null) {
            String forceLogoutLoginText = Json.encode(forceLogoutLogin, JSON);
            pairs.add(percent("force_logout_login") + "=" + percent(forceLogoutLoginText));
        }
        if (signature != null) {
            pairs.add(percent("signature") + "=" + percent(signature));
        }
        return String.join("&", pairs);
    }

    private static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, PERCENT_SAFE, PERCENT_SPACE);
    }

    /**
     * Verifies with the current time.
     *
     * @param url the signed URL as received
     * @param secret the Looker secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret) throws EmbedsealException {
        return verify(url, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Looker signed embed URL.
     *
     * @param url the signed URL as received
     * @param secret the Looker secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
        byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64);
        List<String> parts = new ArrayList<>();
        if (received.has("host")) {
            parts.add(received.partText("host", "text", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("embed_url")) {
            parts.add("/login/embed/" + received.partText(
                    "embed_url", "percent", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("nonce")) {
            parts.add(received.partText("nonce", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("time")) {
            parts.add(received.partText("time", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("session_length")) {
            parts.add(received.partText("session_length", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("external_user_id")) {
            parts.add(received.partText("external_user_id", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("permissions")) {
            parts.add(received.partText("permissions", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("models")) {
            parts.add(received.partText("models", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("group_ids")) {
            parts.add(received.partText("group_ids", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("external_group_id")) {
            parts.add(received.partText("external_group_id", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("user_attributes")) {
            parts.add(received.partText("user_attributes", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("access_filters")) {
            parts.add(received.partText("access_filters", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        String message = String.join("\n", parts);
        byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA1, key, Utf8.encode(message));
        if (!Hmacs.constantTimeEquals(expected, signature)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = received.claims(KINDS);
        String host = JsonValues.member(values, "host", true, INVALID_CLAIM, JsonValues::string);
        String embedUrl =
                JsonValues.member(values, "embed_url", true, INVALID_CLAIM, JsonValues::string);
        String nonce = JsonValues.member(values, "nonce", true, INVALID_CLAIM, JsonValues::string);
        Check.maxLength(nonce, 255, "nonce", INVALID_CLAIM);
        Long time = JsonValues.member(values, "time", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(time, null, null, "time", INVALID_CLAIM);
        Long sessionLength =
                JsonValues.member(
                        values, "session_length", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(sessionLength, 0L, 2592000L, "session_length", INVALID_CLAIM);
        String externalUserId =
                JsonValues.member(
                        values, "external_user_id", true, INVALID_CLAIM, JsonValues::string);
        List<String> permissions =
                JsonValues.member(
                        values,
                        "permissions",
                        true,
                        INVALID_CLAIM,
                        JsonValues.list(JsonValues::string));
        List<String> models =
                JsonValues.member(
                        values, "models", true, INVALID_CLAIM, JsonValues.list(JsonValues::string));
        List<Long> groupIds =
                JsonValues.member(
                        values,
                        "group_ids",
                        false,
                        INVALID_CLAIM,
                        JsonValues.list(JsonValues::integer));
        if (groupIds != null) {
            for (int i = 0; i < groupIds.size(); i++) {
                Check.integer(groupIds.get(i), null, null, "group_ids[" + i + "]", INVALID_CLAIM);
            }
        }
        String externalGroupId =
                JsonValues.member(
                        values, "external_group_id", false, INVALID_CLAIM, JsonValues::string);
        if (externalGroupId != null) {
            Check.maxLength(externalGroupId, 81, "external_group_id", INVALID_CLAIM);
        }
        Map<String, Object> userAttributes =
                JsonValues.member(
                        values, "user_attributes", false, INVALID_CLAIM, JsonValues::object);
        if (userAttributes != null) {
            Check.jsonObject(userAttributes, "user_attributes", INVALID_CLAIM);
        }
        Map<String, Object> accessFilters =
                JsonValues.member(
                        values, "access_filters", true, INVALID_CLAIM, JsonValues::object);
        Check.jsonObject(accessFilters, "access_filters", INVALID_CLAIM);
        String firstName =
                JsonValues.member(values, "first_name", false, INVALID_CLAIM, JsonValues::string);
        String lastName =
                JsonValues.member(values, "last_name", false, INVALID_CLAIM, JsonValues::string);
        String userTimezone =
                JsonValues.member(
                        values, "user_timezone", false, INVALID_CLAIM, JsonValues::string);
        Boolean forceLogoutLogin =
                JsonValues.member(
                        values, "force_logout_login", false, INVALID_CLAIM, JsonValues::bool);
        Times.check(now, 300, null, time, null, 0L, null);
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

    /**
     * Reads sign inputs from parsed JSON (see {@link Json#parseObject(String)}), as a
     * configuration file would hold them; {@code null} members count as absent.
     *
     * @param fields the inputs by wire name
     * @return the typed input
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for an unknown member or a value
     *     of the wrong type
     */
    public static Input inputFromJson(Map<String, ?> fields) throws EmbedsealException {
        List<String> names =
                List.of(
                        "host",
                        "embed_url",
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
                        "force_logout_login");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "host", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "embed_url", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "session_length", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(fields, "external_user_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields, "permissions", INVALID_INPUT, JsonValues.list(JsonValues::string)),
                JsonValues.nullable(
                        fields, "models", INVALID_INPUT, JsonValues.list(JsonValues::string)),
                JsonValues.nullable(
                        fields, "group_ids", INVALID_INPUT, JsonValues.list(JsonValues::integer)),
                JsonValues.nullable(fields, "external_group_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "user_attributes", INVALID_INPUT, JsonValues::object),
                JsonValues.nullable(fields, "access_filters", INVALID_INPUT, JsonValues::object),
                JsonValues.nullable(fields, "first_name", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "last_name", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "user_timezone", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "force_logout_login", INVALID_INPUT, JsonValues::bool));
    }
}
