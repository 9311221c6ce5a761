// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Typed reading of parsed JSON values (see {@link Json}), refusing wrong types with a chosen
 * error code: {@link ErrorCode#INVALID_CLAIM} when verifying a token, {@link
 * ErrorCode#INVALID_INPUT} when reading sign inputs.
 */
public final class JsonValues {
    private JsonValues() {}

    /**
     * Reads one JSON value as a {@code T}.
     *
     * @param <T> the Java type
     */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * Converts a parsed JSON value.
         *
         * @param value the value; {@code null} stands for JSON {@code null}
         * @param where the value's name, for messages
         * @param code the error code for a wrong value
         * @return the typed value
         * @throws EmbedsealException {@code code} if the value has the wrong type or breaks a
         *     constraint
         */
        T read(Object value, String where, ErrorCode code) throws EmbedsealException;
    }

    /**
     * Reads a member of a JSON object; an absent member is {@code null} unless required.
     *
     * @param <T> the Java type
     * @param object the object
     * @param name the member's name
     * @param where the member's name in messages
     * @param required whether the member must be present
     * @param code the error code for a wrong value ({@link Check#missing} for an absent one)
     * @param reader how to read the member's value
     * @return the typed value, or {@code null} if absent
     * @throws EmbedsealException if the member is absent but required, or has a wrong value
     */
    public static <T> T member(
            Map<String, ?> object,
            String name,
            String where,
            boolean required,
            ErrorCode code,
            Reader<T> reader)
            throws EmbedsealException {
        if (!object.containsKey(name)) {
            if (required) {
                throw new EmbedsealException(Check.missing(code), where + " is required");
            }
            return null;
        }
        return reader.read(object.get(name), where, code);
    }

    /**
     * Reads a top-level member of a JSON object; an absent member is {@code null} unless required.
     *
     * @param <T> the Java type
     * @param object the object
     * @param name the member's name
     * @param required whether the member must be present
     * @param code the error code for a wrong value ({@link Check#missing} for an absent one)
     * @param reader how to read the member's value
     * @return the typed value, or {@code null} if absent
     * @throws EmbedsealException if the member is absent but required, or has a wrong value
     */
    public static <T> T member(
            Map<String, ?> object, String name, boolean required, ErrorCode code, Reader<T> reader)
            throws EmbedsealException {
        return member(object, name, name, required, code, reader);
    }

    /**
     * Reads a member where JSON {@code null} means the same as an absent member.
     *
     * @param <T> the Java type
     * @param object the object
     * @param name the member's name
     * @param code the error code for a wrong value
     * @param reader how to read the member's value
     * @return the typed value, or {@code null} if absent or {@code null}
     * @throws EmbedsealException {@code code} if the member has a wrong value
     */
    public static <T> T nullable(
            Map<String, ?> object, String name, ErrorCode code, Reader<T> reader)
            throws EmbedsealException {
        Object value = object.get(name);
        return value == null ? null : reader.read(value, name, code);
    }

    /**
     * Refuses members other than the given ones.
     *
     * @param object the object
     * @param names the accepted member names
     * @param where the object's name
     * @param code the error code to use
     * @throws EmbedsealException {@code code} if the object has another member
     */
    public static void onlyMembers(
            Map<String, ?> object, List<String> names, String where, ErrorCode code)
            throws EmbedsealException {
        for (String key : object.keySet()) {
            if (!names.contains(key)) {
                String prefix = where.isEmpty() ? "" : where + ": ";
                throw new EmbedsealException(code, prefix + "unknown member '" + key + "'");
            }
        }
    }

    /**
     * Reads a string.
     *
     * @param value the value
     * @param where the value's name
     * @param code the error code to use
     * @return the string
     * @throws EmbedsealException {@code code} if the value is not a string
     */
    public static String string(Object value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value instanceof String text) {
            return text;
        }
        throw wrongType(value, "string", where, code);
    }

    /**
     * Reads an integer.
     *
     * @param value the value
     * @param where the value's name
     * @param code the error code to use
     * @return the integer
     * @throws EmbedsealException {@code code} if the value is not an integer within ±(2^53 − 1)
     */
    public static Long integer(Object value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value instanceof Long number) {
            return number;
        }
        if (value instanceof Integer number) {
            return number.longValue();
        }
        if (value instanceof java.math.BigInteger) {
            throw new EmbedsealException(code, where + ": integer outside ±(2^53 - 1)");
        }
        throw wrongType(value, "integer", where, code);
    }

    /**
     * Reads a boolean.
     *
     * @param value the value
     * @param where the value's name
     * @param code the error code to use
     * @return the boolean
     * @throws EmbedsealException {@code code} if the value is not a boolean
     */
    public static Boolean bool(Object value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw wrongType(value, "boolean", where, code);
    }

    /**
     * Reads a JSON object.
     *
     * @param value the value
     * @param where the value's name
     * @param code the error code to use
     * @return the object's members
     * @throws EmbedsealException {@code code} if the value is not an object with string keys
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value, String where, ErrorCode code)
            throws EmbedsealException {
        if (value instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                if (!(key instanceof String)) {
                    throw new EmbedsealException(code, where + ": object keys must be strings");
                }
            }
            return (Map<String, Object>) map;
        }
        throw wrongType(value, "object", where, code);
    }

    /**
     * Returns a reader of JSON arrays whose items {@code items} reads.
     *
     * @param <T> the item type
     * @param items how to read one item
     * @return a reader of unmodifiable lists
     */
    public static <T> Reader<List<T>> list(Reader<T> items) {
        return (value, where, code) -> {
            if (!(value instanceof List<?> list)) {
                throw wrongType(value, "array", where, code);
            }
            List<T> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                out.add(items.read(list.get(i), where + "[" + i + "]", code));
            }
            return Collections.unmodifiableList(out);
        };
    }

    private static EmbedsealException wrongType(
            Object value, String expected, String where, ErrorCode code) {
        String problem = where + ": expected " + expected + ", got " + typeOf(value);
        return new EmbedsealException(code, problem);
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof String) {
            return "string";
        } else if (value instanceof Boolean) {
            return "boolean";
        } else if (value instanceof Long || value instanceof Integer) {
            return "integer";
        } else if (value instanceof Map) {
            return "object";
        } else if (value instanceof List) {
            return "array";
        }
        return "number";
    }
}
