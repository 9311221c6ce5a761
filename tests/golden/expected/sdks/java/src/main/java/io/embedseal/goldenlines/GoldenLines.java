// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

package io.embedseal.goldenlines;

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
 * Golden lines fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code tests/golden/specs/golden-lines.yaml}.
 *
 * <p>References:
 *
 * <ul>
 * </ul>
 *
 * <p>Known weaknesses of this format, kept for compatibility with embedseal tests:
 *
 * <ul>
 *   <li>unsigned-fields: the signature does not cover display
 * </ul>
 */
public final class GoldenLines {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(", ", ": ", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "+";

    /** The URL before its query string. */
    private static final List<TemplatePart> BASE_URL =
            List.of(
TemplatePart.literal("https://"),
TemplatePart.field("host", false),
TemplatePart.literal("/e/"),
TemplatePart.field("path", true));

    /** The query parameters, in order, the signature last. */
    private static final List<Param> QUERY =
            List.of(
                    new Param("time", "time", "text", false),
                    new Param("user", "user", "json", false),
                    new Param("groups", "groups", "json", false),
                    new Param("display", "display", "text", false),
                    new Param("sig", null, "text", true));

    /** The type of each field that is not a string, to read it back from the URL. */
    private static final Map<String, String> KINDS =
            Map.ofEntries(
                    Map.entry("time", "unix-time"),
                    Map.entry("groups", "array"));

    private GoldenLines() {}

    /**
     * What the caller supplies to sign a Golden lines fixture.
     *
     * @param host host
     * @param path path
     * @param user user
     * @param groups groups Optional (null to leave out).
     * @param display display Optional (null to leave out).
     */
    public record Input(String host, String path, String user, List<Long> groups, String display) {}

    /**
     * The claims of a verified Golden lines fixture.
     *
     * @param host host
     * @param path path
     * @param time time
     * @param user user
     * @param groups groups Null when absent.
     * @param display display Null when absent.
     */
    public record Claims(
            String host, String path, Long time, String user, List<Long> groups, String display) {
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
            if (path != null) {
                json.put("path", path);
            }
            if (time != null) {
                json.put("time", time);
            }
            if (user != null) {
                json.put("user", user);
            }
            if (groups != null) {
                json.put("groups", groups);
            }
            if (display != null) {
                json.put("display", display);
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
     * @param secret the embedseal tests secret
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret) throws EmbedsealException {
        return sign(input, secret, Instant.now().getEpochSecond(), RandomSource.secure());
    }

    // --8<-- [start:sign]
    /**
     * Signs a Golden lines fixture.
     *
     * @param input the values to sign
     * @param secret the embedseal tests secret
     * @param now the current Unix time in seconds
     * @param random where random values come from
     * @return the token, URL and signature
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#INVALID_KEY} or
     *     {@link ErrorCode#WEAK_KEY}
     */
    public static Signed sign(Input input, String secret, long now, RandomSource random)
            throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.BASE64, 16);
        String host = Check.required(input.host(), "host", INVALID_INPUT);
        String path = Check.required(input.path(), "path", INVALID_INPUT);
        Long time = now;
        Check.integer(time, null, null, "time", INVALID_INPUT);
        String user = Check.required(input.user(), "user", INVALID_INPUT);
        Check.maxLength(user, 64, "user", INVALID_INPUT);
        List<Long> groups = input.groups();
        if (groups != null) {
            Check.items(groups, "groups", INVALID_INPUT);
            for (int i = 0; i < groups.size(); i++) {
                Check.integer(groups.get(i), null, null, "groups[" + i + "]", INVALID_INPUT);
            }
        }
        String display = input.display();

        String message = signedMessage(host, path, time, user, groups);
        byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64URL);
        String url = embedUrl(host, path, time, user, groups, display, signature);
        return new Signed(url, signature);
    }
    // --8<-- [end:sign]

    /** The text the signature covers. */
    private static String signedMessage(
            String host, String path, Long time, String user, List<Long> groups)
            throws EmbedsealException {
        List<String> parts = new ArrayList<>();
        parts.add(host);
        parts.add("/e/" + percent(path));
        parts.add(Json.encode(time, JSON));
        parts.add(Json.encode(user, JSON));
        if (groups != null) {
            parts.add(Json.encode(groups, JSON));
        }
        return String.join("\n", parts);
    }

    // --8<-- [start:url]
    /**
     * Builds the embed URL.
     *
     * @param host host
     * @param path path
     * @param time time
     * @param user user
     * @param groups groups
     * @param display display
     * @param signature the signature to embed
     * @return the URL
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if a value cannot be encoded
     */
    public static String embedUrl(
            String host,
            String path,
            Long time,
            String user,
            List<Long> groups,
            String display,
            String signature)
            throws EmbedsealException {
        StringBuilder url = new StringBuilder();
        url.append("https://");
        url.append(Check.rawUrlPart(host, "host"));
        url.append("/e/");
        url.append(percent(path));
        String query = query(time, user, groups, display, signature);
        if (!query.isEmpty()) {
            url.append('?').append(query);
        }
        return url.toString();
    }
    // --8<-- [end:url]

    /** The query string: parameters in order, absent ones left out. */
    private static String query(
            Long time, String user, List<Long> groups, String display, String signature)
            throws EmbedsealException {
        List<String> pairs = new ArrayList<>();
        if (time != null) {
            pairs.add(percent("time") + "=" + percent(String.valueOf(time)));
        }
        if (user != null) {
            pairs.add(percent("user") + "=" + percent(Json.encode(user, JSON)));
        }
        if (groups != null) {
            pairs.add(percent("groups") + "=" + percent(Json.encode(groups, JSON)));
        }
        if (display != null) {
            pairs.add(percent("display") + "=" + percent(display));
        }
        if (signature != null) {
            pairs.add(percent("sig") + "=" + percent(signature));
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
     * @param secret the embedseal tests secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret) throws EmbedsealException {
        return verify(url, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden lines fixture.
     *
     * @param url the signed URL as received
     * @param secret the embedseal tests secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the URL is refused
     */
    public static Claims verify(String url, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.BASE64, 16);
        ReceivedUrl received = ReceivedUrl.parse(url, BASE_URL, QUERY);
        byte[] signature = Bytes.decode(received.signature(), ByteEncoding.BASE64URL);
        List<String> parts = new ArrayList<>();
        if (received.has("host")) {
            parts.add(received.partText("host", "text", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("path")) {
            parts.add("/e/" + received.partText("path", "percent", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("time")) {
            parts.add(received.partText("time", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("user")) {
            parts.add(received.partText("user", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        if (received.has("groups")) {
            parts.add(received.partText("groups", "json", PERCENT_SAFE, PERCENT_SPACE));
        }
        String message = String.join("\n", parts);
        byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA256, key, Utf8.encode(message));
        if (!Hmacs.constantTimeEquals(expected, signature)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Map<String, Object> values = received.claims(KINDS);
        String host = JsonValues.member(values, "host", true, INVALID_CLAIM, JsonValues::string);
        String path = JsonValues.member(values, "path", true, INVALID_CLAIM, JsonValues::string);
        Long time = JsonValues.member(values, "time", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(time, null, null, "time", INVALID_CLAIM);
        String user = JsonValues.member(values, "user", true, INVALID_CLAIM, JsonValues::string);
        Check.maxLength(user, 64, "user", INVALID_CLAIM);
        List<Long> groups =
                JsonValues.member(
                        values,
                        "groups",
                        false,
                        INVALID_CLAIM,
                        JsonValues.list(JsonValues::integer));
        if (groups != null) {
            for (int i = 0; i < groups.size(); i++) {
                Check.integer(groups.get(i), null, null, "groups[" + i + "]", INVALID_CLAIM);
            }
        }
        String display =
                JsonValues.member(values, "display", false, INVALID_CLAIM, JsonValues::string);
        Times.check(now, 10, null, time, null, 120L, null);
        return new Claims(host, path, time, user, groups, display);
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
        List<String> names = List.of("host", "path", "user", "groups", "display");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "host", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "path", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "user", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(
                        fields, "groups", INVALID_INPUT, JsonValues.list(JsonValues::integer)),
                JsonValues.nullable(fields, "display", INVALID_INPUT, JsonValues::string));
    }
}
