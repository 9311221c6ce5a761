// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes JSON text by hand so that every byte follows a {@link JsonProfile}. */
final class JsonEncoder {
    private static final char[] HEX_DIGITS = "0123456789abcdef".toCharArray();

    private final JsonProfile profile;
    private final StringBuilder out = new StringBuilder();
    private final Set<Object> openContainers = Collections.newSetFromMap(new IdentityHashMap<>());

    private JsonEncoder(JsonProfile profile) {
        this.profile = profile;
    }

    /** See {@link Json#encode(Object, JsonProfile)}. */
    static String encode(Object value, JsonProfile profile) throws EmbedsealException {
        JsonEncoder encoder = new JsonEncoder(profile);
        encoder.writeValue(value, "$");
        return encoder.out.toString();
    }

    private void writeValue(Object value, String path) throws EmbedsealException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            writeString(text, path);
        } else if (value instanceof Boolean flag) {
            out.append(flag ? "true" : "false");
        } else if (value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof Byte) {
            writeInteger(((Number) value).longValue(), path);
        } else if (value instanceof Map<?, ?> object) {
            enter(object, path);
            writeObject(object, path);
            openContainers.remove(object);
        } else if (value instanceof List<?> array) {
            enter(array, path);
            writeArray(array, path);
            openContainers.remove(array);
        } else {
            String type = value.getClass().getSimpleName();
            throw invalid(path, type + " is not a JSON value (only integers, as Long)");
        }
    }

    private void enter(Object container, String path) throws EmbedsealException {
        if (!openContainers.add(container)) {
            throw invalid(path, "circular reference");
        }
        if (openContainers.size() > Json.MAX_DEPTH) {
            openContainers.remove(container);
            throw invalid(path, "nesting deeper than " + Json.MAX_DEPTH);
        }
    }

    private void writeInteger(long number, String path) throws EmbedsealException {
        if (number > Json.MAX_SAFE_INTEGER || number < -Json.MAX_SAFE_INTEGER) {
            throw invalid(path, "integer is outside ±(2^53 - 1)");
        }
        out.append(number);
    }

    private void writeObject(Map<?, ?> object, String path) throws EmbedsealException {
        List<Map.Entry<String, Object>> members = new ArrayList<>(object.size());
        for (Map.Entry<?, ?> member : object.entrySet()) {
            if (!(member.getKey() instanceof String key)) {
                throw invalid(path, "object key is not a String");
            }
            members.add(new AbstractMap.SimpleImmutableEntry<>(key, member.getValue()));
        }
        if (profile.sortKeys()) {
            members.sort(Map.Entry.comparingByKey(Json::compareCodePoints));
        }
        out.append('{');
        String separator = "";
        for (Map.Entry<String, Object> member : members) {
            out.append(separator);
            writeString(member.getKey(), path);
            out.append(profile.keySeparator());
            writeValue(member.getValue(), path + "." + member.getKey());
            separator = profile.itemSeparator();
        }
        out.append('}');
    }

    private void writeArray(List<?> array, String path) throws EmbedsealException {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(profile.itemSeparator());
            }
            writeValue(array.get(i), path + "[" + i + "]");
        }
        out.append(']');
    }

    private void writeString(String text, String path) throws EmbedsealException {
        if (!Utf8.isWellFormed(text)) {
            throw invalid(path, "string holds an unpaired surrogate");
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            writeChar(text.charAt(i));
        }
        out.append('"');
    }

    private void writeChar(char c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20 || (profile.asciiOnly() && c > 0x7e)) {
                    writeUnicodeEscape(c);
                } else {
                    out.append(c);
                }
            }
        }
    }

    /** Writes one UTF-16 code unit as an escape; a pair above U+FFFF becomes two escapes. */
    private void writeUnicodeEscape(char c) {
        out.append('\\').append('u');
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(HEX_DIGITS[(c >> shift) & 0xf]);
        }
    }

    private static EmbedsealException invalid(String path, String problem) {
        return new EmbedsealException(ErrorCode.INVALID_INPUT, path + ": " + problem);
    }
}
