// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** A strict recursive-descent parser for the JSON subset embed tokens may carry. */
final class JsonParser {
    private static final int MAX_INTEGER_DIGITS = 16;

    private final String text;
    private int pos;
    private int depth;

    private JsonParser(String text) {
        this.text = text;
    }

    /** See {@link Json#parse(String)}. */
    static Object parse(String text) throws EmbedsealException {
        JsonParser parser = new JsonParser(text);
        parser.start();
        Object value = parser.readValue();
        parser.finish();
        return value;
    }

    /** See {@link Json#parseObject(String)}. */
    static LinkedHashMap<String, Object> parseObject(String text) throws EmbedsealException {
        JsonParser parser = new JsonParser(text);
        parser.start();
        if (!parser.lookingAt('{')) {
            throw parser.error("expected a JSON object");
        }
        LinkedHashMap<String, Object> object = parser.readObject();
        parser.finish();
        return object;
    }

    private void start() throws EmbedsealException {
        if (text.startsWith("\uFEFF")) {
            throw error("byte order mark");
        }
        if (!Utf8.isWellFormed(text)) {
            throw error("text holds an unpaired surrogate");
        }
        skipWhitespace();
    }

    private void finish() throws EmbedsealException {
        skipWhitespace();
        if (pos < text.length()) {
            throw error("unexpected data after the JSON value");
        }
    }

    private Object readValue() throws EmbedsealException {
        if (pos >= text.length()) {
            throw error("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> readObject();
            case '[' -> readArray();
            case '"' -> readString();
            case 't' -> readLiteral("true", Boolean.TRUE);
            case 'f' -> readLiteral("false", Boolean.FALSE);
            case 'n' -> readLiteral("null", null);
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield readInteger();
                }
                throw error("unexpected character");
            }
        };
    }

    private LinkedHashMap<String, Object> readObject() throws EmbedsealException {
        enterContainer();
        LinkedHashMap<String, Object> object = new LinkedHashMap<>();
        skipWhitespace();
        if (!consume('}')) {
            do {
                skipWhitespace();
                if (!lookingAt('"')) {
                    throw error("expected a string key");
                }
                int keyStart = pos;
                String key = readString();
                if (object.containsKey(key)) {
                    pos = keyStart;
                    throw error("duplicate key");
                }
                skipWhitespace();
                expect(':');
                skipWhitespace();
                object.put(key, readValue());
                skipWhitespace();
            } while (consume(','));
            expect('}');
        }
        depth--;
        return object;
    }

    private List<Object> readArray() throws EmbedsealException {
        enterContainer();
        List<Object> array = new ArrayList<>();
        skipWhitespace();
        if (!consume(']')) {
            do {
                skipWhitespace();
                array.add(readValue());
                skipWhitespace();
            } while (consume(','));
            expect(']');
        }
        depth--;
        return array;
    }

    /** Steps over the opening bracket, refusing nesting deeper than {@link Json#MAX_DEPTH}. */
    private void enterContainer() throws EmbedsealException {
        if (++depth > Json.MAX_DEPTH) {
            throw error("nesting deeper than " + Json.MAX_DEPTH);
        }
        pos++;
    }

    private Object readLiteral(String literal, Object value) throws EmbedsealException {
        if (!text.startsWith(literal, pos)) {
            throw error("unexpected character");
        }
        pos += literal.length();
        return value;
    }

    private Long readInteger() throws EmbedsealException {
        int start = pos;
        consume('-');
        int digitsStart = pos;
        if (consume('0')) {
            if (pos < text.length() && isDigit(text.charAt(pos))) {
                throw error("leading zero in a number");
            }
        } else if (pos < text.length() && isDigit(text.charAt(pos))) {
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
        } else {
            throw error("expected a digit");
        }
        if (lookingAt('.') || lookingAt('e') || lookingAt('E')) {
            throw error("number is not an integer");
        }
        String literal = text.substring(start, pos);
        if (literal.equals("-0")) {
            throw error("-0 is not a canonical integer");
        }
        boolean tooLong = pos - digitsStart > MAX_INTEGER_DIGITS;
        long value = tooLong ? Long.MAX_VALUE : Long.parseLong(literal);
        if (value > Json.MAX_SAFE_INTEGER || value < -Json.MAX_SAFE_INTEGER) {
            pos = start;
            throw error("integer is outside ±(2^53 - 1)");
        }
        return value;
    }

    private String readString() throws EmbedsealException {
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return value.toString();
            } else if (c == '\\') {
                readEscape(value);
            } else if (c < 0x20) {
                throw error("raw control character in a string");
            } else {
                value.append(c);
                pos++;
            }
        }
    }

    private void readEscape(StringBuilder value) throws EmbedsealException {
        if (pos + 1 >= text.length()) {
            throw error("unterminated string");
        }
        char c = text.charAt(pos + 1);
        pos += 2;
        switch (c) {
            case '"', '\\', '/' -> value.append(c);
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'u' -> value.append(readUnicodeEscape());
            default -> {
                pos -= 2;
                throw error("invalid escape");
            }
        }
    }

    /** Reads the digits of a backslash-u escape, and the low half if they name a high surrogate. */
    private char[] readUnicodeEscape() throws EmbedsealException {
        char unit = readHexUnit();
        if (Character.isLowSurrogate(unit)) {
            throw error("lone low surrogate");
        }
        if (!Character.isHighSurrogate(unit)) {
            return new char[] {unit};
        }
        if (!text.startsWith("\\u", pos)) {
            throw error("lone high surrogate");
        }
        pos += 2;
        char low = readHexUnit();
        if (!Character.isLowSurrogate(low)) {
            throw error("lone high surrogate");
        }
        return new char[] {unit, low};
    }

    private char readHexUnit() throws EmbedsealException {
        if (pos + 4 > text.length()) {
            throw error("truncated unicode escape");
        }
        int unit = 0;
        for (int end = pos + 4; pos < end; pos++) {
            int digit = Bytes.hexDigitValue(text.charAt(pos));
            if (digit < 0) {
                throw error("invalid unicode escape");
            }
            unit = unit << 4 | digit;
        }
        return (char) unit;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private boolean lookingAt(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean consume(char c) {
        if (lookingAt(c)) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) throws EmbedsealException {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private EmbedsealException error(String problem) {
        String message = "invalid JSON at offset " + pos + ": " + problem;
        return new EmbedsealException(ErrorCode.MALFORMED, message);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
