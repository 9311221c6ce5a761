// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

package io.embedseal.boldbiembedurl;

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
 * Bold BI signed embed URL (before v14.1) (Bold BI): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/boldbi-embed-url.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
 *   <li>https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md
 * </ul>
 *
 * <p>Known weaknesses of this format, kept for compatibility with Bold BI:
 *
 * <ul>
 *   <li>no-expiry: embed_timestamp is optional, and without it nothing expires
 *   <li>no-min-key-length: no minimum key length (secret.min_bytes)
 * </ul>
 */
public final class BoldbiEmbedUrl {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~@";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    /** The URL before its query string. */
    private static final List<TemplatePart> BASE_URL =
            List.of(
TemplatePart.field("dashboard_url", false));

    /** The query parameters, in order, the signature last. */
    private static final List<Param> QUERY =
            List.of(
                    new Param("embed_nonce", "embed_nonce", "text", false),
                    new Param("embed_dashboard_id", "embed_dashboard_id", "text", false),
                    new Param("embed_user_email", "embed_user_email", "text", false),
                    new Param("embed_timestamp", "embed_timestamp", "text", false),
                    new Param("embed_expirationtime", "embed_expirationtime", "text", false),
                    new Param("embed_signature", null, "text", true));

    /** The type of each field that is not a string, to read it back from the URL. */
    private static final Map<String, String> KINDS =
            Map.ofEntries(
                    Map.entry("embed_timestamp", "unix-time"),
                    Map.entry("embed_expirationtime", "integer"));

    private BoldbiEmbedUrl() {}

    /**
     * What the caller supplies to sign a Bold BI signed embed URL (before v14.1).
     *
     * @param dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
     * @param embedDashboardId The dashboard id.
     * @param embedUserEmail Email of a Bold BI user allowed to see the dashboard.
     * @param embedTimestamp Signing time; without it Bold BI accepts the URL forever. Null for the
     *     default.
     * @param embedExpirationtime Seconds the URL stays valid (needs embed_timestamp). Optional
     *     (null to leave out).
     */
    public record Input(
            String dashboardUrl,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime) {}

    /**
     * The claims of a verified Bold BI signed embed URL (before v14.1).
     *
     * @param dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
     * @param embedNonce A random GUID.
     * @param embedDashboardId The dashboard id.
     * @param embedUserEmail Email of a Bold BI user allowed to see the dashboard.
     * @param embedTimestamp Signing time; without it Bold BI accepts the URL forever. Null when
     *     absent.
     * @param embedExpirationtime Seconds the URL stays valid (needs embed_timestamp). Null when
     *     absent.
     */
    public record Claims(
            String dashboardUrl,
            String embedNonce,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (dashboardUrl != null) {
                json.put("dashboard_url", dashboardUrl);
            }
            if (embedNonce != null) {
                json.put("embed_nonce", embedNonce);
            }
            if (embedDashboardId != null) {
                json.put("embed_dashboard_id", embedDashboardId);
            }
            if (embedUserEmail != null) {
                json.put("embed_user_email", embedUserEmail);
            }
            if (embedTimestamp != null) {
                json.put("embed_timestamp", embedTimestamp);
            }
            if (embedExpirationtime != null) {
                json.put("embed_expirationtime", embedExpirationtime);
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
     * @param secret the Bold BI secret (The embed secret from the Bold BI settings page.)
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Bold BI signed embed URL (before v14.1).
     *
     * @param input the values to sign
     * @param secret the Bold BI secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        String dashboardUrl = Check.required(input.dashboardUrl(), "dashboard_url", INVALID_INPUT);
        String embedNonce = RandomSource.text(random.take(16), "uuid");
        String embedDashboardId =
                Check.required(input.embedDashboardId(), "embed_dashboard_id", INVALID_INPUT);
        String embedUserEmail =
                Check.required(input.embedUserEmail(), "embed_user_email", INVALID_INPUT);
        Long embedTimestamp = input.embedTimestamp() != null ? input.embedTimestamp() : now + 0;
        Check.integer(embedTimestamp, null, null, "embed_timestamp", INVALID_INPUT);
        Long embedExpirationtime = input.embedExpirationtime();
        if (embedExpirationtime != null) {
            Check.integer(
                    embedExpirationtime, 86400L, 518400L, "embed_expirationtime", INVALID_INPUT);
        }

        String message =
                query(
                        embedNonce,
                        embedDashboardId,
                        embedUserEmail,
                        embedTimestamp,
                        embedExpirationtime,
                        null);
        byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64);
        String url =
                embedUrl(
                        dashboardUrl,
                        embedNonce,
                        embedDashboardId,
                        embedUserEmail,
                        embedTimestamp,
                        embedExpirationtime,
                        signature);
        return new Signed(url, signature);
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
     * @param embedNonce A random GUID.
     * @param embedDashboardId The dashboard id.
     * @param embedUserEmail Email of a Bold BI user allowed to see the dashboard.
     * @param embedTimestamp Signing time; without it Bold BI accepts the URL forever.
     * @param embedExpirationtime Seconds the URL stays valid (needs embed_timestamp).
     * @param signature the signature to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(
            String dashboardUrl,
            String embedNonce,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime,
            String signature)
            throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append(Check.rawUrlPart(dashboardUrl, "dashboard_url"));
        String query =
                query(
                        embedNonce,
                        embedDashboardId,
                        embedUserEmail,
                        embedTimestamp,
                        embedExpirationtime,
                        signature);
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }
    // --8<-- [end:url]

    /** The query string: parameters in order, absent ones left out. */
    private static String query(
            String embedNonce,
            String embedDashboardId,
            String embedUserEmail,
            Long embedTimestamp,
            Long embedExpirationtime,
            String signature)
            throws EmbedsealException {
        List<String> pairs = new ArrayList<>();
        if (embedNonce != null) {
            pairs.add(percent("embed_nonce") + "=" + percent(embedNonce));
        }
        if (embedDashboardId != null) {
            pairs.add(percent("embed_dashboard_id") + "=" + percent(embedDashboardId));
        }
        if (embedUserEmail != null) {
            pairs.add(percent("embed_user_email") + "=" + percent(embedUserEmail));
        }
        if (embedTimestamp != null) {
            pairs.add(percent("embed_timestamp") + "=" + percent(String.valueOf(embedTimestamp)));
        }
        if (embedExpirationtime != null) {
            String embedExpirationtimeText = String.valueOf(embedExpirationtime);
            pairs.add(percent("embed_expirationtime") + "=" + percent(embedExpirationtimeText));
        }
        if (signature != null) {
            pairs.add(percent("embed_signature") + "=" + percent(signature));
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
     * @param secret the Bold BI secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret) throws EmbedsealException {
        return verify(url, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Bold BI signed embed URL (before v14.1).
     *
     * @param url the signed URL as received
     * @param secret the Bold BI secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
        byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64);
        String message = received.queryWithoutSignature();
        byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        if (!Hmacs.constantTimeEquals(expected, signature)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = received.claims(KINDS);
        String dashboardUrl =
                JsonValues.member(
                        values, "dashboard_url", false, INVALID_CLAIM, JsonValues::string);
        String embedNonce =
                JsonValues.member(values, "embed_nonce", true, INVALID_CLAIM, JsonValues::string);
        String embedDashboardId =
                JsonValues.member(
                        values, "embed_dashboard_id", true, INVALID_CLAIM, JsonValues::string);
        String embedUserEmail =
                JsonValues.member(
                        values, "embed_user_email", true, INVALID_CLAIM, JsonValues::string);
        Long embedTimestamp =
                JsonValues.member(
                        values, "embed_timestamp", false, INVALID_CLAIM, JsonValues::integer);
        if (embedTimestamp != null) {
            Check.integer(embedTimestamp, null, null, "embed_timestamp", INVALID_CLAIM);
        }
        Long embedExpirationtime =
                JsonValues.member(
                        values, "embed_expirationtime", false, INVALID_CLAIM, JsonValues::integer);
        if (embedExpirationtime != null) {
            Check.integer(
                    embedExpirationtime, 86400L, 518400L, "embed_expirationtime", INVALID_CLAIM);
        }
        Times.check(now, 0, null, embedTimestamp, null, 518400L, null);
        return new Claims(
                dashboardUrl,
                embedNonce,
                embedDashboardId,
                embedUserEmail,
                embedTimestamp,
                embedExpirationtime);
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
                        "dashboard_url",
                        "embed_dashboard_id",
                        "embed_user_email",
                        "embed_timestamp",
                        "embed_expirationtime");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "dashboard_url", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields, "embed_dashboard_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "embed_user_email", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "embed_timestamp", INVALID_INPUT, JsonValues::integer),
                JsonValues.nullable(
                        fields, "embed_expirationtime", INVALID_INPUT, JsonValues::integer));
    }
}
