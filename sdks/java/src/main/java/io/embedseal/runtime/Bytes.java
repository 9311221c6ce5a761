// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.Base64;
import java.util.HexFormat;

/**
 * Canonical text forms of binary data.
 *
 * <p>Decoding accepts exactly one spelling per value, the one {@link #encode} produces: wrong
 * alphabet, missing or extra padding, uppercase hex, non-zero trailing bits and whitespace are
 * all refused, so a signature cannot be altered without being rejected.
 */
public final class Bytes {
    private static final HexFormat HEX = HexFormat.of();

    private Bytes() {}

    /**
     * Writes {@code data} in the given encoding.
     *
     * @param data the bytes to write
     * @param encoding the text form
     * @return the encoded text
     */
    public static String encode(byte[] data, ByteEncoding encoding) {
        return switch (encoding) {
            case HEX -> HEX.formatHex(data);
            case BASE64 -> Base64.getEncoder().encodeToString(data);
            case BASE64URL -> Base64.getUrlEncoder().encodeToString(data);
            case BASE64URL_NOPAD -> Base64.getUrlEncoder().withoutPadding().encodeToString(data);
        };
    }

    /**
     * Reads bytes written by {@link #encode}, accepting only the canonical spelling.
     *
     * @param text the encoded text
     * @param encoding the text form
     * @return the decoded bytes
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if {@code text} is not exactly what
     *     {@link #encode} would write for some bytes
     */
    public static byte[] decode(String text, ByteEncoding encoding) throws EmbedsealException {
        byte[] data;
        try {
            data = decodeLeniently(text, encoding);
        } catch (IllegalArgumentException e) {
            throw malformed("not valid " + encoding.wireName());
        }
        if (!encode(data, encoding).equals(text)) {
            throw malformed("not canonical " + encoding.wireName());
        }
        return data;
    }

    private static byte[] decodeLeniently(String text, ByteEncoding encoding) {
        return switch (encoding) {
            case HEX -> HEX.parseHex(text);
            case BASE64 -> Base64.getDecoder().decode(text);
            case BASE64URL, BASE64URL_NOPAD -> Base64.getUrlDecoder().decode(text);
        };
    }

    /**
     * Returns the value of an ASCII hexadecimal digit of either case.
     *
     * @param c the character
     * @return its value from 0 to 15, or -1 if it is not an ASCII hex digit
     */
    static int hexDigitValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        } else if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static EmbedsealException malformed(String problem) {
        return new EmbedsealException(ErrorCode.MALFORMED, problem);
    }
}
