<?php

// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The ToolJet personal access token (embedded apps) (ToolJet): the back end sends its secret to ToolJet over HTTPS and
 * receives a token.
 *
 * Self-contained: PHP 8.1+ with its bundled json and pcre only (HTTP through PHP's stream wrapper;
 * https needs openssl). Errors: {@see TooljetPatException}.
 *
 * @see https://github.com/ToolJet/ToolJet/blob/develop/docs/versioned_docs/version-3.16.0-LTS/user-management/authentication/self-hosted/pat.md
 */
final class TooljetPat
{
    /** The request's timeout when the caller names none, in milliseconds. */
    public const TIMEOUT_MS = 10000;

    /** The inputs exchange() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'server_url' => true, 'email' => true, 'appId' => true, 'sessionExpiry' => true, 'patExpiry' => true,
    ];

    // --8<-- [start:exchange]
    /**
     * Trades the secret for a token.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - server_url: The ToolJet origin (https://tooljet.example.com).
     * - email: The user the token acts as.
     * - appId: The app the token is scoped to.
     * - sessionExpiry (default 60): How long the embedded session lasts, in minutes.
     * - patExpiry (default 3600): How long the token is valid, in seconds.
     *
     * @param array{server_url: string, email: string, appId: string, sessionExpiry?: int, patExpiry?: int} $input
     * @param string $secret The external API access token configured on the ToolJet server, sent as given after
     *     "Authorization: Basic ".
     * @param int|null $now Unix time in seconds, for expires_at; the system clock when null.
     * @param string|null $baseUrl Replaces the URL's scheme and host (tests, proxies); the path stays.
     * @param int|null $timeoutMs The timeout; TIMEOUT_MS when null.
     *
     * @return array{token: string, expires_at: int|null, url: string|null, response: mixed}
     *
     * @throws TooljetPatException invalid_input, invalid_key, invalid_request, unauthorized, forbidden,
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
            throw new TooljetPatException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['sessionExpiry' => 60, 'patExpiry' => 3600];
        $values = self::checkInputs($input, 'invalid_input');
        $body = [
            'email' => $values['email'],
            'appId' => $values['appId'],
            'sessionExpiry' => $values['sessionExpiry'],
            'patExpiry' => $values['patExpiry'],
        ];
        $headers = [
            'Accept' => 'application/json',
            'Content-Type' => 'application/json',
            'Authorization' => 'Basic ' . $secret,
        ];
        $url = self::url($values['server_url'] . '/api/ext/users/personal-access-token', $baseUrl);
        $answer = self::send('POST', $url, $headers, self::json((object) $body), $timeoutMs, $now);
        $token = self::text($answer, ['personalAccessToken']);
        $lifetime = $values['patExpiry'];
        if (!is_int($lifetime) || $lifetime < 0) {
            throw new TooljetPatException('bad_response', 'the lifetime is not a non-negative integer');
        }

        return [
            'token' => $token,
            'expires_at' => $now + $lifetime,
            'url' => self::text($answer, ['redirectUrl']),
            'response' => $answer,
        ];
    }
    // --8<-- [end:exchange]

    /** The inputs, checked in declared order (invalid_input). */
    private static function checkInputs(array $c, string $code): array
    {
        // The usual case in one test; only otherwise is each value checked by itself, to say why.
        if (
            is_string($serverUrl = $c['server_url'] ?? null)
            && is_string($email = $c['email'] ?? null)
            && is_string($appId = $c['appId'] ?? null)
            && is_int($sessionExpiry = $c['sessionExpiry'] ?? null)
            && $sessionExpiry >= 1
            && $sessionExpiry <= 9007199254740991
            && is_int($patExpiry = $c['patExpiry'] ?? null)
            && $patExpiry >= 1
            && $patExpiry <= 9007199254740991
            && preg_match('//u', $serverUrl . "\0" . $email . "\0" . $appId) === 1
        ) {
            return [
                'server_url' => $serverUrl,
                'email' => $email,
                'appId' => $appId,
                'sessionExpiry' => $sessionExpiry,
                'patExpiry' => $patExpiry,
            ];
        }
        return [
            'server_url' => self::string($c, 'server_url', $code),
            'email' => self::string($c, 'email', $code),
            'appId' => self::string($c, 'appId', $code),
            'sessionExpiry' => self::integer($c, 'sessionExpiry', $code, range: [1, null]),
            'patExpiry' => self::integer($c, 'patExpiry', $code, range: [1, null]),
        ];
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new TooljetPatException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new TooljetPatException($code, ($at ?? $name) . ': expected a string (UTF-8)');
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
            throw new TooljetPatException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new TooljetPatException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
        }
        return $value;
    }

    /** JSON text as this format writes it: compact, UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new TooljetPatException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        return $json;
    }

    /**
     * Refuses an empty credential, or one that would break a header line (never echoing it).
     *
     * @throws TooljetPatException invalid_key
     */
    private static function credential(#[\SensitiveParameter] string $credential): void
    {
        if ($credential === '' || strpbrk($credential, "\r\n\0") !== false) {
            throw new TooljetPatException('invalid_key', 'empty, or with a line break or NUL');
        }
    }

    /**
     * The URL, which must be absolute http(s), with its scheme and host replaced by $baseUrl if given.
     *
     * @throws TooljetPatException invalid_input
     */
    private static function url(string $url, ?string $baseUrl): string
    {
        if (preg_match('#\Ahttps?://[^/?\#]+#', $url, $origin) !== 1) {
            throw new TooljetPatException('invalid_input', 'the URL must start with https:// (or http://)');
        }
        return $baseUrl === null ? $url : rtrim($baseUrl, '/') . substr($url, strlen($origin[0]));
    }

    /**
     * Sends one request (redirects are not followed) and returns the JSON answer of a success.
     *
     * @param array<string, string> $headers
     *
     * @throws TooljetPatException timeout, upstream_error, bad_response, or the error its status maps to
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
                throw new TooljetPatException('timeout', "no answer within $timeoutMs ms");
            }
            throw new TooljetPatException('upstream_error', 'the vendor could not be reached');
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
        if (!in_array($status, [200, 201], true)) {
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
            throw new TooljetPatException($code, "the vendor answered HTTP $status", $status, $retry);
        }
        try {
            return json_decode($text, false, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
        } catch (\JsonException) {
            throw new TooljetPatException('bad_response', 'the answer is not JSON');
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
     * @throws TooljetPatException bad_response
     */
    private static function text(mixed $answer, array $path): string
    {
        $value = self::member($answer, $path);
        if (!is_string($value) || $value === '') {
            throw new TooljetPatException('bad_response', implode('.', $path) . ' is not a non-empty string');
        }
        return $value;
    }
}

/**
 * Why a ToolJet personal access token (embedded apps) exchange failed (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: invalid_input, invalid_key (before sending); invalid_request,
 * unauthorized, forbidden, not_found, rate_limited, upstream_error, timeout, bad_response (the answer).
 */
final class TooljetPatException extends \RuntimeException
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
