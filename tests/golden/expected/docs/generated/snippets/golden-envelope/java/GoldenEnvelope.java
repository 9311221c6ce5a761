// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

package io.embedseal.goldenenvelope;

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
 * Golden envelope fixture (embedseal tests): sign, verify and build embed URLs.
 *
 * <p>Format description: {@code tests/golden/specs/golden-envelope.yaml}.
 *
 * <p>References:
 *
 * <ul>
 * </ul>
 */
public final class GoldenEnvelope {
    /** How this format writes JSON. */
    private static final JsonProfile JSON = new JsonProfile(",", ":", false, false);

    /** Punctuation percent-encoding keeps in URLs. */
    private static final String PERCENT_SAFE = "-_.~";

    /** What percent-encoding writes for a space. */
    private static final String PERCENT_SPACE = "%20";

    private GoldenEnvelope() {}

    /**
     * What the caller supplies to sign a Golden envelope fixture.
     *
     * @param account account
     * @param until until Null for the default.
     */
    public record Input(String account, Long until) {}

    /**
     * The claims of a verified Golden envelope fixture.
     *
     * @param v v
     * @param account account
     * @param id id
     * @param until until
     * @param other members the token carries that this format does not declare, unchecked, in
     *     the order received
     */
    public record Claims(Long v, String account, String id, Long until, Map<String, Object> other) {
        /**
         * Returns the claims as JSON, members in declared order.
         *
         * @return the claims that are present
         */
        public Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            if (v != null) {
                json.put("v", v);
            }
            if (account != null) {
                json.put("account", account);
            }
            if (id != null) {
                json.put("id", id);
            }
            if (until != null) {
                json.put("until", until);
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
     * @param expiresAt the signed {@code until}
     */
    public record Signed(String token, String url, String signature, Long expiresAt) {}

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
     * Signs a Golden envelope fixture.
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
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 8);
        Long v = 2L;
        Check.integer(v, null, null, "v", INVALID_INPUT);
        String account = Check.required(input.account(), "account", INVALID_INPUT);
        String id = RandomSource.text(random.take(16), "uuid");
        Long until = input.until() != null ? input.until() : now + 900;
        Check.integer(until, null, null, "until", INVALID_INPUT);

        String message = signedMessage(v, account, id, until);
        byte[] mac = Hmacs.hmac(HmacAlgorithm.SHA384, key, Utf8.encode(message));
        String signature = Bytes.encode(mac, ByteEncoding.BASE64);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("v", v);
        envelope.put("account", account);
        envelope.put("id", id);
        envelope.put("until", until);
        envelope.put("sig", signature);
        String token =
                Bytes.encode(
                        Utf8.encode(Json.encode(envelope, JSON)), ByteEncoding.BASE64URL_NOPAD);
        String url = embedUrl(token);
        return new Signed(token, url, signature, until);
    }
    // --8<-- [end:sign]

    /** The text the signature covers. */
    private static String signedMessage(Long v, String account, String id, Long until)
            throws EmbedsealException {
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(v));
        parts.add(account);
        parts.add(id);
        parts.add(String.valueOf(until));
        return String.join("|", parts);
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
        url.append("https://embed.example.com/t/");
        url.append(token);
        return url.toString();
    }
    // --8<-- [end:url]

    private static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, PERCENT_SAFE, PERCENT_SPACE);
    }

    /**
     * Verifies with the current time.
     *
     * @param token the token as received
     * @param secret the embedseal tests secret
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret) throws EmbedsealException {
        return verify(token, secret, Instant.now().getEpochSecond());
    }

    // --8<-- [start:verify]
    /**
     * Verifies a Golden envelope fixture.
     *
     * @param token the token as received
     * @param secret the embedseal tests secret
     * @param now the current Unix time in seconds
     * @return the verified claims
     * @throws EmbedsealException with the reason the token is refused
     */
    public static Claims verify(String token, String secret, long now) throws EmbedsealException {
        byte[] key = Secrets.decode(secret, SecretEncoding.UTF8, 8);
        byte[] json = Bytes.decode(token, ByteEncoding.BASE64URL_NOPAD);
        Map<String, Object> envelope = Json.parseObject(json);
        Long v = JsonValues.member(envelope, "v", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(v, null, null, "v", INVALID_CLAIM);
        if (!v.equals(2L)) {
            throw new EmbedsealException(INVALID_CLAIM, "v" + " has the wrong value");
        }
        String account =
                JsonValues.member(envelope, "account", true, INVALID_CLAIM, JsonValues::string);
        String id = JsonValues.member(envelope, "id", true, INVALID_CLAIM, JsonValues::string);
        Long until = JsonValues.member(envelope, "until", true, INVALID_CLAIM, JsonValues::integer);
        Check.integer(until, null, null, "until", INVALID_CLAIM);
        String signature =
                JsonValues.member(envelope, "sig", true, INVALID_CLAIM, JsonValues::string);
        byte[] received = Bytes.decode(signature, ByteEncoding.BASE64);
        String message = signedMessage(v, account, id, until);
        byte[] expected = Hmacs.hmac(HmacAlgorithm.SHA384, key, Utf8.encode(message));
        if (!Hmacs.constantTimeEquals(expected, received)) {
            throw new EmbedsealException(ErrorCode.BAD_SIGNATURE, "the signature does not match");
        }
        Times.check(now, 0, until, null, null, null, 3600L);
        Map<String, Object> other = new LinkedHashMap<>(envelope);
        List<String> declared = List.of("v", "account", "id", "until", "sig");
        other.keySet().removeAll(declared);
        return new Claims(v, account, id, until, other);
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
        List<String> names = List.of("account", "until");
        JsonValues.onlyMembers(fields, names, "", INVALID_INPUT);
        return new Input(
                JsonValues.nullable(fields, "account", INVALID_INPUT, JsonValues::string),
                JsonValues.nullable(fields, "until", INVALID_INPUT, JsonValues::integer));
    }
}
