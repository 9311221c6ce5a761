// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 conversion.
 *
 * <p>{@link String#getBytes(java.nio.charset.Charset)} and {@code new String(bytes, UTF_8)}
 * silently replace what they cannot convert; these methods refuse instead, so two parties can
 * never disagree about the bytes that were signed.
 */
public final class Utf8 {
    private Utf8() {}

    /**
     * Returns the UTF-8 bytes of {@code text}.
     *
     * @param text the text to encode
     * @return its UTF-8 bytes
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if the text holds an unpaired
     *     surrogate
     */
    public static byte[] encode(String text) throws EmbedsealException {
        if (!isWellFormed(text)) {
            throw new EmbedsealException(
                    ErrorCode.INVALID_INPUT, "text holds an unpaired surrogate");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Decodes UTF-8 bytes, refusing overlong forms, encoded surrogates and truncated sequences.
     *
     * @param bytes the bytes to decode
     * @return the decoded text
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the bytes are not valid UTF-8
     */
    public static String decode(byte[] bytes) throws EmbedsealException {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new EmbedsealException(ErrorCode.MALFORMED, "bytes are not valid UTF-8", e);
        }
    }

    /**
     * Tells whether every surrogate in {@code text} is part of a high-low pair, that is, whether
     * the text is a sequence of Unicode scalar values and so has a UTF-8 form.
     *
     * @param text the text to check
     * @return {@code true} if the text has no unpaired surrogate
     */
    public static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
