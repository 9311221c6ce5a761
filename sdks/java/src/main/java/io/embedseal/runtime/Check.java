// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.List;
import java.util.Map;

/**
 * Value constraints shared by signing (code {@link ErrorCode#INVALID_INPUT}) and verification
 * (code {@link ErrorCode#INVALID_CLAIM}), so a value one side accepts the other accepts too.
 *
 * <p>{@code where} names the value in error messages, such as {@code "scopes[0].type"}.
 */
public final class Check {
    private Check() {}

    /**
     * Returns a value the caller must supply.
     *
     * @param <T> the value's type
     * @param value the value, or {@code null} if absent
     * @param where the value's name
     * @param code the error code to use
     * @return {@code value}
     * @throws EmbedsealException {@code code} (or {@link ErrorCode#MISSING_CLAIM} instead of
     *     {@link ErrorCode#INVALID_CLAIM}) if the value is absent
     */
    public static <T> T required(T value, String where, ErrorCode code) throws EmbedsealException {
        if (value == null) {
            throw new EmbedsealException(missing(code), where + " is required");
        }
        return value;
    }

    /**
     * Refuses a value that is not one of the allowed ones.
     *
     * @param value the value
     * @param allowed the allowed values
     * @param where the value's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} if the value is not allowed
     */
    public static void oneOf(Object value, List<?> allowed, String where, ErrorCode code)
            throws EmbedsealException {
        if (!allowed.contains(value)) {
            throw new EmbedsealException(code, where + ": not one of " + allowed);
        }
    }

    /**
     * Refuses text longer than {@code max} Unicode code points.
     *
     * @param value the text
     * @param max the most code points allowed
     * @param where the value's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} if the text is too long
     */
    public static void maxLength(String value, int max, String where, ErrorCode code)
            throws EmbedsealException {
        if (value.codePointCount(0, value.length()) > max) {
            throw new EmbedsealException(code, where + ": longer than " + max + " characters");
        }
    }

    /**
     * Refuses integers outside ±(2^53 − 1) and outside the given bounds.
     *
     * @param value the integer
     * @param minimum the smallest allowed value, or {@code null}
     * @param maximum the largest allowed value, or {@code null}
     * @param where the value's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} if the integer is out of range
     */
    public static void integer(long value, Long minimum, Long maximum, String where, ErrorCode code)
            throws EmbedsealException {
        if (Math.abs(value) > Json.MAX_SAFE_INTEGER) {
            throw new EmbedsealException(code, where + ": integer outside ±(2^53 - 1)");
        }
        if (minimum != null && value < minimum) {
            throw new EmbedsealException(code, where + ": below the minimum " + minimum);
        }
        if (maximum != null && value > maximum) {
            throw new EmbedsealException(code, where + ": above the maximum " + maximum);
        }
    }

    /**
     * Refuses a free JSON object that cannot be written as JSON.
     *
     * @param value the object
     * @param where the value's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} if the object holds a float, an unsafe integer, a
     *     non-string key or any other value JSON cannot carry
     */
    public static void jsonObject(Map<String, Object> value, String where, ErrorCode code)
            throws EmbedsealException {
        try {
            Json.encode(value, JsonProfile.COMPACT);
        } catch (EmbedsealException e) {
            throw new EmbedsealException(code, where + ": " + e.getMessage());
        }
    }

    /**
     * Refuses lists that hold {@code null}.
     *
     * @param <T> the item type
     * @param value the list
     * @param where the value's name
     * @param code the error code to use
     * @return {@code value}
     * @throws EmbedsealException {@code code} if an item is {@code null}
     */
    public static <T> List<T> items(List<T> value, String where, ErrorCode code)
            throws EmbedsealException {
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i) == null) {
                throw new EmbedsealException(code, where + "[" + i + "]: null is not allowed");
            }
        }
        return value;
    }

    /**
     * Requires exactly one of the given members to be present.
     *
     * @param present how many of the members are present
     * @param names the members, for the message
     * @param where the object's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} unless exactly one is present
     */
    public static void exactlyOne(int present, String names, String where, ErrorCode code)
            throws EmbedsealException {
        if (present != 1) {
            throw new EmbedsealException(
                    code, where + ": exactly one of " + names + " is required");
        }
    }

    /**
     * Refuses text that would end a URL's base part early: a raw {@code ?} or {@code #}.
     *
     * @param text the text placed raw in the URL before its query string
     * @param where the value's name
     * @return {@code text}
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} if the text holds {@code ?} or
     *     {@code #}
     */
    public static String rawUrlPart(String text, String where) throws EmbedsealException {
        if (text.indexOf('?') >= 0 || text.indexOf('#') >= 0) {
            throw new EmbedsealException(
                    ErrorCode.INVALID_INPUT, where + ": '?' and '#' cannot appear here");
        }
        return text;
    }

    /**
     * Returns the code for an absent value: {@link ErrorCode#MISSING_CLAIM} when verifying.
     *
     * @param code the code for a wrong value
     * @return the code for an absent value
     */
    public static ErrorCode missing(ErrorCode code) {
        return code == ErrorCode.INVALID_CLAIM ? ErrorCode.MISSING_CLAIM : code;
    }
}
