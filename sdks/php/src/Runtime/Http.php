<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * The HTTP side of exchange formats: one request over PHP streams (no
 * extension needed), the status → error-code mapping and the JSON answer.
 *
 * No message built here ever holds a secret, a token or a header value.
 */
final class Http
{
    /**
     * Refuses an empty credential, or one that would break a header line.
     *
     * @throws EmbedsealException invalid_key
     */
    public static function checkSecret(#[\SensitiveParameter] string $secret): void
    {
        if ($secret === '') {
            throw new EmbedsealException(ErrorCode::InvalidKey, 'the secret is empty');
        }
        if (strpbrk($secret, "\r\n\0") !== false) {
            throw new EmbedsealException(ErrorCode::InvalidKey, 'the secret holds a line break or NUL');
        }
    }

    /**
     * The URL checked (absolute http(s)), with its scheme and host replaced
     * by $baseUrl when one is given (tests, proxies); the path stays.
     *
     * @throws EmbedsealException invalid_input
     */
    public static function url(string $url, ?string $baseUrl): string
    {
        $origin = self::origin($url);
        if ($origin === null) {
            throw new EmbedsealException(
                ErrorCode::InvalidInput,
                'the server URL must start with https:// (or http://)',
            );
        }
        if ($baseUrl === null) {
            return $url;
        }

        return rtrim($baseUrl, '/') . substr($url, strlen($origin));
    }

    /**
     * A URL template placeholder's text.
     *
     * @throws EmbedsealException invalid_input when the value is absent
     */
    public static function part(mixed $value, string $name, bool $percent): string
    {
        if (!is_string($value)) {
            throw new EmbedsealException(ErrorCode::InvalidInput, "$name is required for the URL");
        }

        return $percent ? PercentEncoding::encode($value, PercentEncoding::UNRESERVED_SAFE) : $value;
    }

    /**
     * Sends one request; redirects are never followed.
     *
     * @param array<string, string> $headers
     *
     * @return array{int, array<string, string>, string} status, headers (lower-case names), body
     *
     * @throws EmbedsealException timeout (no answer in time) or upstream_error (none at all)
     */
    public static function send(string $method, string $url, array $headers, string $body, int $timeoutMs): array
    {
        $lines = [];
        foreach ($headers as $name => $value) {
            $lines[] = "$name: $value";
        }
        $lines[] = 'Connection: close';
        $http = [
            'method' => $method,
            'header' => implode("\r\n", $lines),
            'timeout' => $timeoutMs / 1000,
            'ignore_errors' => true,
            'follow_location' => 0,
            'max_redirects' => 1,
            'protocol_version' => 1.1,
        ];
        if ($body !== '') {
            $http['content'] = $body;
        }
        $context = stream_context_create(['http' => $http]);
        $started = hrtime(true);
        $previousTimeout = ini_set('default_socket_timeout', (string) max(1, (int) ceil($timeoutMs / 1000)));
        set_error_handler(static fn (): bool => true);
        try {
            $stream = fopen($url, 'rb', false, $context);
            $text = $stream === false ? false : stream_get_contents($stream);
            $meta = $stream === false ? null : stream_get_meta_data($stream);
            if ($stream !== false) {
                fclose($stream);
            }
        } finally {
            restore_error_handler();
            if ($previousTimeout !== false) {
                ini_set('default_socket_timeout', $previousTimeout);
            }
        }
        $elapsedMs = (hrtime(true) - $started) / 1e6;
        if ($stream === false || $text === false || ($meta['timed_out'] ?? false)) {
            if (($meta['timed_out'] ?? false) || $elapsedMs >= $timeoutMs * 0.9) {
                throw new EmbedsealException(ErrorCode::Timeout, "no answer within $timeoutMs ms");
            }
            throw new EmbedsealException(ErrorCode::UpstreamError, 'the vendor could not be reached');
        }
        $status = 0;
        $received = [];
        foreach ($meta['wrapper_data'] ?? [] as $line) {
            if (!is_string($line)) {
                continue;
            }
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', $line, $match) === 1) {
                $status = (int) $match[1];
                $received = [];
            } elseif (str_contains($line, ':')) {
                [$name, $value] = explode(':', $line, 2);
                $received[strtolower(trim($name))] = trim($value);
            }
        }
        if ($status === 0) {
            throw new EmbedsealException(ErrorCode::UpstreamError, 'the vendor sent no HTTP status');
        }

        return [$status, $received, $text];
    }

    /**
     * Raises the error of a status outside $success.
     *
     * @param list<int>             $success
     * @param array<string, string> $rules   status ("429") or class ("5xx") → error code
     * @param array<string, string> $headers lower-case names
     *
     * @throws EmbedsealException the mapped code (rate_limited carries Retry-After in seconds)
     */
    public static function checkStatus(int $status, array $headers, array $success, array $rules, int $now): void
    {
        if (in_array($status, $success, true)) {
            return;
        }
        $code = ErrorCode::tryFrom($rules[(string) $status] ?? $rules[intdiv($status, 100) . 'xx'] ?? 'bad_response')
            ?? ErrorCode::BadResponse;
        $retry = $code === ErrorCode::RateLimited ? self::retryAfter($headers['retry-after'] ?? '', $now) : null;
        throw new EmbedsealException($code, "the vendor answered HTTP $status", null, $status, $retry);
    }

    /**
     * Retry-After in seconds: delta-seconds, or an HTTP date relative to $now.
     */
    public static function retryAfter(string $text, int $now): ?int
    {
        $text = trim($text);
        if ($text === '') {
            return null;
        }
        if (ctype_digit($text)) {
            return (int) $text;
        }
        $when = \DateTimeImmutable::createFromFormat('D, d M Y H:i:s \G\M\T', $text, new \DateTimeZone('UTC'));
        if ($when === false) {
            return null;
        }

        return max(0, $when->getTimestamp() - $now);
    }

    /**
     * The JSON answer, objects as JsonObject.
     *
     * @throws EmbedsealException bad_response when the body is not JSON
     */
    public static function parse(string $body): mixed
    {
        try {
            $value = json_decode($body, false, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw new EmbedsealException(ErrorCode::BadResponse, 'the body is not JSON');
        }

        return self::toJson($value);
    }

    /**
     * The value at $path (object members from the root); $missing when absent.
     *
     * @param list<string> $path
     */
    public static function member(mixed $body, array $path, mixed $missing = null): mixed
    {
        foreach ($path as $name) {
            if (!$body instanceof JsonObject || !$body->has($name)) {
                return $missing;
            }
            $body = $body->get($name);
        }

        return $body;
    }

    /**
     * A non-empty string member.
     *
     * @param list<string> $path
     *
     * @throws EmbedsealException bad_response
     */
    public static function string(mixed $body, array $path): string
    {
        $value = self::member($body, $path);
        if (!is_string($value) || $value === '') {
            throw new EmbedsealException(ErrorCode::BadResponse, implode('.', $path) . ' is not a non-empty string');
        }

        return $value;
    }

    /**
     * A lifetime that must be a non-negative integer.
     *
     * @throws EmbedsealException bad_response
     */
    public static function lifetime(mixed $value): int
    {
        if (!is_int($value) || $value < 0) {
            throw new EmbedsealException(ErrorCode::BadResponse, "the token's lifetime is not a non-negative integer");
        }

        return $value;
    }

    /**
     * Whether a response member equals a JSON literal (objects compared by members).
     */
    public static function equals(mixed $actual, mixed $expected): bool
    {
        if ($actual instanceof JsonObject && $expected instanceof JsonObject) {
            return Json::encode($actual) === Json::encode($expected);
        }

        return $actual === $expected;
    }

    private static function origin(string $url): ?string
    {
        if (preg_match('#^https?://[^/?\#]+#', $url, $match) !== 1) {
            return null;
        }

        return $match[0];
    }

    private static function toJson(mixed $value): mixed
    {
        if ($value instanceof \stdClass) {
            $object = new JsonObject();
            foreach (get_object_vars($value) as $key => $member) {
                $object->set((string) $key, self::toJson($member));
            }

            return $object;
        }

        return is_array($value) ? array_map(self::toJson(...), $value) : $value;
    }
}
