// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL components, with the safe set and space spelling chosen by the format.
 *
 * <p>For example, JavaScript's {@code encodeURIComponent} is {@code encode(text, "-_.!~*'()",
 * "%20")} and the RFC 3986 unreserved set is {@code encode(text, "-_.~", "%20")}.
 */
public final class PercentEncoding {
    private static final char[] UPPER_HEX_DIGITS = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /**
     * Percent-encodes the UTF-8 bytes of {@code text}.
     *
     * <p>ASCII letters and digits and the ASCII characters of {@code safe} are kept; a space
     * becomes {@code space} unless it is in {@code safe}; every other byte becomes {@code %XX}
     * with uppercase hex digits.
     *
     * @param text the text to encode
     * @param safe the punctuation to keep as is
     * @param space what to write for a space, {@code "%20"} or {@code "+"}
     * @return the encoded text
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if {@code text} holds an unpaired
     *     surrogate
     */
    public static String encode(String text, String safe, String space) throws EmbedsealException {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : Utf8.encode(text)) {
            char c = (char) (b & 0xff);
            if (isAsciiAlphanumeric(c) || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append(c);
            } else if (c == ' ') {
                out.append(space);
            } else {
                out.append('%').append(UPPER_HEX_DIGITS[c >> 4]).append(UPPER_HEX_DIGITS[c & 0xf]);
            }
        }
        return out.toString();
    }

    /**
     * Reverses percent-encoding.
     *
     * <p>{@code %XX} takes hex digits of either case; other characters stand for their own UTF-8
     * bytes. The decoded bytes must be valid UTF-8.
     *
     * @param text the encoded text
     * @param plusIsSpace whether {@code +} stands for a space (form encoding)
     * @return the decoded text
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if a {@code %} is not followed by two
     *     hex digits or the decoded bytes are not valid UTF-8
     */
    public static String decode(String text, boolean plusIsSpace) throws EmbedsealException {
        if (!Utf8.isWellFormed(text)) {
            throw malformed("text holds an unpaired surrogate");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        int plainStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%' && !(c == '+' && plusIsSpace)) {
                continue;
            }
            bytes.writeBytes(text.substring(plainStart, i).getBytes(StandardCharsets.UTF_8));
            if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.write(escapedByte(text, i));
                i += 2;
            }
            plainStart = i + 1;
        }
        bytes.writeBytes(text.substring(plainStart).getBytes(StandardCharsets.UTF_8));
        try {
            return Utf8.decode(bytes.toByteArray());
        } catch (EmbedsealException e) {
            throw malformed("percent-decoded bytes are not valid UTF-8");
        }
    }

    /** Returns the byte spelled by the two hex digits after the {@code %} at {@code index}. */
    private static int escapedByte(String text, int index) throws EmbedsealException {
        int high = index + 1 < text.length() ? Bytes.hexDigitValue(text.charAt(index + 1)) : -1;
        int low = index + 2 < text.length() ? Bytes.hexDigitValue(text.charAt(index + 2)) : -1;
        if (high < 0 || low < 0) {
            throw malformed("'%' at offset " + index + " is not followed by two hex digits");
        }
        return high << 4 | low;
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static EmbedsealException malformed(String problem) {
        return new EmbedsealException(ErrorCode.MALFORMED, problem);
    }
}
