// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Where random field values such as nonces and token ids come from.
 *
 * <p>Production code uses {@link #secure()}; tests pass {@link #fixed(byte[])} to get
 * reproducible tokens.
 */
@FunctionalInterface
public interface RandomSource {
    /**
     * Returns the next {@code count} random bytes.
     *
     * @param count how many bytes to return
     * @return exactly {@code count} bytes
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if the source cannot provide them
     */
    byte[] take(int count) throws EmbedsealException;

    /**
     * Returns a source backed by a {@link SecureRandom}.
     *
     * @return a cryptographically strong source
     */
    static RandomSource secure() {
        SecureRandom random = new SecureRandom();
        return count -> {
            byte[] data = new byte[count];
            random.nextBytes(data);
            return data;
        };
    }

    /**
     * Returns a source that hands out the given bytes in order and then fails.
     *
     * @param data the bytes to hand out
     * @return a deterministic source, for tests
     */
    static RandomSource fixed(byte[] data) {
        byte[] copy = data.clone();
        int[] offset = {0};
        return count -> {
            if (copy.length - offset[0] < count) {
                throw new EmbedsealException(
                        ErrorCode.INVALID_INPUT, "random: needs " + count + " more bytes");
            }
            byte[] chunk = Arrays.copyOfRange(copy, offset[0], offset[0] + count);
            offset[0] += count;
            return chunk;
        };
    }

    /**
     * Writes random bytes as text: {@code "hex"}, {@code "base64url-nopad"} (or any other {@link
     * ByteEncoding} name), or {@code "uuid"} (an RFC 9562 version 4 UUID made from the first 16
     * bytes, lowercase 8-4-4-4-12).
     *
     * @param data the random bytes
     * @param encoding the text form
     * @return the text
     */
    static String text(byte[] data, String encoding) {
        if (!encoding.equals("uuid")) {
            return Bytes.encode(data, ByteEncoding.fromWireName(encoding));
        }
        byte[] uuid = Arrays.copyOf(data, 16);
        uuid[6] = (byte) ((uuid[6] & 0x0f) | 0x40);
        uuid[8] = (byte) ((uuid[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(uuid);
        return hex.substring(0, 8)
                + "-"
                + hex.substring(8, 12)
                + "-"
                + hex.substring(12, 16)
                + "-"
                + hex.substring(16, 20)
                + "-"
                + hex.substring(20);
    }
}
