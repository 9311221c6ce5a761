// Code generated from spec/formats/ — do not edit.

import io.embedseal.goldenclaims.GoldenClaims;
import io.embedseal.goldenenvelope.GoldenEnvelope;
import io.embedseal.goldenlines.GoldenLines;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conformance adapter: reads one JSON request per line on stdin and writes one JSON answer
 * per line on stdout (conformance/protocol/), calling each format's own class.
 */
public final class Adapter {
    /** The protocol version this adapter speaks. */
    private static final long PROTOCOL = 1L;

    /** Every format this SDK implements. */
    private static final List<Object> FORMATS =
            List.of("golden-claims", "golden-envelope", "golden-lines");

    private Adapter() {}

    /** A request value the format's types cannot take: answered as invalid_input. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Hands out the request's random bytes in order, then fails (as the reference does). */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] data;
        private int offset;

        FixedRandom(byte[] data) {
            this.data = data;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            if (data.length - offset < bytes.length) {
                throw new Refused("random: needs " + bytes.length + " more bytes");
            }
            System.arraycopy(data, offset, bytes, 0, bytes.length);
            offset += bytes.length;
        }
    }

    /**
     * Serves requests until {@code {"op": "stop"}} or the end of input.
     *
     * @param args unused
     * @throws IOException if stdin cannot be read
     */
    public static void main(String[] args) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            try {
                Map<String, Object> request = object(new LenientJson(line).document(), "request");
                answer.put("id", request.get("id"));
                if ("stop".equals(request.get("op"))) {
                    return;
                }
                if ("start".equals(request.get("op"))) {
                    answer.putAll(hello(request));
                } else {
                    Map<String, Object> result = handle(request);
                    answer.put("ok", true);
                    answer.putAll(result);
                }
            } catch (Refused e) {
                answer.put("ok", false);
                answer.put("error", "invalid_input");
            } catch (Failure e) {
                answer.put("ok", false);
                answer.put("error", e.code);
                if (e.retryAfter != null) {
                    answer.put("retry_after", e.retryAfter);
                }
            } catch (RuntimeException e) {
                answer.put("ok", false);
                answer.put("error", "adapter_error");
                answer.put("detail", String.valueOf(e));
            }
            out.println(write(answer));
        }
    }

    /** A format's refusal, by its shared code. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final Long retryAfter;

        Failure(Enum<?> code, Long retryAfter) {
            super(code.name());
            this.code = code.name().toLowerCase(java.util.Locale.ROOT);
            this.retryAfter = retryAfter;
        }
    }

    /** The answer to the protocol handshake {@code {"op": "start", "protocol": 1}}. */
    private static Map<String, Object> hello(Map<String, Object> request) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!(request.get("protocol") instanceof Long protocol) || protocol != PROTOCOL) {
            out.put("ok", false);
            out.put("error", "unsupported_protocol");
            out.put("detail", "speaks " + PROTOCOL);
            return out;
        }
        out.put("ok", true);
        out.put("protocol", PROTOCOL);
        out.put("language", "java");
        out.put("runtime", "Java " + System.getProperty("java.version"));
        out.put("formats", FORMATS);
        out.put("operations", List.of("sign", "verify"));
        return out;
    }

    private static Map<String, Object> handle(Map<String, Object> request) throws Failure {
        String format = (String) request.get("format");
        String op = (String) request.get("op");
        String secret = request.get("secret") instanceof String text ? text : "";
        long now =
                request.get("now") instanceof Long number
                        ? number
                        : System.currentTimeMillis() / 1000L;
        String token = request.get("token") instanceof String text ? text : "";
        Object fields = request.getOrDefault("fields", Map.of());
        String randomHex = request.get("random") instanceof String text ? text : "";
        Map<String, Object> out = new LinkedHashMap<>();
        switch (format) {
            case "golden-claims" -> {
                GoldenClaims.Options options = new GoldenClaims.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", goldenclaimsJson(GoldenClaims.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        GoldenClaims.verify("", secret, options); // the key is checked before the inputs
                    } catch (GoldenClaims.EmbedException e) {
                        if (e.code() != GoldenClaims.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    GoldenClaims.Signed signed = GoldenClaims.sign(goldenclaimsInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "url", signed.url());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (GoldenClaims.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "golden-envelope" -> {
                GoldenEnvelope.Options options = new GoldenEnvelope.Options().now(now).random(new FixedRandom(HexFormat.of().parseHex(randomHex)));
                try {
                    if (op.equals("verify")) {
                        out.put("claims", goldenenvelopeJson(GoldenEnvelope.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        GoldenEnvelope.verify("", secret, options); // the key is checked before the inputs
                    } catch (GoldenEnvelope.EmbedException e) {
                        if (e.code() != GoldenEnvelope.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    GoldenEnvelope.Signed signed = GoldenEnvelope.sign(goldenenvelopeInput(fields), secret, options);
                    out.put("token", signed.token());
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "token", signed.token());
                    put(response, "expires_at", signed.expiresAt());
                    out.put("response", response);
                    return out;
                } catch (GoldenEnvelope.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            case "golden-lines" -> {
                GoldenLines.Options options = new GoldenLines.Options().now(now);
                try {
                    if (op.equals("verify")) {
                        out.put("claims", goldenlinesJson(GoldenLines.verify(token, secret, options)));
                        return out;
                    }
                    try {
                        GoldenLines.verify("", secret, options); // the key is checked before the inputs
                    } catch (GoldenLines.EmbedException e) {
                        if (e.code() != GoldenLines.ErrorCode.MALFORMED) {
                            throw e;
                        }
                    }
                    GoldenLines.Signed signed = GoldenLines.sign(goldenlinesInput(fields), secret, options);
                    out.put("url", signed.url());
                    out.put("signature", signed.signature());
                    Map<String, Object> response = new LinkedHashMap<>();
                    put(response, "url", signed.url());
                    out.put("response", response);
                    return out;
                } catch (GoldenLines.EmbedException e) {
                    throw new Failure(e.code(), null);
                }
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    private static GoldenClaims.Input goldenclaimsInput(Object json) {
        Map<String, Object> fields = object(json, "GoldenClaims.Input");
        known(fields, List.of("http://example.com/is_root", ":nonce", "class", "type", "iat", "exp", "kid", "items", "meta", "base"));
        GoldenClaims.Input.Builder builder = new GoldenClaims.Input.Builder();
        if (fields.get("http://example.com/is_root") != null) {
            builder.httpExampleComIsRoot(bool(fields.get("http://example.com/is_root"), "http://example.com/is_root"));
        }
        if (fields.get(":nonce") != null) {
            builder.nonce(string(fields.get(":nonce"), ":nonce"));
        }
        if (fields.get("class") != null) {
            builder.class_(string(fields.get("class"), "class"));
        }
        if (fields.get("type") != null) {
            builder.type(integer(fields.get("type"), "type"));
        }
        if (fields.get("iat") != null) {
            builder.iat(integer(fields.get("iat"), "iat"));
        }
        if (fields.get("exp") != null) {
            builder.exp(integer(fields.get("exp"), "exp"));
        }
        if (fields.get("kid") != null) {
            builder.kid(string(fields.get("kid"), "kid"));
        }
        if (fields.get("items") != null) {
            builder.items(list(fields.get("items"), "items", item -> goldenclaimsItem(item)));
        }
        if (fields.get("meta") != null) {
            builder.meta(object(fields.get("meta"), "meta"));
        }
        if (fields.get("base") != null) {
            builder.base(string(fields.get("base"), "base"));
        }
        return builder.build();
    }


    private static Map<String, Object> goldenclaimsJson(GoldenClaims.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "http://example.com/is_root", claims.httpExampleComIsRoot());
        put(out, ":nonce", claims.nonce());
        put(out, "class", claims.class_());
        put(out, "type", claims.type());
        put(out, "iat", claims.iat());
        put(out, "exp", claims.exp());
        put(out, "items", claims.items() == null ? null : claims.items().stream().map(Adapter::goldenclaimsItemJson).toList());
        put(out, "meta", claims.meta());
        put(out, "kid", claims.kid());
        out.putAll(claims.extra());
        return out;
    }

    private static GoldenClaims.Item goldenclaimsItem(Object json) {
        Map<String, Object> fields = object(json, "GoldenClaims.Item");
        known(fields, List.of("id", "tags"));
        GoldenClaims.Item.Builder builder = new GoldenClaims.Item.Builder();
        if (fields.containsKey("id")) {
            builder.id(integer(fields.get("id"), "id"));
        }
        if (fields.containsKey("tags")) {
            builder.tags(list(fields.get("tags"), "tags", item -> string(item, "tags")));
        }
        return builder.build();
    }


    private static Map<String, Object> goldenclaimsItemJson(GoldenClaims.Item value) {
        if (value == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "id", value.id());
        put(out, "tags", value.tags());
        out.putAll(value.extra());
        return out;
    }

    private static GoldenEnvelope.Input goldenenvelopeInput(Object json) {
        Map<String, Object> fields = object(json, "GoldenEnvelope.Input");
        known(fields, List.of("account", "id", "until"));
        GoldenEnvelope.Input.Builder builder = new GoldenEnvelope.Input.Builder();
        if (fields.get("account") != null) {
            builder.account(string(fields.get("account"), "account"));
        }
        if (fields.get("id") != null) {
            builder.id(string(fields.get("id"), "id"));
        }
        if (fields.get("until") != null) {
            builder.until(integer(fields.get("until"), "until"));
        }
        return builder.build();
    }


    private static Map<String, Object> goldenenvelopeJson(GoldenEnvelope.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "v", claims.v());
        put(out, "account", claims.account());
        put(out, "id", claims.id());
        put(out, "until", claims.until());
        out.putAll(claims.extra());
        return out;
    }

    private static GoldenLines.Input goldenlinesInput(Object json) {
        Map<String, Object> fields = object(json, "GoldenLines.Input");
        known(fields, List.of("host", "path", "time", "user", "groups", "display"));
        GoldenLines.Input.Builder builder = new GoldenLines.Input.Builder();
        if (fields.get("host") != null) {
            builder.host(string(fields.get("host"), "host"));
        }
        if (fields.get("path") != null) {
            builder.path(string(fields.get("path"), "path"));
        }
        if (fields.get("time") != null) {
            builder.time(integer(fields.get("time"), "time"));
        }
        if (fields.get("user") != null) {
            builder.user(string(fields.get("user"), "user"));
        }
        if (fields.get("groups") != null) {
            builder.groups(list(fields.get("groups"), "groups", item -> integer(item, "groups")));
        }
        if (fields.get("display") != null) {
            builder.display(string(fields.get("display"), "display"));
        }
        return builder.build();
    }


    private static Map<String, Object> goldenlinesJson(GoldenLines.Claims claims) {
        Map<String, Object> out = new LinkedHashMap<>();
        put(out, "host", claims.host());
        put(out, "path", claims.path());
        put(out, "time", claims.time());
        put(out, "user", claims.user());
        put(out, "groups", claims.groups());
        put(out, "display", claims.display());
        return out;
    }

    private static void put(Map<String, Object> out, String name, Object value) {
        if (value != null) {
            out.put(name, value);
        }
    }

    private static void known(Map<String, Object> fields, List<String> names) {
        for (String name : fields.keySet()) {
            if (!names.contains(name)) {
                throw new Refused("unknown member " + name);
            }
        }
    }

    private static String string(Object value, String where) {
        if (value instanceof String text) {
            return text;
        }
        throw new Refused(where + ": expected a string");
    }

    private static Long integer(Object value, String where) {
        if (value instanceof Long number) {
            return number;
        }
        throw new Refused(where + ": expected an integer within 64 bits");
    }

    private static Boolean bool(Object value, String where) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        throw new Refused(where + ": expected a boolean");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new Refused(where + ": expected an object");
    }

    private static <T> List<T> list(Object value, String where, Function<Object, T> item) {
        if (!(value instanceof List<?> items)) {
            throw new Refused(where + ": expected an array");
        }
        List<T> out = new ArrayList<>();
        for (Object each : items) {
            out.add(item.apply(each));
        }
        return out;
    }

    /** Writes JSON compactly (no depth limit: claims may nest as deep as the SDK accepts). */
    private static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Integer number) {
            out.append(number.longValue());
        } else if (value instanceof String text) {
            out.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Map<?, ?> map) {
            String separator = "";
            out.append('{');
            for (Map.Entry<?, ?> member : map.entrySet()) {
                out.append(separator);
                write(out, String.valueOf(member.getKey()));
                out.append(':');
                write(out, member.getValue());
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            String separator = "";
            out.append('[');
            for (Object item : list) {
                out.append(separator);
                write(out, item);
                separator = ",";
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    /** JSON as Python reads it: floats and big integers kept, so the SDK can refuse them. */
    private static final class LenientJson {
        private final String text;
        private int pos;

        LenientJson(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            space();
            if (pos != text.length()) {
                throw new IllegalArgumentException("trailing data in request");
            }
            return value;
        }

        private Object value() {
            space();
            char c = text.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Object> object = new LinkedHashMap<>();
                space();
                if (text.charAt(pos) == '}') {
                    pos++;
                    return object;
                }
                while (true) {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    object.put(key, value());
                    space();
                    if (text.charAt(pos++) == '}') {
                        return object;
                    }
                }
            } else if (c == '[') {
                pos++;
                List<Object> array = new ArrayList<>();
                space();
                if (text.charAt(pos) == ']') {
                    pos++;
                    return array;
                }
                while (true) {
                    array.add(value());
                    space();
                    if (text.charAt(pos++) == ']') {
                        return array;
                    }
                }
            } else if (c == '"') {
                return string();
            } else if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            } else if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            } else if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String number = text.substring(start, pos);
            if (number.contains(".") || number.contains("e") || number.contains("E")) {
                return Double.valueOf(number);
            }
            BigInteger big = new BigInteger(number);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                } else if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(pos++);
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(pos++) != c) {
                throw new IllegalArgumentException("expected '" + c + "' in request");
            }
        }

        private void space() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }
    }
}
