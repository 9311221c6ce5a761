// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

package io.embedseal.papermapiframe;

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
 * Papermap iframe token (Papermap): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code spec/formats/papermap-iframe.yaml}.
 *
 * <p>References:
 *
 * <ul>
 *   <li>https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens
 * </ul>
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
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(", ", ": ", true, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~=";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private PapermapIframe() {}

    /**
     * What the caller supplies to sign a Papermap iframe token.
     *
     * @param apiKeyId Your Papermap API key identifier (ak_…), the same for every token.
     * @param workspaceId The Papermap workspace that holds the dashboard.
     * @param tenantId Your customer (tenant) the dashboard is shown to.
     * @param dashboardId The tenant's dashboard.
     * @param validUntil When the token stops working (Unix seconds); one hour from now by default.
     *     Null for the default.
     */
    public record Input(
            String apiKeyId,
            String workspaceId,
            String tenantId,
            String dashboardId,
            Long validUntil) {}

    /**
     * The claims of a verified Papermap iframe token.
     *
     * @param apiKeyId Your Papermap API key identifier (ak_…), the same for every token.
     * @param workspaceId The Papermap workspace that holds the dashboard.
     * @param tenantId Your customer (tenant) the dashboard is shown to.
     * @param dashboardId The tenant's dashboard.
     * @param validUntil When the token stops working (Unix seconds); one hour from now by default.
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(
            String apiKeyId,
            String workspaceId,
            String tenantId,
            String dashboardId,
            Long validUntil,
            Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (apiKeyId != null) {
                json.put("api_key_id", apiKeyId);
            }
            if (workspaceId != null) {
                json.put("workspace_id", workspaceId);
            }
            if (tenantId != null) {
                json.put("tenant_id", tenantId);
            }
            if (dashboardId != null) {
                json.put("dashboard_id", dashboardId);
            }
            if (validUntil != null) {
                json.put("valid_until", validUntil);
            }
            json.putAll(other);
            return json;
        }
    }

    /**
     * The result of signing.
     *
     * @param token the signed token
     * @param url the embed URL
     * @param signature the signature, as it appears in the token
     * @param dashboardId the signed {@code dashboard_id}
     * @param expiresAt the signed {@code valid_until}
     */
    public record Signed(
            String token, String url, String signature, String dashboardId, Long expiresAt) {}

    /**
     * Signs with the current time and a secure random source.
     *
     * @param input the values to sign
     * @param secret the Papermap secret
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Papermap iframe token.
     *
     * @param input the values to sign
     * @param secret the Papermap secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        String apiKeyId = Check.required(input.apiKeyId(), "api_key_id", INVALID_INPUT);
        String workspaceId = Check.required(input.workspaceId(), "workspace_id", INVALID_INPUT);
        String tenantId = Check.required(input.tenantId(), "tenant_id", INVALID_INPUT);
        String dashboardId = Check.required(input.dashboardId(), "dashboard_id", INVALID_INPUT);
        Long validUntil = input.validUntil() != null ? input.validUntil() : now + 3600;
        Check.integer(validUntil, null, null, "valid_until", INVALID_INPUT);

        String message = signedMessage(workspaceId, validUntil);
        byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        String signature = Bytes.encode(mac, ByteEncoding.HEX);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("api_key_id", apiKeyId);
        envelope.put("workspace_id", workspaceId);
        envelope.put("tenant_id", tenantId);
        envelope.put("dashboard_id", dashboardId);
        envelope.put("valid_until", validUntil);
        envelope.put("signature", signature);
        String token =
                Bytes.encode(Utf8.encode(Json.encode(envelope, JSON)), ByteEncoding.BASE64URL);
        String url = embedUrl(token);
        return new Signed(token, url, signature, dashboardId, validUntil);
    }
    // --8<-- [end:sign]

    /** The text the signature covers. */
    private static String signedMessage(String workspaceId, Long validUntil)
            throws EmbedsealException {
        List<String> parts = new ArrayList<>();
        parts.add(workspaceId);
        parts.add(String.valueOf(validUntil));
        return String.join("", parts);
    }

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param token the token to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(String token) throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append("https://papermap.ai/embedded/dashboard");
        String query = query(token);
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }
    // --8<-- [end:url]

    /** The query string: parameters in order, absent ones left out. */
    private static String query(String token) throws EmbedsealException {
        List<String> pairs = new ArrayList<>();
        if (token != null) {
            pairs.add(percent("embedded-token") + "=" + percent(token));
        }
        return String.join("&", pairs);
    }

    private static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, PERCENT_SAFE, PERCENT_SPACE);
    }

    /**
     * Verifies with the current time.
     *
     * @param token the token as received
     * @param secret the Papermap secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Papermap iframe token.
     *
     * @param token the token as received
     * @param secret the Papermap secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 1);
        byte[] json = Bytes.decode(token, ByteEncoding.BASE64URL);
        Map<String, Object> envelope = Json.parseObject(json);
        String apiKeyId =
                JsonValues.member(envelope, "api_key_id", true, INVALID_CLAIM, JsonValues::string);
        String workspaceId =
                JsonValues.member(
                        envelope, "workspace_id", true, INVALID_CLAIM, JsonValues::string);
        String tenantId =
                JsonValues.member(envelope, "tenant_id", true, INVALID_CLAIM, JsonValues::string);
        String dashboardId =
                JsonValues.member(
                        envelope, "dashboard_id", true, INVALID_CLAIM, JsonValues::string);
        Long validUntil =
                JsonValues.member(
                        envelope, "valid_until", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(validUntil, null, null, "valid_until", INVALID_CLAIM);
        String signature =
                JsonValues.member(envelope, "signature", true, INVALID_CLAIM, JsonValues::string);
        byte[] received = Bytes.decode(signature, ByteEncoding.HEX);
        String message = signedMessage(workspaceId, validUntil);
        byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        if (!Hmacs.constantTimeEquals(expected, received)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Times.check(now, 0, validUntil, null, null, null, null);
        Map<String, Object> other = new LinkedHashMap<>(envelope);
        List<String> declared =
                List.of(
                        "api_key_id",
                        "workspace_id",
                        "tenant_id",
                        "dashboard_id",
                        "valid_until",
                        "signature");
        other.keySet().removeAll(declared);
        return new Claims(apiKeyId, workspaceId, tenantId, dashboardId, validUntil, other);
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
                List.of("api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "api_key_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "workspace_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "tenant_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "dashboard_id", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "valid_until", INVALID_INPUT, JsonValues::integer));
    }
}
