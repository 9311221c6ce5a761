// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

package io.embedseal.tooljetpat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ToolJet personal access token (embedded apps) (ToolJet): the back end sends its secret to ToolJet
 * over HTTPS and receives a token.
 *
 * <p>Generated from {@code spec/formats/tooljet-pat.yaml}; Java 17 standard library only.
 * References:
 * https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md.
 */
public final class TooljetPat {
    private static final long MAX_SAFE = 9_007_199_254_740_991L; // 2^53 - 1
    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private TooljetPat() {}

    /** What the caller supplies to the exchange call; build one with {@link Builder}. */
    public record Input(
            String serverUrl, String email, String appId, Long sessionExpiry, Long patExpiry) {
        /** Builds an {@link Input}; a value left unset is absent. */
        public static final class Builder {
            private String serverUrl;
            private String email;
            private String appId;
            private Long sessionExpiry;
            private Long patExpiry;

            /** The ToolJet origin (https://tooljet.example.com). */
            public Builder serverUrl(String serverUrl) {
                this.serverUrl = serverUrl;
                return this;
            }

            /** The user the token acts as. */
            public Builder email(String email) {
                this.email = email;
                return this;
            }

            /** The app the token is scoped to. */
            public Builder appId(String appId) {
                this.appId = appId;
                return this;
            }

            /** How long the embedded session lasts, in minutes. Optional. */
            public Builder sessionExpiry(Long sessionExpiry) {
                this.sessionExpiry = sessionExpiry;
                return this;
            }

            /** How long the token is valid, in seconds. Optional. */
            public Builder patExpiry(Long patExpiry) {
                this.patExpiry = patExpiry;
                return this;
            }

            /** Returns the {@link Input}. */
            public Input build() {
                return new Input(serverUrl, email, appId, sessionExpiry, patExpiry);
            }
        }
    }

    /**
     * The token ToolJet issued.
     *
     * @param token the token
     * @param expiresAt when it expires (Unix seconds), or null when unknown
     * @param url the embed URL, or null
     * @param response the vendor's JSON answer
     */
    public record Result(String token, Long expiresAt, String url, Object response) {}

    /**
     * When the call happens, where it goes and how long it may take (the format's own by default).
     */
    public static final class Options {
        private Long now;
        private String baseUrl;
        private long timeoutMs = 10000;

        /** Counts expiry and Retry-After dates from {@code now}, in Unix seconds. */
        public Options now(long now) {
            this.now = now;
            return this;
        }

        /**
         * Sends to {@code scheme://host[:port]} instead of the format's server (tests, proxies).
         */
        public Options baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** Limits the whole call to {@code timeoutMs} milliseconds. */
        public Options timeoutMs(long timeoutMs) {
            this.timeoutMs = timeoutMs;
            return this;
        }

        private long now() {
            return now != null ? now : Instant.now().getEpochSecond();
        }
    }

    /** The reason the call failed; the same codes in every language of this SDK. */
    public enum ErrorCode {
        INVALID_INPUT, INVALID_KEY, INVALID_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
        RATE_LIMITED, UPSTREAM_ERROR, TIMEOUT, BAD_RESPONSE
    }

    /** Why the call failed: {@link #code()}; no message ever holds the secret or the token. */
    public static final class EmbedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final ErrorCode code;
        private final Long retryAfter;

        EmbedException(ErrorCode code, String message) {
            this(code, message, null);
        }

        EmbedException(ErrorCode code, String message, Long retryAfter) {
            super(message);
            this.code = code;
            this.retryAfter = retryAfter;
        }

        /** Returns the reason, for example {@code UNAUTHORIZED} or {@code TIMEOUT}. */
        public ErrorCode code() {
            return code;
        }

        /** Returns the seconds ToolJet asked to wait (RATE_LIMITED), or null. */
        public Long retryAfter() {
            return retryAfter;
        }
    }

    /** Exchanges the secret now, with the format's server and timeout. */
    public static Result exchange(Input input, String secret) throws EmbedException {
        return exchange(input, secret, new Options());
    }

    // --8<-- [start:exchange]
    /**
     * Exchanges the secret for a token.
     *
     * @param input the request's values
     * @param secret the ToolJet secret: The external API access token configured on the ToolJet
     *     server, sent as given after "Authorization: Basic ".
     * @param options the time, server and timeout to use
     * @return the token, its expiry, the embed URL and the vendor's answer
     * @throws EmbedException {@code INVALID_INPUT}, {@code INVALID_KEY}, or the vendor's refusal
     */
    public static Result exchange(Input input, String secret, Options options)
            throws EmbedException {
        credential(secret, "secret");
        long now = options.now();
        String serverUrl = required(input.serverUrl(), "server_url");
        String email = required(input.email(), "email");
        String appId = required(input.appId(), "appId");
        Long sessionExpiry = input.sessionExpiry() != null ? input.sessionExpiry() : 60L;
        check(sessionExpiry >= 1 && sessionExpiry <= MAX_SAFE, "sessionExpiry");
        Long patExpiry = input.patExpiry() != null ? input.patExpiry() : 3600L;
        check(patExpiry >= 1 && patExpiry <= MAX_SAFE, "patExpiry");
        StringBuilder out = new StringBuilder();
        out.append("{\"email\":");
        quote(out, email);
        out.append(",\"appId\":");
        quote(out, appId);
        out.append(",\"sessionExpiry\":");
        out.append(sessionExpiry);
        out.append(",\"patExpiry\":");
        out.append(patExpiry);
        out.append('}');
        String target = serverUrl + "/api/ext/users/personal-access-token";

        byte[] answer =
                send(
                        "POST",
                        target,
                        out.toString(),
                        options,
                        "Accept",
                        "application/json",
                        "Content-Type",
                        "application/json",
                        "Authorization",
                        "Basic " + secret);
        Object response;
        try {
            response = Json.parse(utf8(answer));
        } catch (EmbedException e) {
            throw new EmbedException(ErrorCode.BAD_RESPONSE, "the answer is not JSON");
        }
        String token = text(response, "personalAccessToken");
        String embedUrl = text(response, "redirectUrl");
        if (!((Object) patExpiry instanceof Long lifetime && lifetime >= 0)) {
            throw new EmbedException(
                    ErrorCode.BAD_RESPONSE, "the token's lifetime is not an integer");
        }
        Long expiresAt = now + lifetime;
        return new Result(token, expiresAt, embedUrl, response);
    }
    // --8<-- [end:exchange]

    private static <T> T required(T value, String name) throws EmbedException {
        if (value == null) {
            throw new EmbedException(ErrorCode.INVALID_INPUT, name + " is required");
        }
        return value;
    }

    private static void check(boolean ok, String name) throws EmbedException {
        if (!ok) {
            throw new EmbedException(ErrorCode.INVALID_INPUT, name + " is not an allowed value");
        }
    }
/** Refuses an empty credential, or one that would break a header; never echoes it. */
    private static void credential(String text, String what) throws EmbedException {
        if (text == null || text.isEmpty() || text.matches("(?s).*[\r\n\0].*")) {
            throw new EmbedException(
                    ErrorCode.INVALID_KEY, "the " + what + " is empty or not one line");
        }
    }

    /** Sends one request (redirects are not followed) and returns the body of a success. */
    private static byte[] send(
            String method, String url, String body, Options options, String... headers)
            throws EmbedException {
        String rest = url.replaceFirst("^https?://", "");
        int slash = rest.indexOf('/');
        if (rest.equals(url) || slash == 0 || rest.isEmpty()) {
            throw new EmbedException(
                    ErrorCode.INVALID_INPUT, "the server URL must start with https://");
        }
        if (options.baseUrl != null && !options.baseUrl.isEmpty()) {
            url =
                    options.baseUrl.replaceFirst("/$", "") + (
                            slash >= 0 ? rest.substring(slash) : "");
        }
        Duration timeout = Duration.ofMillis(options.timeoutMs > 0 ? options.timeoutMs : 10_000L);
        HttpResponse<byte[]> answer;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            HttpRequest.BodyPublisher publisher =
                    body == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body);
            request.headers(headers).method(method, publisher);
            answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IllegalArgumentException e) {
            throw new EmbedException(ErrorCode.INVALID_INPUT, "the request URL is not valid");
        } catch (HttpTimeoutException e) {
            throw new EmbedException(
                    ErrorCode.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            // HttpClient refuses a 204 that announces a body before any handler sees it.
            if (String.valueOf(e.getMessage()).contains("with 204 response")) {
                return status(204, null, options, new byte[0]);
            }
            throw new EmbedException(ErrorCode.UPSTREAM_ERROR, "the vendor could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbedException(ErrorCode.TIMEOUT, "interrupted while waiting");
        }
        String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
        return status(answer.statusCode(), retryAfter, options, answer.body());
    }

    /** The body of a success (200, 201), else the status's error code. */
    private static byte[] status(int status, String retryAfter, Options options, byte[] body)
            throws EmbedException {
        if (status == 200 || status == 201) {
            return body;
        }
        ErrorCode byClass =
                status / 100 == 4
                        ? ErrorCode.INVALID_REQUEST
                        : status / 100 == 5 ? ErrorCode.UPSTREAM_ERROR : ErrorCode.BAD_RESPONSE;
        ErrorCode code =
                switch (status) {
                    case 400 -> ErrorCode.INVALID_REQUEST;
                    case 401 -> ErrorCode.UNAUTHORIZED;
                    case 403 -> ErrorCode.FORBIDDEN;
                    case 404 -> ErrorCode.NOT_FOUND;
                    case 429 -> ErrorCode.RATE_LIMITED;
                    default -> byClass;
                };
        Long wait = code == ErrorCode.RATE_LIMITED ? retryAfter(retryAfter, options.now()) : null;
        throw new EmbedException(code, "the vendor answered HTTP " + status, wait);
    }

    /** Retry-After as seconds: delta-seconds, or an HTTP date from {@code now}; else null. */
    private static Long retryAfter(String header, long now) {
        String text = header == null ? "" : header.strip();
        try {
            if (text.matches("[0-9]+")) {
                return Long.parseLong(text);
            }
            long when =
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
            return Math.max(0L, when - now);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /** The member at {@code path} of the parsed answer, or {@link #MISSING}. */
    private static Object member(Object json, String... path) {
        for (String name : path) {
            if (!(json instanceof Map<?, ?> object) || !object.containsKey(name)) {
                return MISSING;
            }
            json = object.get(name);
        }
        return json;
    }

    /** A member that is absent (told apart from JSON null). */
    private static final Object MISSING = new Object();

    /** The non-empty string at {@code path}, or BAD_RESPONSE. */
    private static String text(Object json, String... path) throws EmbedException {
        if (member(json, path) instanceof String text && !text.isEmpty()) {
            return text;
        }
        throw new EmbedException(
                ErrorCode.BAD_RESPONSE, String.join(".", path) + " is not a string");
    }

    /** Appends {@code text} as a JSON string; a lone surrogate is refused. */
    private static StringBuilder quote(StringBuilder out, String text) throws EmbedException {
        out.append('"');
        int done = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                continue;
            }
            out.append(text, done, i);
            done = i + 1;
            int escape = "\"\\\b\f\n\r\t".indexOf(c);
            boolean pair = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (escape >= 0) {
                out.append('\\').append("\"\\bfnrt".charAt(escape));
            } else if (Character.isHighSurrogate(c) && pair) {
                out.append(c).append(text.charAt(++i));
                done = i + 1;
            } else if (Character.isSurrogate(c)) {
                throw new EmbedException(
                        ErrorCode.INVALID_INPUT, "a string holds a lone surrogate");
            } else {
                out.append("\\u").append(Integer.toHexString(c | 0x10000), 1, 5);
            }
        }
        return out.append(text, done, text.length()).append('"');
    }

    /** A strict JSON reader: integers within ±(2^53 - 1) only, no duplicate keys, 64 levels. */
    private static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) throws EmbedException {
            Json json = new Json(text);
            try {
                Object value = json.value(1);
                expect(json.space() == text.length(), "data after the value");
                return value;
            } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
                throw new EmbedException(
                        ErrorCode.BAD_RESPONSE, "not strict JSON: " + e.getMessage());
            }
        }

        private Object value(int depth) {
            char c = text.charAt(space());
            if (c == '{' || c == '[') {
                expect(depth <= 64, "nesting deeper than 64");
                at++;
                Map<String, Object> object = c == '{' ? new LinkedHashMap<>() : null;
                List<Object> array = c == '[' ? new ArrayList<>() : null;
                char close = c == '{' ? '}' : ']';
                if (!eat(close)) {
                    do {
                        if (c == '[') {
                            array.add(value(depth + 1));
                            continue;
                        }
                        expect(eat('"'), "a key must be a string");
                        String key = string();
                        expect(!object.containsKey(key) && eat(':'), "a duplicate key or no ':'");
                        object.put(key, value(depth + 1));
                    } while (eat(','));
                    expect(eat(close), "no ',' or closing bracket");
                }
                return c == '{' ? object : array;
            }
            if (text.startsWith("true", at)
                    || text.startsWith("false", at)
                    || text.startsWith("null", at)) {
                at += c == 'f' ? 5 : 4;
                return c == 'n' ? null : c == 't';
            }
            if (eat('"')) {
                return string();
            }
            int start = at;
            at += c == '-' ? 1 : 0;
            int digits = at;
            while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
                at++;
            }
            String number = text.substring(start, at);
            boolean digitsOk = at > digits && (text.charAt(digits) != '0' || at == digits + 1);
            expect(
                    digitsOk && at - digits <= 16 && !number.equals("-0"),
                    "not a canonical integer");
            long value = Long.parseLong(number);
            expect(value >= -MAX_SAFE && value <= MAX_SAFE, "an integer beyond 2^53 - 1");
            return value;
        }

        private String string() {
            // Most strings hold no escape: taken whole with one substring, no StringBuilder.
            for (int end = at; end < text.length(); end++) {
                char c = text.charAt(end);
                if (c == '"') {
                    String plain = text.substring(at, end);
                    at = end + 1;
                    return plain;
                }
                if (c == '\\' || c < ' ') {
                    break; // an escape, or a control character the loop below refuses
                }
            }
            StringBuilder out = new StringBuilder();
            boolean escaped = false; // only an escape can make a lone surrogate
            for (char c = text.charAt(at++); c != '"'; c = text.charAt(at++)) {
                expect(c >= ' ', "a control character in a string");
                if (c == '\\') {
                    c = text.charAt(at++);
                    int escape = "\"\\/bfnrt".indexOf(c);
                    if (c == 'u') {
                        escaped = true;
                        c = (char) HexFormat.fromHexDigits(text, at, at + 4);
                        at += 4;
                    } else {
                        expect(escape >= 0, "an invalid escape");
                        c = "\"\\/\b\f\n\r\t".charAt(escape);
                    }
                }
                out.append(c);
            }
            expect(!escaped || unicode(out), "a lone surrogate");
            return out.toString();
        }

        private int space() {
            while (at < text.length() && " \t\n\r".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return at;
        }

        private boolean eat(char c) {
            boolean found = space() < text.length() && text.charAt(at) == c;
            at += found ? 1 : 0;
            return found;
        }

        private static void expect(boolean ok, String problem) {
            if (!ok) {
                throw new IllegalArgumentException(problem);
            }
        }
    }

    /**
     * The ASCII characters {@link #percent(String)} leaves as they are, by code: a table, as the
     * scan runs over every char of every token (half the time of testing char by char).
     */
    private static final boolean[] STAYS = new boolean[128];

    static {
        String stays = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" + "-_.~";
        stays.chars().forEach(c -> STAYS[c] = true);
    }

    /**
     * Percent-encodes text's UTF-8 bytes: letters, digits and {@code -_.~} stay, a space is {@code
     * %20}.
     */
    private static String percent(String text) {
        // Tokens and most ids need no escape: hand them back without URLEncoder's copies.
        int kept = 0;
        for (int n = text.length(); kept < n; kept++) {
            char c = text.charAt(kept);
            if (c >= STAYS.length || !STAYS[c]) {
                break;
            }
        }
        if (kept == text.length()) {
            return text;
        }
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("*", "%2A")
                .replace("+", "%20")
                .replace("%7E", "~");
    }

    /**
     * Whether {@code text} is Unicode text: no lone surrogate, which UTF-8 cannot encode. A loop
     * over the chars, as CharsetEncoder.canEncode would allocate an encoder and encode it all.
     */
    private static boolean unicode(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one supplementary code point
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] bytes) throws EmbedException {
        // new String() is the JDK's fast decoder, but it puts U+FFFD for bytes that are not
        // UTF-8: with none in the text the bytes were UTF-8; with one, the strict decoder decides.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EmbedException(ErrorCode.BAD_RESPONSE, "not UTF-8");
        }
    }
}

