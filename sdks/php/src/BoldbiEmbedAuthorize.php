<?php

// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Bold BI embed token (v14.1 and later) (Bold BI): the back end sends its secret to Bold BI over HTTPS and receives
 * a token.
 *
 * Self-contained: PHP 8.1+ with its bundled json and pcre only (HTTP through PHP's stream wrapper;
 * https needs openssl). Errors: {@see BoldbiEmbedAuthorizeException}.
 *
 * @see https://help.boldbi.com/embedding-options/embedding-sdk/token-generation/
 */
final class BoldbiEmbedAuthorize
{
    /** The request's timeout when the caller names none, in milliseconds. */
    public const TIMEOUT_MS = 10000;

    /** The inputs exchange() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = ['serverurl' => true, 'siteidentifier' => true, 'email' => true, 'dashboard' => true];

    // --8<-- [start:exchange]
    /**
     * Trades the secret for a token.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - serverurl: Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in the URL and the body.
     * - siteidentifier: The site (tenant) identifier (site/site1); in the URL and the body.
     * - email: The viewer's email; the user must exist in Bold BI with access to the dashboard.
     * - dashboard: The dashboard; mandatory on Bold BI 14.1.11 only.
     *
     * @param array{
     *     serverurl: string, siteidentifier: string, email: string, dashboard?: array{id: string}|\stdClass
     * } $input
     * @param string $secret The embed secret from Bold BI's embed settings; sent in the body as embedsecret.
     * @param int|null $now Unix time in seconds, for expires_at; the system clock when null.
     * @param string|null $baseUrl Replaces the URL's scheme and host (tests, proxies); the path stays.
     * @param int|null $timeoutMs The timeout; TIMEOUT_MS when null.
     *
     * @return array{token: string, expires_at: int|null, url: string|null, response: mixed}
     *
     * @throws BoldbiEmbedAuthorizeException invalid_input, invalid_key, invalid_request, unauthorized, forbidden,
     *     not_found, rate_limited (with retryAfter), upstream_error, timeout or bad_response
     */
    public static function exchange(
        array $input,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
        ?string $baseUrl = null,
        ?int $timeoutMs = null,
    ): array {
        self::credential($secret);
        $now ??= time();
        $input = in_array(null, $input, true) ? array_filter($input, static fn (mixed $v) => $v !== null) : $input;
        $unknown = array_diff_key($input, self::INPUTS);
        if ($unknown !== []) {
            throw new BoldbiEmbedAuthorizeException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $values = self::checkInputs($input, 'invalid_input');
        $body = array_filter([
            'serverurl' => $values['serverurl'],
            'siteidentifier' => $values['siteidentifier'],
            'email' => $values['email'],
            'embedsecret' => $secret,
            'dashboard' => $values['dashboard'] ?? null,
        ], static fn (mixed $value): bool => $value !== null);
        $headers = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
        $url = self::url($values['serverurl'] . '/api/' . $values['siteidentifier'] . '/embed/authorize', $baseUrl);
        $answer = self::send('POST', $url, $headers, self::json((object) $body), $timeoutMs, $now);
        if (self::member($answer, ['ApiStatus']) !== true) {
            throw new BoldbiEmbedAuthorizeException('bad_response', 'ApiStatus does not hold its expected value');
        }
        $token = self::text($answer, ['Data', 'access_token']);
        $lifetime = self::member($answer, ['Data', 'expires_in']);
        if (!is_int($lifetime) || $lifetime < 0) {
            throw new BoldbiEmbedAuthorizeException('bad_response', 'the lifetime is not a non-negative integer');
        }

        return [
            'token' => $token,
            'expires_at' => $now + $lifetime,
            'url' => null,
            'response' => $answer,
        ];
    }
    // --8<-- [end:exchange]

    /** The inputs, checked in declared order (invalid_input). */
    private static function checkInputs(array $c, string $code): array
    {
        $claims = [
            'serverurl' => self::string($c, 'serverurl', $code),
            'siteidentifier' => self::string($c, 'siteidentifier', $code),
            'email' => self::string($c, 'email', $code),
        ];
        if (array_key_exists('dashboard', $c)) {
            $claims['dashboard'] = self::checkDashboard($c, 'dashboard', $code);
        }

        return $claims;
    }

    /** $c[$name] as a Dashboard object, checked; its members in declared order. */
    private static function checkDashboard(array $c, int|string $name, string $code, ?string $at = null): \stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!self::isObject($value)) {
            throw new BoldbiEmbedAuthorizeException($code, "$at: expected an object");
        }
        $c = (array) $value;
        $unknown = array_diff_key($c, ['id' => 0]);
        if ($code === 'invalid_input' && $unknown !== []) {
            throw new BoldbiEmbedAuthorizeException($code, "$at: unknown member " . array_key_first($unknown));
        }

        return (object) ['id' => self::string($c, 'id', $code, $at . '.id')];
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new BoldbiEmbedAuthorizeException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new BoldbiEmbedAuthorizeException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        return $value;
    }

    /** Whether $value is a JSON object: a \stdClass, or an array that is not a list ([] is a list). */
    private static function isObject(mixed $value): bool
    {
        return $value instanceof \stdClass || (is_array($value) && !array_is_list($value));
    }

    /** JSON text as this format writes it: compact, UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new BoldbiEmbedAuthorizeException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        return $json;
    }

    /**
     * Refuses an empty credential, or one that would break a header line (never echoing it).
     *
     * @throws BoldbiEmbedAuthorizeException invalid_key
     */
    private static function credential(#[\SensitiveParameter] string $credential): void
    {
        if ($credential === '' || strpbrk($credential, "\r\n\0") !== false) {
            throw new BoldbiEmbedAuthorizeException('invalid_key', 'empty, or with a line break or NUL');
        }
    }

    /**
     * The URL, which must be absolute http(s), with its scheme and host replaced by $baseUrl if given.
     *
     * @throws BoldbiEmbedAuthorizeException invalid_input
     */
    private static function url(string $url, ?string $baseUrl): string
    {
        if (preg_match('#\Ahttps?://[^/?\#]+#', $url, $origin) !== 1) {
            throw new BoldbiEmbedAuthorizeException('invalid_input', 'the URL must start with https:// (or http://)');
        }
        return $baseUrl === null ? $url : rtrim($baseUrl, '/') . substr($url, strlen($origin[0]));
    }

    /**
     * Sends one request (redirects are not followed) and returns the JSON answer of a success.
     *
     * @param array<string, string> $headers
     *
     * @throws BoldbiEmbedAuthorizeException timeout, upstream_error, bad_response, or the error its status maps to
     */
    private static function send(
        string $method,
        string $url,
        array $headers,
        string $body,
        ?int $timeoutMs,
        int $now,
    ): mixed {
        $timeoutMs ??= self::TIMEOUT_MS;
        $lines = [];
        foreach ($headers + ['Connection' => 'close'] as $name => $value) {
            $lines[] = "$name: $value";
        }
        $http = [
            'method' => $method,
            'header' => implode("\r\n", $lines),
            'timeout' => $timeoutMs / 1000,
            'ignore_errors' => true,
            'follow_location' => 0,
            'protocol_version' => 1.1,
        ];
        if ($body !== '') {
            $http['content'] = $body;
        }
        $started = hrtime(true);
        $previous = ini_set('default_socket_timeout', (string) max(1, (int) ceil($timeoutMs / 1000)));
        set_error_handler(static fn (): bool => true); // failures are reported below, without the URL
        try {
            $stream = fopen($url, 'rb', false, stream_context_create(['http' => $http]));
            $text = $stream === false ? false : stream_get_contents($stream);
            $meta = $stream === false ? [] : stream_get_meta_data($stream);
            if ($stream !== false) {
                fclose($stream);
            }
        } finally {
            restore_error_handler();
            if ($previous !== false) {
                ini_set('default_socket_timeout', $previous);
            }
        }
        if ($text === false || ($meta['timed_out'] ?? false)) {
            if (($meta['timed_out'] ?? false) || (hrtime(true) - $started) / 1e6 >= $timeoutMs * 0.9) {
                throw new BoldbiEmbedAuthorizeException('timeout', "no answer within $timeoutMs ms");
            }
            throw new BoldbiEmbedAuthorizeException('upstream_error', 'the vendor could not be reached');
        }
        $status = 0;
        $received = [];
        foreach ($meta['wrapper_data'] ?? [] as $line) {
            if (preg_match('#^HTTP/\S+\s+(\d{3})#', (string) $line, $match) === 1) {
                [$status, $received] = [(int) $match[1], []];
            } elseif (str_contains((string) $line, ':')) {
                [$name, $value] = explode(':', (string) $line, 2);
                $received[strtolower(trim($name))] = trim($value);
            }
        }
        if (!in_array($status, [200], true)) {
            $code = match (true) {
                $status === 400 => 'invalid_request',
                $status === 401 => 'unauthorized',
                $status === 403 => 'forbidden',
                $status === 404 => 'not_found',
                $status === 429 => 'rate_limited',
                intdiv($status, 100) === 4 => 'invalid_request',
                intdiv($status, 100) === 5 => 'upstream_error',
                default => $status === 0 ? 'upstream_error' : 'bad_response',
            };
            $retry = $code === 'rate_limited' ? self::retryAfter($received['retry-after'] ?? '', $now) : null;
            throw new BoldbiEmbedAuthorizeException($code, "the vendor answered HTTP $status", $status, $retry);
        }
        try {
            return json_decode($text, false, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw new BoldbiEmbedAuthorizeException('bad_response', 'the answer is not JSON');
        }
    }

    /**
     * Retry-After in seconds: delta-seconds, or an HTTP date counted from $now.
     */
    private static function retryAfter(string $text, int $now): ?int
    {
        $text = trim($text);
        if (preg_match('/\A[0-9]+\z/', $text) === 1) {
            return (int) $text;
        }
        $when = \DateTimeImmutable::createFromFormat('D, d M Y H:i:s \G\M\T', $text, new \DateTimeZone('UTC'));
        return $when === false ? null : max(0, $when->getTimestamp() - $now);
    }

    /**
     * The member of $answer at $path (object members from the root); NAN, equal to nothing, if absent.
     *
     * @param list<string> $path
     */
    private static function member(mixed $answer, array $path): mixed
    {
        foreach ($path as $name) {
            if (!$answer instanceof \stdClass || !property_exists($answer, $name)) {
                return NAN;
            }
            $answer = $answer->{$name};
        }
        return $answer;
    }

    /**
     * A non-empty string member of the answer.
     *
     * @param list<string> $path
     *
     * @throws BoldbiEmbedAuthorizeException bad_response
     */
    private static function text(mixed $answer, array $path): string
    {
        $value = self::member($answer, $path);
        if (!is_string($value) || $value === '') {
            throw new BoldbiEmbedAuthorizeException('bad_response', implode('.', $path) . ' is not a non-empty string');
        }
        return $value;
    }
}

/**
 * Why a Bold BI embed token (v14.1 and later) exchange failed (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: invalid_input, invalid_key (before sending); invalid_request,
 * unauthorized, forbidden, not_found, rate_limited, upstream_error, timeout, bad_response (the answer).
 */
final class BoldbiEmbedAuthorizeException extends \RuntimeException
{
    /**
     * @param int|null $status     The vendor's HTTP status, when it answered with an error.
     * @param int|null $retryAfter Seconds to wait (Retry-After), when rate limited.
     */
    public function __construct(
        public readonly string $errorCode,
        string $message,
        public readonly ?int $status = null,
        public readonly ?int $retryAfter = null,
    ) {
        parent::__construct($message);
    }
}
