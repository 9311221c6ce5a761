// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Turns configured secret text into HMAC key bytes.
 *
 * <p>Error messages say what is wrong with a secret but never repeat any part of it.
 */
public final class Secrets {
    private Secrets() {}

    /**
     * Decodes a secret.
     *
     * @param text the secret as configured
     * @param encoding how the text spells the key bytes
     * @return the key bytes, never empty
     * @throws EmbedsealException {@link ErrorCode#INVALID_KEY} if the secret is empty or is not
     *     valid in {@code encoding}
     */
    public static byte[] decode(String text, SecretEncoding encoding) throws EmbedsealException {
        if (text.isEmpty()) {
            throw invalidKey("the secret is empty");
        }
        byte[] key;
        try {
            key = decodeOrThrow(text, encoding);
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: its message may quote the secret.
            throw invalidKey("the secret is not valid " + encoding.wireName());
        }
        if (key.length == 0) {
            throw invalidKey("the secret decodes to no bytes");
        }
        return key;
    }

    /**
     * Decodes a secret and checks that the key is long enough for the format.
     *
     * @param text the secret as configured
     * @param encoding how the text spells the key bytes
     * @param minBytes the shortest key the format accepts
     * @return the key bytes
     * @throws EmbedsealException {@link ErrorCode#INVALID_KEY} as for {@link #decode(String,
     *     SecretEncoding)}, or {@link ErrorCode#WEAK_KEY} if the key is shorter than {@code
     *     minBytes}
     */
    public static byte[] decode(String text, SecretEncoding encoding, int minBytes)
            throws EmbedsealException {
        byte[] key = decode(text, encoding);
        requireMinBytes(key, minBytes);
        return key;
    }

    /**
     * Refuses keys shorter than the format's minimum.
     *
     * @param key the key bytes
     * @param minBytes the shortest key the format accepts
     * @throws EmbedsealException {@link ErrorCode#WEAK_KEY} if the key is too short
     */
    public static void requireMinBytes(byte[] key, int minBytes) throws EmbedsealException {
        if (key.length < minBytes) {
            throw new EmbedsealException(
                    ErrorCode.WEAK_KEY,
                    "the key has " + key.length + " bytes; this format needs " + minBytes);
        }
    }

    /** Decodes the text, throwing {@link IllegalArgumentException} if it is not valid. */
    private static byte[] decodeOrThrow(String text, SecretEncoding encoding) {
        return switch (encoding) {
            case UTF8 -> utf8(text);
            case HEX -> HexFormat.of().parseHex(text);
            case BASE64 -> base64(text);
            case BASE64URL -> base64url(text);
        };
    }

    private static byte[] utf8(String text) {
        if (!Utf8.isWellFormed(text)) {
            throw new IllegalArgumentException("unpaired surrogate");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] base64(String text) {
        if (text.length() % 4 != 0) {
            throw new IllegalArgumentException("missing padding");
        }
        return Base64.getDecoder().decode(text);
    }

    private static byte[] base64url(String text) {
        if (text.indexOf('=') >= 0 && text.length() % 4 != 0) {
            throw new IllegalArgumentException("partial padding");
        }
        return Base64.getUrlDecoder().decode(padded(text));
    }

    private static String padded(String text) {
        return text + "===".substring(0, (4 - text.length() % 4) % 4);
    }

    private static EmbedsealException invalidKey(String problem) {
        return new EmbedsealException(ErrorCode.INVALID_KEY, problem);
    }
}
