<?php

// Code generated from spec/formats/semaphor-token.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Semaphor dashboard token (Semaphor): the back end sends its secret to Semaphor over HTTPS and receives a token
 * (and revokes it).
 *
 * Self-contained: PHP 8.1+ with its bundled json and pcre only (HTTP through PHP's stream wrapper;
 * https needs openssl). Errors: {@see SemaphorTokenException}.
 *
 * @see https://docs.semaphor.cloud/docs/embedding/token-options
 * @see https://docs.semaphor.cloud/docs/api/tokens
 */
final class SemaphorToken
{
    /** The request's timeout when the caller names none, in milliseconds. */
    public const TIMEOUT_MS = 10000;

    /** The inputs exchange() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'server_url' => true, 'dashboardId' => true, 'tokenExpiry' => true, 'endUserId' => true, 'params' => true,
    ];

    // --8<-- [start:exchange]
    /**
     * Trades the secret for a token.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - server_url (default 'https://semaphor.cloud'): Semaphor's API origin (injectable for tests and private
     *   deployments).
     * - dashboardId: The dashboard's id (d_…).
     * - tokenExpiry (default 3600): How long the token lives, in seconds (Semaphor's default is one hour).
     * - endUserId: Your id for the person viewing the dashboard.
     * - params: User parameters the dashboard reads.
     *
     * @param array{
     *     server_url?: string, dashboardId: string, tokenExpiry?: int, endUserId?: string,
     *     params?: array{currencyFormat?: array{locale: string, currency: string}|\stdClass}|\stdClass
     * } $input
     * @param string $secret The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the body.
     * @param int|null $now Unix time in seconds, for expires_at; the system clock when null.
     * @param string|null $baseUrl Replaces the URL's scheme and host (tests, proxies); the path stays.
     * @param int|null $timeoutMs The timeout; TIMEOUT_MS when null.
     *
     * @return array{token: string, expires_at: int|null, url: string|null, response: mixed}
     *
     * @throws SemaphorTokenException invalid_input, invalid_key, invalid_request, unauthorized, forbidden,
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
            throw new SemaphorTokenException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['server_url' => 'https://semaphor.cloud', 'tokenExpiry' => 3600];
        $values = self::checkInputs($input, 'invalid_input');
        $body = array_filter([
            'dashboardId' => $values['dashboardId'],
            'dashboardSecret' => $secret,
            'tokenExpiry' => $values['tokenExpiry'],
            'endUserId' => $values['endUserId'] ?? null,
            'params' => $values['params'] ?? null,
        ], static fn (mixed $value): bool => $value !== null);
        $headers = ['Accept' => 'application/json', 'Content-Type' => 'application/json'];
        $url = self::url($values['server_url'] . '/api/v1/token', $baseUrl);
        $answer = self::send('POST', $url, $headers, self::json((object) $body), $timeoutMs, $now);
        $token = self::text($answer, ['accessToken']);
        $lifetime = $values['tokenExpiry'];
        if (!is_int($lifetime) || $lifetime < 0) {
            throw new SemaphorTokenException('bad_response', 'the lifetime is not a non-negative integer');
        }

        return [
            'token' => $token,
            'expires_at' => $now + $lifetime,
            'url' => null,
            'response' => $answer,
        ];
    }
    // --8<-- [end:exchange]

    // --8<-- [start:revoke]
    /**
     * Invalidates a token with Semaphor's revocation call.
     *
     * $input holds the values its URL uses, as exchange() takes them (other members are ignored):
     * server_url.
     *
     * @param array<string, mixed> $input
     *
     * @throws SemaphorTokenException invalid_key (an empty token), invalid_input, or the HTTP errors of exchange()
     */
    public static function revoke(
        #[\SensitiveParameter] string $token,
        array $input = [],
        ?int $now = null,
        ?string $baseUrl = null,
        ?int $timeoutMs = null,
    ): void {
        self::credential($token);
        $input = in_array(null, $input, true) ? array_filter($input, static fn (mixed $v) => $v !== null) : $input;
        $input += ['server_url' => 'https://semaphor.cloud'];
        $values = ['server_url' => self::string($input, 'server_url', 'invalid_input')];
        $headers = ['Accept' => 'application/json', 'Authorization' => 'Bearer ' . $token];
        $url = self::url($values['server_url'] . '/api/v1/invalidate-token', $baseUrl);
        self::send('POST', $url, $headers, '', $timeoutMs, $now ?? time());
    }
    // --8<-- [end:revoke]

    /** The inputs, checked in declared order (invalid_input). */
    private static function checkInputs(array $c, string $code): array
    {
        $claims = [
            'server_url' => self::string($c, 'server_url', $code),
            'dashboardId' => self::string($c, 'dashboardId', $code),
            'tokenExpiry' => self::integer($c, 'tokenExpiry', $code, range: [1, null]),
        ];
        if (array_key_exists('endUserId', $c)) {
            $claims['endUserId'] = self::string($c, 'endUserId', $code);
        }
        if (array_key_exists('params', $c)) {
            $claims['params'] = self::checkParams($c, 'params', $code);
        }

        return $claims;
    }

    /** $c[$name] as a CurrencyFormat object, checked; its members in declared order. */
    private static function checkCurrencyFormat(array $c, int|string $name, string $code, ?string $at = null): \stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!self::isObject($value)) {
            throw new SemaphorTokenException($code, "$at: expected an object");
        }
        $c = (array) $value;
        $unknown = array_diff_key($c, ['locale' => 0, 'currency' => 0]);
        if ($code === 'invalid_input' && $unknown !== []) {
            throw new SemaphorTokenException($code, "$at: unknown member " . array_key_first($unknown));
        }

        return (object) [
            'locale' => self::string($c, 'locale', $code, $at . '.locale'),
            'currency' => self::string($c, 'currency', $code, $at . '.currency'),
        ];
    }

    /** $c[$name] as a Params object, checked; its members in declared order. */
    private static function checkParams(array $c, int|string $name, string $code, ?string $at = null): \stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!self::isObject($value)) {
            throw new SemaphorTokenException($code, "$at: expected an object");
        }
        $c = (array) $value;
        $unknown = array_diff_key($c, ['currencyFormat' => 0]);
        if ($code === 'invalid_input' && $unknown !== []) {
            throw new SemaphorTokenException($code, "$at: unknown member " . array_key_first($unknown));
        }
        $object = [];
        if (array_key_exists('currencyFormat', $c)) {
            $object['currencyFormat'] = self::checkCurrencyFormat($c, 'currencyFormat', $code, $at . '.currencyFormat');
        }

        return (object) $object;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new SemaphorTokenException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new SemaphorTokenException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1), within its constraints. */
    private static function integer(
        array $c,
        int|string $name,
        string $code,
        ?string $at = null,
        ?array $range = null,
    ): int {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new SemaphorTokenException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new SemaphorTokenException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
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
            throw new SemaphorTokenException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        return $json;
    }

    /**
     * Refuses an empty credential, or one that would break a header line (never echoing it).
     *
     * @throws SemaphorTokenException invalid_key
     */
    private static function credential(#[\SensitiveParameter] string $credential): void
    {
        if ($credential === '' || strpbrk($credential, "\r\n\0") !== false) {
            throw new SemaphorTokenException('invalid_key', 'empty, or with a line break or NUL');
        }
    }

    /**
     * The URL, which must be absolute http(s), with its scheme and host replaced by $baseUrl if given.
     *
     * @throws SemaphorTokenException invalid_input
     */
    private static function url(string $url, ?string $baseUrl): string
    {
        if (preg_match('#\Ahttps?://[^/?\#]+#', $url, $origin) !== 1) {
            throw new SemaphorTokenException('invalid_input', 'the URL must start with https:// (or http://)');
        }
        return $baseUrl === null ? $url : rtrim($baseUrl, '/') . substr($url, strlen($origin[0]));
    }

    /**
     * Sends one request (redirects are not followed) and returns the JSON answer of a success.
     *
     * @param array<string, string> $headers
     *
     * @throws SemaphorTokenException timeout, upstream_error, bad_response, or the error its status maps to
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
                throw new SemaphorTokenException('timeout', "no answer within $timeoutMs ms");
            }
            throw new SemaphorTokenException('upstream_error', 'the vendor could not be reached');
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
            throw new SemaphorTokenException($code, "the vendor answered HTTP $status", $status, $retry);
        }
        try {
            return json_decode($text, false, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw new SemaphorTokenException('bad_response', 'the answer is not JSON');
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
     * @throws SemaphorTokenException bad_response
     */
    private static function text(mixed $answer, array $path): string
    {
        $value = self::member($answer, $path);
        if (!is_string($value) || $value === '') {
            throw new SemaphorTokenException('bad_response', implode('.', $path) . ' is not a non-empty string');
        }
        return $value;
    }
}

/**
 * Why a Semaphor dashboard token exchange failed (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: invalid_input, invalid_key (before sending); invalid_request,
 * unauthorized, forbidden, not_found, rate_limited, upstream_error, timeout, bad_response (the answer).
 */
final class SemaphorTokenException extends \RuntimeException
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
