package bench;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Minimal hand-written versions of the three benchmarked formats, as a competent Java engineer
 * writes them without embedseal: javax.crypto, java.util.Base64, a StringBuilder JSON writer
 * and a small JSON reader (the JDK has none), the vendor's recipe, no generic checks. Each
 * {@code *Message} returns the bytes the HMAC covers.
 */
final class Baseline {
    private Baseline() {}

    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String why) {
            super(why);
        }
    }

    static byte[] hmac(String algorithm, byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------ JSON, written and read

    static void quote(StringBuilder out, String text, boolean asciiOnly) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || (asciiOnly && c > 0x7e)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static void write(StringBuilder out, Object value, boolean asciiOnly) {
        if (value instanceof String s) {
            quote(out, s, asciiOnly);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String comma = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(comma);
                quote(out, (String) e.getKey(), asciiOnly);
                out.append(':');
                write(out, e.getValue(), asciiOnly);
                comma = ",";
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i > 0 ? "," : "");
                write(out, list.get(i), asciiOnly);
            }
            out.append(']');
        } else {
            out.append(value); // Long, Integer, Boolean, null
        }
    }

    static String json(Object value, boolean asciiOnly) {
        StringBuilder out = new StringBuilder();
        write(out, value, asciiOnly);
        return out.toString();
    }

    /** A small recursive-descent JSON reader: objects, arrays, strings, integers, literals. */
    static final class Reader {
        private final String text;
        private int at;

        Reader(String text) {
            this.text = text;
        }

        static Object parse(String text) throws RefusedException {
            Reader reader = new Reader(text);
            Object value = reader.value();
            reader.space();
            if (reader.at != text.length()) {
                throw new RefusedException("trailing data");
            }
            return value;
        }

        private void space() {
            while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
        }

        private Object value() throws RefusedException {
            space();
            if (at >= text.length()) {
                throw new RefusedException("end of JSON");
            }
            char c = text.charAt(at);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                at++;
                space();
                if (text.charAt(at) == '}') {
                    at++;
                    return map;
                }
                do {
                    space();
                    String key = string();
                    space();
                    expect(':');
                    map.put(key, value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != '}') {
                    throw new RefusedException("bad object");
                }
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                at++;
                space();
                if (text.charAt(at) == ']') {
                    at++;
                    return list;
                }
                do {
                    list.add(value());
                    space();
                } while (text.charAt(at++) == ',');
                if (text.charAt(at - 1) != ']') {
                    throw new RefusedException("bad array");
                }
                return list;
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < text.length() && "-0123456789".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Long.parseLong(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw new RefusedException("bad number");
            }
        }

        private void expect(char c) throws RefusedException {
            if (at >= text.length() || text.charAt(at++) != c) {
                throw new RefusedException("expected " + c);
            }
        }

        private String string() throws RefusedException {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (at >= text.length()) {
                    throw new RefusedException("unterminated string");
                }
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(byte[] json) throws RefusedException {
        if (Reader.parse(new String(json, StandardCharsets.UTF_8)) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new RefusedException("not an object");
    }

    // ------------------------------------------------------------ tinybird-jwt (PyJWT's bytes)

    record TinybirdScope(String type, String resource, Map<String, Object> fixedParams, String filter) {}

    record TinybirdClaims(String workspaceId, String name, long exp, List<TinybirdScope> scopes) {}

    private static final String TINYBIRD_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    static byte[] tinybirdMessage(TinybirdClaims c) {
        StringBuilder out = new StringBuilder("{\"workspace_id\":");
        quote(out, c.workspaceId(), true);
        out.append(",\"name\":");
        quote(out, c.name(), true);
        out.append(",\"exp\":").append(c.exp()).append(",\"scopes\":[");
        for (int i = 0; i < c.scopes().size(); i++) {
            TinybirdScope scope = c.scopes().get(i);
            out.append(i > 0 ? ",{\"type\":" : "{\"type\":");
            quote(out, scope.type(), true);
            out.append(",\"resource\":");
            quote(out, scope.resource(), true);
            if (scope.fixedParams() != null) {
                out.append(",\"fixed_params\":");
                write(out, scope.fixedParams(), true);
            }
            if (scope.filter() != null) {
                out.append(",\"filter\":");
                quote(out, scope.filter(), true);
            }
            out.append('}');
        }
        out.append("]}");
        byte[] payload = out.toString().getBytes(StandardCharsets.UTF_8);
        return (TINYBIRD_HEADER + "." + B64URL.encodeToString(payload)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The token and the embed URL. */
    static String[] tinybirdSign(TinybirdClaims c, String chartUrl, String secret) {
        byte[] signingInput = tinybirdMessage(c);
        byte[] mac = hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), signingInput);
        String token = new String(signingInput, StandardCharsets.US_ASCII) + "." + B64URL.encodeToString(mac);
        return new String[] {token, chartUrl + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)};
    }

    static Map<String, Object> tinybirdVerify(String token, String secret, long now) throws RefusedException {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new RefusedException("malformed");
        }
        Base64.Decoder decoder = Base64.getUrlDecoder();
        if (!"HS256".equals(object(decoder.decode(parts[0])).get("alg"))) {
            throw new RefusedException("alg");
        }
        byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] mac = hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), signingInput);
        if (!MessageDigest.isEqual(mac, decoder.decode(parts[2]))) {
            throw new RefusedException("signature");
        }
        Map<String, Object> claims = object(decoder.decode(parts[1]));
        if (!(claims.get("exp") instanceof Long exp) || exp <= now) {
            throw new RefusedException("expired");
        }
        return claims;
    }

    // ------------------------------------------------------------ papermap-iframe (the seed)

    record PapermapInput(String apiKeyId, String workspaceId, String tenantId, String dashboardId, long validUntil) {}

    static byte[] papermapMessage(PapermapInput in) {
        return (in.workspaceId() + in.validUntil()).getBytes(StandardCharsets.UTF_8);
    }

    /** The token and the embed URL; json.dumps' ", " and ": ", as the vendor's Python writes. */
    static String[] papermapSign(PapermapInput in, String secret) {
        byte[] mac = hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), papermapMessage(in));
        StringBuilder out = new StringBuilder("{\"api_key_id\": ");
        quote(out, in.apiKeyId(), true);
        quote(out.append(", \"workspace_id\": "), in.workspaceId(), true);
        quote(out.append(", \"tenant_id\": "), in.tenantId(), true);
        quote(out.append(", \"dashboard_id\": "), in.dashboardId(), true);
        out.append(", \"valid_until\": ").append(in.validUntil());
        out.append(", \"signature\": \"").append(HexFormat.of().formatHex(mac)).append("\"}");
        String token = Base64.getUrlEncoder().encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
        return new String[] {token, "https://papermap.ai/embedded/dashboard?embedded-token=" + token};
    }

    static Map<String, Object> papermapVerify(String token, String secret, long now) throws RefusedException {
        Map<String, Object> claims = object(Base64.getUrlDecoder().decode(token));
        Object received = claims.remove("signature");
        if (!(received instanceof String signature) || !(claims.get("valid_until") instanceof Long validUntil)) {
            throw new RefusedException("malformed");
        }
        byte[] message = (claims.get("workspace_id") + String.valueOf(validUntil)).getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), message));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw new RefusedException("signature");
        }
        if (validUntil <= now) {
            throw new RefusedException("expired");
        }
        return claims;
    }

    // ------------------------------------------------------------ looker-signed-url (embed SDK)

    record LookerUser(
            String host,
            String embedUrl,
            long sessionLength,
            String externalUserId,
            List<String> permissions,
            List<String> models,
            List<Long> groupIds,
            Map<String, Object> userAttributes,
            Map<String, Object> accessFilters,
            String firstName,
            String lastName) {}

    private static final List<String> LOOKER_SIGNED = List.of("nonce", "time", "session_length",
            "external_user_id", "permissions", "models", "group_ids", "external_group_id", "user_attributes",
            "access_filters");

    /** encodeURIComponent: URLEncoder's form encoding, less its + for space and !'()~ escapes. */
    static String uriComponent(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%21", "!")
                .replace("%27", "'").replace("%28", "(").replace("%29", ")").replace("%7E", "~");
    }

    private static Map<String, String> lookerParams(LookerUser u, long now, byte[] nonce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("nonce", json(HexFormat.of().formatHex(nonce), false));
        p.put("time", Long.toString(now));
        p.put("session_length", Long.toString(u.sessionLength()));
        p.put("external_user_id", json(u.externalUserId(), false));
        p.put("permissions", json(u.permissions(), false));
        p.put("models", json(u.models(), false));
        if (u.groupIds() != null) {
            p.put("group_ids", json(u.groupIds(), false));
        }
        if (u.userAttributes() != null) {
            p.put("user_attributes", json(u.userAttributes(), false));
        }
        p.put("access_filters", u.accessFilters() == null ? "{}" : json(u.accessFilters(), false));
        if (u.firstName() != null) {
            p.put("first_name", json(u.firstName(), false));
        }
        if (u.lastName() != null) {
            p.put("last_name", json(u.lastName(), false));
        }
        return p;
    }

    private static byte[] lookerString(String host, String path, Map<String, String> params) {
        StringBuilder out = new StringBuilder(host).append('\n').append(path);
        for (String name : LOOKER_SIGNED) {
            String value = params.get(name);
            if (value != null) {
                out.append('\n').append(value);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] lookerMessage(LookerUser u, long now, byte[] nonce) {
        return lookerString(u.host(), "/login/embed/" + uriComponent(u.embedUrl()), lookerParams(u, now, nonce));
    }

    static String lookerSign(LookerUser u, String secret, long now, byte[] nonce) {
        String path = "/login/embed/" + uriComponent(u.embedUrl());
        Map<String, String> params = lookerParams(u, now, nonce);
        byte[] mac = hmac("HmacSHA1", secret.getBytes(StandardCharsets.UTF_8), lookerString(u.host(), path, params));
        params.put("signature", Base64.getEncoder().encodeToString(mac));
        StringBuilder url = new StringBuilder("https://").append(u.host()).append(path).append('?');
        String amp = "";
        for (Map.Entry<String, String> e : params.entrySet()) {
            url.append(amp).append(e.getKey()).append('=').append(uriComponent(e.getValue()));
            amp = "&";
        }
        return url.toString();
    }

    static Map<String, Object> lookerVerify(String url, String secret, long now) throws RefusedException {
        int question = url.indexOf('?');
        if (!url.startsWith("https://") || question < 0) {
            throw new RefusedException("malformed");
        }
        int slash = url.indexOf('/', 8);
        String host = url.substring(8, slash);
        String path = url.substring(slash, question);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String pair : url.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            texts.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        byte[] signature = Base64.getDecoder().decode(texts.remove("signature"));
        byte[] mac = hmac("HmacSHA1", secret.getBytes(StandardCharsets.UTF_8), lookerString(host, path, texts));
        if (!MessageDigest.isEqual(mac, signature)) {
            throw new RefusedException("signature");
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("host", host);
        claims.put("embed_url", URLDecoder.decode(path.substring("/login/embed/".length()), StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : texts.entrySet()) {
            claims.put(e.getKey(), Reader.parse(e.getValue()));
        }
        if (!(claims.get("time") instanceof Long time) || Math.abs(time - now) > 300) {
            throw new RefusedException("time");
        }
        return claims;
    }
}
