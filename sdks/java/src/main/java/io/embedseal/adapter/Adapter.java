// Code generated from spec/formats/ — do not edit.

package io.embedseal.adapter;

import io.embedseal.boldbiembedauthorize.BoldbiEmbedAuthorize;
import io.embedseal.boldbiembedurl.BoldbiEmbedUrl;
import io.embedseal.embedsealv1.EmbedsealV1;
import io.embedseal.lookersignedurl.LookerSignedUrl;
import io.embedseal.metabaseembed.MetabaseEmbed;
import io.embedseal.papermapiframe.PapermapIframe;
import io.embedseal.runtime.EmbedsealException;
import io.embedseal.runtime.ErrorCode;
import io.embedseal.runtime.HttpExchange;
import io.embedseal.runtime.Json;
import io.embedseal.runtime.JsonProfile;
import io.embedseal.runtime.JsonValues;
import io.embedseal.runtime.RandomSource;
import io.embedseal.runtime.SecretEncoding;
import io.embedseal.runtime.Secrets;
import io.embedseal.semaphortoken.SemaphorToken;
import io.embedseal.tinybirdjwt.TinybirdJwt;
import io.embedseal.tooljetpat.TooljetPat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conformance adapter: reads one JSON request per line on stdin and writes one JSON answer
 * per line on stdout, for the shared vector runner (tests/test_generated_sdks.py).
 */
public final class Adapter {
    /** The protocol version this adapter speaks (conformance/protocol/). */
    private static final long PROTOCOL = 1L;

    /** Every format this SDK implements. */
    private static final List<Object> FORMATS =
            List.of(
                    "boldbi-embed-url",
                    "embedseal-v1",
                    "looker-signed-url",
                    "metabase-embed",
                    "papermap-iframe",
                    "tinybird-jwt",
                    "boldbi-embed-authorize",
                    "semaphor-token",
                    "tooljet-pat");

    private Adapter() {}

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
                Object document = new LenientJson(line).document();
                Map<String, Object> request = JsonValues.object(document, "request", null);
                answer.put("id", request.get("id"));
                if ("stop".equals(request.get("op"))) {
                    return;
                }
                if ("start".equals(request.get("op"))) {
                    answer.putAll(hello(request));
                } else {
                    answer.put("ok", true);
                    answer.putAll(handle(request));
                }
            } catch (EmbedsealException e) {
                answer.put("ok", false);
                answer.put("error", e.code().wireName());
                if (e.retryAfter() != null) {
                    answer.put("retry_after", e.retryAfter());
                }
            } catch (RuntimeException e) {
                answer.put("ok", false);
                answer.put("error", "adapter_error");
                answer.put("detail", String.valueOf(e));
            }
            out.println(write(answer));
        }
    }

    /** The answer to the protocol handshake {@code {"op": "start", "protocol": 1}}. */
    private static Map<String, Object> hello(Map<String, Object> request) {
        Map<String, Object> out = new LinkedHashMap<>();
        Object protocol = request.get("protocol");
        if (!(protocol instanceof Number number) || number.longValue() != PROTOCOL) {
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
        out.put("operations", List.of("sign", "verify", "exchange", "revoke"));
        return out;
    }

    /** Writes the answer member by member, so claims may nest as deep as the SDK accepts. */
    private static String write(Map<String, Object> answer) {
        StringBuilder out = new StringBuilder("{");
        try {
            for (Map.Entry<String, Object> member : answer.entrySet()) {
                out.append(out.length() > 1 ? "," : "");
                out.append(Json.encode(member.getKey(), JsonProfile.COMPACT)).append(':');
                out.append(Json.encode(member.getValue(), JsonProfile.COMPACT));
            }
        } catch (EmbedsealException e) {
            return "{\"ok\":false,\"error\":\"adapter_error\",\"detail\":\"unwritable answer\"}";
        }
        return out.append('}').toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> handle(Map<String, Object> request)
            throws EmbedsealException {
        String format = (String) request.get("format");
        String op = (String) request.get("op");
        if (op.equals("exchange") || op.equals("revoke")) {
            return exchange(request);
        }
        String secret = (String) request.get("secret");
        long now = ((Number) request.get("now")).longValue();
        boolean sign = op.equals("sign");
        Map<String, Object> fields = sign ? (Map<String, Object>) request.get("fields") : Map.of();
        String token = sign ? "" : (String) request.get("token");
        String randomHex = (String) request.getOrDefault("random", "");
        RandomSource random = RandomSource.fixed(HexFormat.of().parseHex(randomHex));
        Map<String, Object> out = new LinkedHashMap<>();
        switch (format) {
            case "boldbi-embed-url" -> {
                if (!sign) {
                    out.put("claims", BoldbiEmbedUrl.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("utf8");
                Secrets.decode(secret, encoding, 1);
                BoldbiEmbedUrl.Input input = BoldbiEmbedUrl.inputFromJson(fields);
                BoldbiEmbedUrl.Signed signed = BoldbiEmbedUrl.sign(input, secret, now, random);
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("url", signed.url());
                response.put("signature", signed.signature());
                out.put("response", response);
                return out;
            }
            case "embedseal-v1" -> {
                if (!sign) {
                    out.put("claims", EmbedsealV1.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("base64url");
                Secrets.decode(secret, encoding, 32);
                EmbedsealV1.Input input = EmbedsealV1.inputFromJson(fields);
                EmbedsealV1.Signed signed = EmbedsealV1.sign(input, secret, now, random);
                out.put("token", signed.token());
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("token", signed.token());
                response.put("url", signed.url());
                if (signed.expiresAt() != null) {
                    response.put("expires_at", signed.expiresAt());
                }
                out.put("response", response);
                return out;
            }
            case "looker-signed-url" -> {
                if (!sign) {
                    out.put("claims", LookerSignedUrl.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("utf8");
                Secrets.decode(secret, encoding, 1);
                LookerSignedUrl.Input input = LookerSignedUrl.inputFromJson(fields);
                LookerSignedUrl.Signed signed = LookerSignedUrl.sign(input, secret, now, random);
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("url", signed.url());
                out.put("response", response);
                return out;
            }
            case "metabase-embed" -> {
                if (!sign) {
                    out.put("claims", MetabaseEmbed.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("utf8");
                Secrets.decode(secret, encoding, 1);
                MetabaseEmbed.Input input = MetabaseEmbed.inputFromJson(fields);
                MetabaseEmbed.Signed signed = MetabaseEmbed.sign(input, secret, now, random);
                out.put("token", signed.token());
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("token", signed.token());
                response.put("url", signed.url());
                if (signed.expiresAt() != null) {
                    response.put("expires_at", signed.expiresAt());
                }
                out.put("response", response);
                return out;
            }
            case "papermap-iframe" -> {
                if (!sign) {
                    out.put("claims", PapermapIframe.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("utf8");
                Secrets.decode(secret, encoding, 1);
                PapermapIframe.Input input = PapermapIframe.inputFromJson(fields);
                PapermapIframe.Signed signed = PapermapIframe.sign(input, secret, now, random);
                out.put("token", signed.token());
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("token", signed.token());
                if (signed.dashboardId() != null) {
                    response.put("dashboard_id", signed.dashboardId());
                }
                if (signed.expiresAt() != null) {
                    response.put("expires_at", signed.expiresAt());
                }
                out.put("response", response);
                return out;
            }
            case "tinybird-jwt" -> {
                if (!sign) {
                    out.put("claims", TinybirdJwt.verify(token, secret, now).toJson());
                    return out;
                }
                // The key is checked before the inputs, as the reference does.
                SecretEncoding encoding = SecretEncoding.fromWireName("utf8");
                Secrets.decode(secret, encoding, 1);
                TinybirdJwt.Input input = TinybirdJwt.inputFromJson(fields);
                TinybirdJwt.Signed signed = TinybirdJwt.sign(input, secret, now, random);
                out.put("token", signed.token());
                out.put("url", signed.url());
                out.put("signature", signed.signature());
                Map<String, Object> response = new LinkedHashMap<>();
                response.put("token", signed.token());
                if (signed.expiresAt() != null) {
                    response.put("expires_at", signed.expiresAt());
                }
                out.put("response", response);
                return out;
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
        }
    }

    /** The exchange and revoke operations: the generated HTTP call against {@code base_url}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> exchange(Map<String, Object> request)
            throws EmbedsealException {
        String format = (String) request.get("format");
        boolean revoke = "revoke".equals(request.get("op"));
        String secret = (String) request.getOrDefault("secret", "");
        Object nowValue = request.get("now");
        long now =
                nowValue instanceof Number number
                        ? number.longValue()
                        : System.currentTimeMillis() / 1000L;
        Object fieldsValue = request.get("fields");
        Map<String, Object> fields =
                fieldsValue == null ? Map.of() : (Map<String, Object>) fieldsValue;
        String token = (String) request.getOrDefault("token", "");
        String baseUrl = (String) request.get("base_url");
        Object timeoutValue = request.get("timeout_ms");
        Map<String, Object> out = new LinkedHashMap<>();
        switch (format) {
            case "boldbi-embed-authorize" -> {
                long timeoutMs = BoldbiEmbedAuthorize.TIMEOUT_MS;
                if (timeoutValue instanceof Number number) {
                    timeoutMs = number.longValue();
                }
                if (revoke) {
                    throw new EmbedsealException(ErrorCode.INVALID_INPUT, "no revocation call");
                }
                BoldbiEmbedAuthorize.Input input;
                try {
                    input = BoldbiEmbedAuthorize.inputFromJson(fields);
                } catch (EmbedsealException e) {
                    // The secret is checked before the inputs, as the reference does.
                    HttpExchange.checkCredential(secret, "secret");
                    throw e;
                }
                BoldbiEmbedAuthorize.Result result =
                        BoldbiEmbedAuthorize.exchange(input, secret, now, baseUrl, timeoutMs);
                out.put("result", result.toJson());
                return out;
            }
            case "semaphor-token" -> {
                long timeoutMs = SemaphorToken.TIMEOUT_MS;
                if (timeoutValue instanceof Number number) {
                    timeoutMs = number.longValue();
                }
                if (revoke) {
                    SemaphorToken.RevokeInput input = SemaphorToken.revokeInputFromJson(fields);
                    SemaphorToken.revoke(input, token, now, baseUrl, timeoutMs);
                    return out;
                }
                SemaphorToken.Input input;
                try {
                    input = SemaphorToken.inputFromJson(fields);
                } catch (EmbedsealException e) {
                    // The secret is checked before the inputs, as the reference does.
                    HttpExchange.checkCredential(secret, "secret");
                    throw e;
                }
                SemaphorToken.Result result =
                        SemaphorToken.exchange(input, secret, now, baseUrl, timeoutMs);
                out.put("result", result.toJson());
                return out;
            }
            case "tooljet-pat" -> {
                long timeoutMs = TooljetPat.TIMEOUT_MS;
                if (timeoutValue instanceof Number number) {
                    timeoutMs = number.longValue();
                }
                if (revoke) {
                    throw new EmbedsealException(ErrorCode.INVALID_INPUT, "no revocation call");
                }
                TooljetPat.Input input;
                try {
                    input = TooljetPat.inputFromJson(fields);
                } catch (EmbedsealException e) {
                    // The secret is checked before the inputs, as the reference does.
                    HttpExchange.checkCredential(secret, "secret");
                    throw e;
                }
                TooljetPat.Result result =
                        TooljetPat.exchange(input, secret, now, baseUrl, timeoutMs);
                out.put("result", result.toJson());
                return out;
            }
            default -> throw new IllegalArgumentException("unknown format " + format);
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
