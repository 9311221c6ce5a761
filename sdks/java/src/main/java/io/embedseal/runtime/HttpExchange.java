// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The HTTP side of exchange formats: one round trip with {@link HttpClient}, the status mapped
 * to the shared error codes, and the vendor's JSON answer read by path.
 *
 * <p>No message of an exception thrown here holds a secret or a token.
 */
public final class HttpExchange {
    /** The timeout used when a format names none, in milliseconds. */
    public static final long DEFAULT_TIMEOUT_MS = 10_000L;

    /** Where a status a format does not list goes; 4xx and 5xx by class. */
    private static final Map<String, ErrorCode> DEFAULT_ERRORS =
            Map.of(
                    "400", ErrorCode.INVALID_REQUEST,
                    "401", ErrorCode.UNAUTHORIZED,
                    "403", ErrorCode.FORBIDDEN,
                    "404", ErrorCode.NOT_FOUND,
                    "429", ErrorCode.RATE_LIMITED,
                    "4xx", ErrorCode.INVALID_REQUEST,
                    "5xx", ErrorCode.UPSTREAM_ERROR);

    /** One client for every call: HTTP/1.1, redirects never followed. */
    private static final HttpClient CLIENT =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    /** A member that is not there (distinct from JSON null). */
    private static final Object MISSING = new Object();

    private HttpExchange() {}

    /**
     * What came back from the vendor.
     *
     * @param status the HTTP status
     * @param retryAfterHeader the Retry-After header, or null
     * @param body the body bytes
     */
    public record Answer(int status, String retryAfterHeader, byte[] body) {}

    /**
     * Refuses an empty credential, or one that would break a header.
     *
     * @param text the secret or token
     * @param what "secret" or "token", for the message
     * @throws EmbedsealException {@link ErrorCode#INVALID_KEY}; the value is never echoed
     */
    public static void checkCredential(String text, String what) throws EmbedsealException {
        if (text == null || text.isEmpty()) {
            throw new EmbedsealException(ErrorCode.INVALID_KEY, "the " + what + " is empty");
        }
        if (text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\0') >= 0) {
            throw new EmbedsealException(
                    ErrorCode.INVALID_KEY, "the " + what + " holds a line break or NUL");
        }
    }

    /**
     * Returns a field's text for a URL template, refusing an absent value.
     *
     * @param value the field's value
     * @param name the field's wire name
     * @return the text
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} when the value is not a string
     */
    public static String urlText(Object value, String name) throws EmbedsealException {
        if (!(value instanceof String text)) {
            throw new EmbedsealException(
                    ErrorCode.INVALID_INPUT, name + " is required for the URL");
        }
        return text;
    }

    /**
     * Percent-encodes a template value: RFC 3986 unreserved characters kept, space as %20.
     *
     * @param text the text
     * @return the encoded text
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} for an unpaired surrogate
     */
    public static String percent(String text) throws EmbedsealException {
        return PercentEncoding.encode(text, "-_.~", "%20");
    }

    /**
     * Checks a rendered call URL and moves it to {@code baseUrl} when one is given.
     *
     * @param url the URL from the format's template
     * @param baseUrl scheme://host[:port] replacing the URL's own, or null
     * @return the URL to send to
     * @throws EmbedsealException {@link ErrorCode#INVALID_INPUT} unless the URL is absolute http(s)
     */
    public static String callUrl(String url, String baseUrl) throws EmbedsealException {
        String rest;
        if (url.startsWith("https://")) {
            rest = url.substring("https://".length());
        } else if (url.startsWith("http://")) {
            rest = url.substring("http://".length());
        } else {
            rest = "";
        }
        int slash = rest.indexOf('/');
        String host = slash >= 0 ? rest.substring(0, slash) : rest;
        if (host.isEmpty()) {
            throw new EmbedsealException(
                    ErrorCode.INVALID_INPUT,
                    "the server URL must start with https:// (or http://)");
        }
        if (baseUrl == null || baseUrl.isEmpty()) {
            return url;
        }
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + (slash >= 0 ? rest.substring(slash) : "");
    }

    /**
     * Sends one request. Redirects are never followed; the answer is returned as it is.
     *
     * @param method the HTTP method
     * @param url the absolute URL
     * @param headers name, value, name, value, …
     * @param body the body, or null for none
     * @param timeoutMs the limit for the whole round trip
     * @return the status, Retry-After and body
     * @throws EmbedsealException {@link ErrorCode#TIMEOUT} when no answer came in time, {@link
     *     ErrorCode#UPSTREAM_ERROR} when none came at all
     */
    public static Answer send(
            String method, String url, List<String> headers, byte[] body, long timeoutMs)
            throws EmbedsealException {
        Duration timeout = Duration.ofMillis(timeoutMs > 0 ? timeoutMs : DEFAULT_TIMEOUT_MS);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        } catch (IllegalArgumentException e) {
            throw new EmbedsealException(ErrorCode.INVALID_INPUT, "the request URL is not valid");
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.header(headers.get(i), headers.get(i + 1));
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> response =
                    CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Retry-After").orElse(null),
                    response.body());
        } catch (HttpTimeoutException e) {
            throw new EmbedsealException(
                    ErrorCode.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            // HttpClient refuses a 204 that announces content before any handler sees it; it is
            // still an answer, with status 204 and no usable body.
            if (String.valueOf(e.getMessage()).contains("with 204 response")) {
                return new Answer(204, null, new byte[0]);
            }
            throw new EmbedsealException(
                    ErrorCode.UPSTREAM_ERROR, "the vendor could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbedsealException(ErrorCode.TIMEOUT, "interrupted while waiting");
        }
    }

    /**
     * Throws the format's error for a status outside {@code success}.
     *
     * @param answer the vendor's answer
     * @param success the statuses that carry a token
     * @param rules the format's own status rules ("429", "5xx" → wire name of the code)
     * @param now the current Unix time, for Retry-After dates
     * @throws EmbedsealException the mapped code, with the status and Retry-After
     */
    public static void checkStatus(
            Answer answer, List<Integer> success, Map<String, String> rules, long now)
            throws EmbedsealException {
        int status = answer.status();
        if (success.contains(status)) {
            return;
        }
        ErrorCode code = ErrorCode.BAD_RESPONSE;
        for (String key : List.of(String.valueOf(status), (status / 100) + "xx")) {
            if (rules.containsKey(key)) {
                code = byWireName(rules.get(key));
                break;
            }
            if (DEFAULT_ERRORS.containsKey(key)) {
                code = DEFAULT_ERRORS.get(key);
                break;
            }
        }
        Long retry =
                code == ErrorCode.RATE_LIMITED ? retryAfter(answer.retryAfterHeader(), now) : null;
        throw new EmbedsealException(code, "the vendor answered HTTP " + status, status, retry);
    }

    private static ErrorCode byWireName(String name) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.wireName().equals(name)) {
                return code;
            }
        }
        return ErrorCode.BAD_RESPONSE;
    }

    /**
     * Reads Retry-After: delta-seconds, or an HTTP date relative to {@code now}.
     *
     * @param header the header's value, or null
     * @param now the current Unix time
     * @return seconds (never negative), or null when absent or unreadable
     */
    public static Long retryAfter(String header, long now) {
        if (header == null) {
            return null;
        }
        String text = header.strip();
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            long when =
                    ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toEpochSecond();
            return Math.max(0L, when - now);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Parses the vendor's answer.
     *
     * @param body the body bytes
     * @return the JSON value
     * @throws EmbedsealException {@link ErrorCode#BAD_RESPONSE} when the body is not JSON
     */
    public static Object parse(byte[] body) throws EmbedsealException {
        try {
            return Json.parse(body);
        } catch (EmbedsealException e) {
            throw new EmbedsealException(ErrorCode.BAD_RESPONSE, "the body is not JSON");
        }
    }

    /**
     * Checks that the member at {@code path} equals {@code expected}.
     *
     * @param body the parsed answer
     * @param expected the JSON value it must hold
     * @param path member names from the root
     * @throws EmbedsealException {@link ErrorCode#BAD_RESPONSE} when it does not
     */
    public static void require(Object body, Object expected, String... path)
            throws EmbedsealException {
        if (!Objects.equals(member(body, path), expected)) {
            throw new EmbedsealException(
                    ErrorCode.BAD_RESPONSE, String.join(".", path) + " is not as required");
        }
    }

    /**
     * Returns the non-empty string at {@code path}.
     *
     * @param body the parsed answer
     * @param path member names from the root
     * @return the string
     * @throws EmbedsealException {@link ErrorCode#BAD_RESPONSE} when it is absent, empty or not a
     *     string
     */
    public static String string(Object body, String... path) throws EmbedsealException {
        if (member(body, path) instanceof String text && !text.isEmpty()) {
            return text;
        }
        throw new EmbedsealException(
                ErrorCode.BAD_RESPONSE, String.join(".", path) + " is not a non-empty string");
    }

    /**
     * Returns a token lifetime: a non-negative integer.
     *
     * @param value the value from the answer or the request
     * @return the value
     * @throws EmbedsealException {@link ErrorCode#BAD_RESPONSE} otherwise
     */
    public static long lifetime(Object value) throws EmbedsealException {
        if (value instanceof Long n && n >= 0) {
            return n;
        }
        throw new EmbedsealException(
                ErrorCode.BAD_RESPONSE, "the token's lifetime is not a non-negative integer");
    }

    /**
     * Returns the value at {@code path} (object members from the root), or a private marker.
     *
     * @param body the parsed answer
     * @param path member names from the root
     * @return the value, possibly null (JSON null); an unknown object when absent
     */
    public static Object member(Object body, String... path) {
        Object value = body;
        for (String name : path) {
            if (!(value instanceof Map<?, ?> object) || !object.containsKey(name)) {
                return MISSING;
            }
            value = object.get(name);
        }
        return value;
    }
}
