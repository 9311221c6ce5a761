// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as embed tokens use it: integers only, strict parsing, byte-exact encoding.
 *
 * <p>Values map to Java types as follows: object ↔ {@link LinkedHashMap}{@code <String, Object>}
 * (members in document order), array ↔ {@link List}{@code <Object>}, string ↔ {@link String},
 * integer ↔ {@link Long}, boolean ↔ {@link Boolean}, and {@code null} ↔ Java {@code null}. A
 * {@code null} member value is therefore told apart from an absent member with {@link
 * Map#containsKey(Object)}.
 *
 * <p>Integers must lie within ±(2<sup>53</sup> − 1), the range every language represents
 * exactly; fractions and exponents are refused.
 */
public final class Json {
    /** The largest integer magnitude that may be written or read: 2<sup>53</sup> − 1. */
    public static final long MAX_SAFE_INTEGER = 9_007_199_254_740_991L;

    /** The deepest nesting of objects and arrays that {@link #parse(String)} accepts. */
    public static final int MAX_DEPTH = 64;

    private Json() {}

    /**
     * Writes {@code value} as JSON text following {@code profile}.
     *
     * <p>Accepted values are {@code null}, {@link String}, {@link Boolean}, {@link Long} (also
     * {@link Integer}, {@link Short}, {@link Byte}), any {@link Map} with {@link String} keys
     * (written in its iteration order unless the profile sorts keys) and any {@link List}.
     *
     * @param value the value to write
     * @param profile the separators, escaping and key order to use
     * @return the JSON text
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for a float, an integer beyond
     *     ±(2^53 − 1), a non-string key, an unpaired surrogate, a circular reference, nesting
     *     deeper than {@link #MAX_DEPTH} or any other type
     */
    public static String encode(Object value, JsonProfile profile) throws EmbedsealException {
        return JsonEncoder.encode(value, profile);
    }

    /**
     * Parses one JSON document strictly.
     *
     * <p>Refused: a byte order mark, trailing data, an empty document, numbers with a fraction
     * or exponent, leading zeros or a leading {@code +}, {@code -0}, integers beyond ±(2^53 −
     * 1), raw control characters in strings, invalid escapes, unpaired surrogates, duplicate
     * keys and nesting deeper than {@link #MAX_DEPTH}. Only space, tab, LF and CR count as
     * whitespace.
     *
     * @param text the JSON text
     * @return the value, typed as described in the class documentation
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the text is not accepted
     */
    public static Object parse(String text) throws EmbedsealException {
        return JsonParser.parse(text);
    }

    /**
     * Parses one JSON document strictly from its UTF-8 bytes.
     *
     * @param utf8 the JSON text as UTF-8
     * @return the value, typed as described in the class documentation
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the bytes are not valid UTF-8 or
     *     the text is not accepted by {@link #parse(String)}
     */
    public static Object parse(byte[] utf8) throws EmbedsealException {
        return JsonParser.parse(Utf8.decode(utf8));
    }

    /**
     * Parses a JSON document whose top-level value must be an object.
     *
     * @param text the JSON text
     * @return the object's members in document order
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the text is not accepted by
     *     {@link #parse(String)} or is not an object
     */
    public static LinkedHashMap<String, Object> parseObject(String text) throws EmbedsealException {
        return JsonParser.parseObject(text);
    }

    /**
     * Parses a JSON document whose top-level value must be an object, from its UTF-8 bytes.
     *
     * @param utf8 the JSON text as UTF-8
     * @return the object's members in document order
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the bytes are not valid UTF-8,
     *     or the text is not accepted by {@link #parse(String)} or is not an object
     */
    public static LinkedHashMap<String, Object> parseObject(byte[] utf8) throws EmbedsealException {
        return JsonParser.parseObject(Utf8.decode(utf8));
    }

    /**
     * Orders strings by Unicode code point, which is also the order of their UTF-8 bytes.
     *
     * <p>{@link String#compareTo(String)} compares UTF-16 code units instead, and so places
     * characters above U+FFFF before U+E000–U+FFFF.
     *
     * @param a the first string
     * @param b the second string
     * @return a negative number, zero or a positive number as {@code a} sorts before, with or
     *     after {@code b}
     */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length()) {
            int codePointA = a.codePointAt(i);
            int codePointB = b.codePointAt(i);
            if (codePointA != codePointB) {
                return Integer.compare(codePointA, codePointB);
            }
            i += Character.charCount(codePointA);
        }
        return Integer.compare(a.length(), b.length());
    }

    /**
     * Builds a JSON object whose members keep the given order.
     *
     * @param entries the members in order
     * @return a new mutable object
     */
    @SafeVarargs
    public static LinkedHashMap<String, Object> orderedMap(Map.Entry<String, ?>... entries) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> entry : entries) {
            out.put(entry.getKey(), entry.getValue());
        }
        return out;
    }
}
