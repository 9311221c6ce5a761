// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed URL read back: each field's received text, the signature and the signed text.
 *
 * <p>The MAC is computed over the text as received, never over a re-serialization of parsed
 * values. Anything the format's URL template does not expect is {@link ErrorCode#MALFORMED}.
 */
public final class ReceivedUrl {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");

    /**
     * One piece of a URL template: a literal, or a field written raw or percent-encoded.
     *
     * @param literal the literal text, or {@code null} for a field
     * @param field the field's wire name, or {@code null} for a literal
     * @param percent whether the field is percent-encoded
     */
    public record TemplatePart(String literal, String field, boolean percent) {
        /**
         * Returns a literal piece.
         *
         * @param text the literal text
         * @return the piece
         */
        public static TemplatePart literal(String text) {
            return new TemplatePart(text, null, false);
        }

        /**
         * Returns a field piece.
         *
         * @param field the field's wire name
         * @param percent whether the field is percent-encoded
         * @return the piece
         */
        public static TemplatePart field(String field, boolean percent) {
            return new TemplatePart(null, field, percent);
        }
    }

    /**
     * One expected query parameter.
     *
     * @param name the parameter name
     * @param field the field it carries, or {@code null} for the signature or the token
     * @param encode how the value is written: {@code "text"} or {@code "json"}
     * @param signature whether this parameter carries the signature
     */
    public record Param(String name, String field, String encode, boolean signature) {}

    /**
     * One field as it arrived.
     *
     * @param raw the text in the URL
     * @param text the percent-decoded text
     * @param encode how it was written: {@code "text"}, {@code "json"} or {@code "percent"}
     */
    public record Received(String raw, String text, String encode) {}

    private final Map<String, Received> fields = new LinkedHashMap<>();
    private String signature = "";
    private String rawQuery = "";

    private ReceivedUrl() {}

    /**
     * Splits {@code url} by a format's base template and query parameters.
     *
     * @param url the URL as received
     * @param base the base URL template
     * @param query the expected query parameters in order, the signature last
     * @return the received URL
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the URL does not match
     */
    public static ReceivedUrl parse(String url, List<TemplatePart> base, List<Param> query)
            throws EmbedsealException {
        int hash = url.indexOf('#');
        String withoutFragment = hash >= 0 ? url.substring(0, hash) : url;
        int question = withoutFragment.indexOf('?');
        String baseText = question >= 0 ? withoutFragment.substring(0, question) : withoutFragment;
        String queryText = question >= 0 ? withoutFragment.substring(question + 1) : "";
        ReceivedUrl received = new ReceivedUrl();
        received.matchTemplate(base, baseText);
        received.readQuery(query, queryText);
        return received;
    }

    private void matchTemplate(List<TemplatePart> base, String text) throws EmbedsealException {
        StringBuilder pattern = new StringBuilder();
        List<TemplatePart> placeholders = new ArrayList<>();
        for (TemplatePart part : base) {
            if (part.literal() != null) {
                pattern.append(Pattern.quote(part.literal()));
            } else {
                pattern.append("(.*?)");
                placeholders.add(part);
            }
        }
        Matcher match = Pattern.compile(pattern.toString(), Pattern.DOTALL).matcher(text);
        if (!match.matches()) {
            throw malformed("the URL does not match the format's base URL");
        }
        for (int i = 0; i < placeholders.size(); i++) {
            TemplatePart part = placeholders.get(i);
            String raw = match.group(i + 1);
            String decoded = part.percent() ? PercentEncoding.decode(raw, false) : raw;
            String encode = part.percent() ? "percent" : "text";
            fields.put(part.field(), new Received(raw, decoded, encode));
        }
    }

    private void readQuery(List<Param> expected, String query) throws EmbedsealException {
        List<String[]> pairs = new ArrayList<>();
        if (!query.isEmpty()) {
            for (String item : query.split("&", -1)) {
                int equals = item.indexOf('=');
                if (equals < 0) {
                    throw malformed("a query item has no '='");
                }
                String name = PercentEncoding.decode(item.substring(0, equals), false);
                pairs.add(new String[] {name, item.substring(equals + 1)});
            }
        }
        int position = 0;
        for (String[] pair : pairs) {
            while (position < expected.size() && !expected.get(position).name().equals(pair[0])) {
                position++;
            }
            if (position == expected.size()) {
                throw malformed("unexpected, repeated or out-of-order query parameter");
            }
            Param param = expected.get(position++);
            if (param.signature()) {
                signature = PercentEncoding.decode(pair[1], false);
            } else if (param.field() != null) {
                String text = PercentEncoding.decode(pair[1], false);
                fields.put(param.field(), new Received(pair[1], text, param.encode()));
            }
        }
        String lastExpected = expected.get(expected.size() - 1).name();
        if (pairs.isEmpty() || !lastExpected.equals(pairs.get(pairs.size() - 1)[0])) {
            throw malformed("the URL does not end with its signature parameter");
        }
        rawQuery = query;
    }

    /**
     * Returns the received signature text (percent-decoded).
     *
     * @return the signature text
     */
    public String signature() {
        return signature;
    }

    /**
     * Returns the query string as received, without its last (signature) parameter.
     *
     * @return the signed query text
     */
    public String queryWithoutSignature() {
        int last = rawQuery.lastIndexOf('&');
        return last >= 0 ? rawQuery.substring(0, last) : "";
    }

    /**
     * Tells whether a field arrived.
     *
     * @param field the wire name
     * @return whether the URL carries it
     */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /**
     * Returns a field's text as a signed message uses it.
     *
     * @param field the wire name of a field that arrived
     * @param encode {@code "percent"} for percent-encoded text, else the decoded text
     * @param safe the punctuation percent-encoding keeps
     * @param space what percent-encoding writes for a space
     * @return the text as received, or re-encoded where the URL held it decoded
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} if the text cannot be encoded
     */
    public String partText(String field, String encode, String safe, String space)
            throws EmbedsealException {
        Received got = fields.get(field);
        if (!encode.equals("percent")) {
            return got.text();
        }
        if (got.encode().equals("percent")) {
            return got.raw();
        }
        try {
            return PercentEncoding.encode(got.text(), safe, space);
        } catch (EmbedsealException e) {
            throw malformed("a field is not valid text");
        }
    }

    /**
     * Returns the received fields as JSON values, in the order they arrived: JSON-encoded
     * fields parsed, integers and booleans read from their text, others as text.
     *
     * @param kinds each field's type: {@code "string"}, {@code "integer"}, {@code "unix-time"},
     *     {@code "boolean"}, {@code "array"} or {@code "object"}
     * @return the values by wire name
     * @throws EmbedsealException {@link ErrorCode#MALFORMED} for invalid JSON, {@link
     *     ErrorCode#INVALID_CLAIM} for an integer or boolean that is not spelled canonically
     */
    public Map<String, Object> claims(Map<String, String> kinds) throws EmbedsealException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Received> entry : fields.entrySet()) {
            String name = entry.getKey();
            Received got = entry.getValue();
            String kind = kinds.getOrDefault(name, "string");
            Object value;
            if (got.encode().equals("json")) {
                value = Json.parse(got.text());
            } else if (kind.equals("integer") || kind.equals("unix-time")) {
                if (!INTEGER.matcher(got.text()).matches() || got.text().equals("-0")) {
                    throw invalidClaim(name + ": not an integer");
                }
                try {
                    value = Long.parseLong(got.text());
                } catch (NumberFormatException e) {
                    value = new java.math.BigInteger(got.text());
                }
            } else if (kind.equals("boolean")) {
                if (!got.text().equals("true") && !got.text().equals("false")) {
                    throw invalidClaim(name + ": not true/false");
                }
                value = got.text().equals("true");
            } else {
                value = got.text();
            }
            out.put(name, value);
        }
        return out;
    }

    private static EmbedsealException malformed(String problem) {
        return new EmbedsealException(ErrorCode.MALFORMED, problem);
    }

    private static EmbedsealException invalidClaim(String problem) {
        return new EmbedsealException(ErrorCode.INVALID_CLAIM, problem);
    }
}
