<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Bold BI signed embed URL (before v14.1) (Bold BI): signs an embed URL and verifies one.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see BoldbiEmbedUrlException}.
 *
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md
 */
final class BoldbiEmbedUrl
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'dashboard_url' => true, 'embed_nonce' => true, 'embed_dashboard_id' => true, 'embed_user_email' => true,
        'embed_timestamp' => true, 'embed_expirationtime' => true,
    ];

    /** The query parameters, keys in declared order, the signature's last (received() takes these only). */
    private const PARAMS = [
        'embed_nonce' => true, 'embed_dashboard_id' => true, 'embed_user_email' => true, 'embed_timestamp' => true,
        'embed_expirationtime' => true, 'embed_signature' => true,
    ];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%40' => '@'];

    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - dashboard_url: The dashboard's URL on your Bold BI server (where the signed query goes).
     * - embed_nonce (default 16 random bytes as uuid): A random GUID.
     * - embed_dashboard_id: The dashboard id.
     * - embed_user_email: Email of a Bold BI user allowed to see the dashboard.
     * - embed_timestamp (default now): Signing time; without it Bold BI accepts the URL forever.
     * - embed_expirationtime: Seconds the URL stays valid (needs embed_timestamp).
     *
     * @param array{
     *     dashboard_url: string, embed_nonce?: string, embed_dashboard_id: string, embed_user_email: string,
     *     embed_timestamp?: int, embed_expirationtime?: int
     * } $input
     * @param string $secret The embed secret from the Bold BI settings page.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{url: string, signature: string, response: array<string, mixed>}
     *
     * @throws BoldbiEmbedUrlException invalid_key or invalid_input
     */
    public static function sign(
        array $input,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
        ?callable $randomBytes = null,
    ): array {
        $key = self::key($secret);
        $now ??= time();
        $randomBytes ??= random_bytes(...);
        $input = in_array(null, $input, true) ? array_filter($input, static fn (mixed $v) => $v !== null) : $input;
        $unknown = array_diff_key($input, self::INPUTS);
        if ($unknown !== []) {
            throw new BoldbiEmbedUrlException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['embed_timestamp' => $now];
        $input['embed_nonce'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input');
        $claims += ['dashboard_url' => self::string($input, 'dashboard_url', 'invalid_input')];
        $params = self::params($claims);
        $signature = base64_encode(hash_hmac('sha256', self::query($params), $key, true));
        $url = self::url($claims, $params + ['embed_signature' => $signature]);

        return ['url' => $url, 'signature' => $signature, 'response' => ['url' => $url, 'signature' => $signature]];
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a signed URL and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws BoldbiEmbedUrlException malformed, bad_signature, expired, not_yet_valid, missing_claim, invalid_claim or
     *     invalid_key
     */
    public static function verify(string $url, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        [$base, $query] = explode('?', explode('#', $url, 2)[0], 2) + ['', ''];
        if (preg_match('#\\A(.*?)\\z#s', $base, $match) !== 1) {
            throw new BoldbiEmbedUrlException('malformed', 'the URL does not match the format\'s base URL');
        }
        $claims = ['dashboard_url' => $match[1]];
        $params = self::received($query);
        $signature = self::fromBase64($params['embed_signature']);
        unset($params['embed_signature']);
        $message = substr($query, 0, (int) strrpos($query, '&'));
        if (!hash_equals(hash_hmac('sha256', $message, $key, true), $signature)) {
            throw new BoldbiEmbedUrlException('bad_signature', 'the signature does not match');
        }
        foreach ($params as $name => $text) {
            $claims[$name] = match ($name) {
                'embed_timestamp', 'embed_expirationtime' => self::integerText($text, $name),
                default => $text,
            };
        }
        $c = self::checkClaims($claims, 'invalid_claim');
        $now ??= time();
        if (isset($c['embed_timestamp']) && $c['embed_timestamp'] + 518400 <= $now) {
            throw new BoldbiEmbedUrlException('expired', "issued at {$c['embed_timestamp']}, too old (now $now)");
        }
        if (isset($c['embed_timestamp']) && $c['embed_timestamp'] > $now) {
            throw new BoldbiEmbedUrlException(
                'not_yet_valid',
                "embed_timestamp {$c['embed_timestamp']} is ahead of $now",
            );
        }

        return (object) $claims;
    }
    // --8<-- [end:verify]

    // --8<-- [start:url]
    /** The signed URL: the base, then the query (the signature's last); or invalid_input. */
    private static function url(array $c, array $params): string
    {
        return self::raw($c['dashboard_url'], 'dashboard_url') . '?' . self::query($params);
    }

    /** The query's values but the signature, as text, by parameter name in declared order (null: left out). */
    private static function params(array $c): array
    {
        return [
            'embed_nonce' => $c['embed_nonce'],
            'embed_dashboard_id' => $c['embed_dashboard_id'],
            'embed_user_email' => $c['embed_user_email'],
            'embed_timestamp' => (string) $c['embed_timestamp'],
            'embed_expirationtime' => isset($c['embed_expirationtime']) ? (string) $c['embed_expirationtime'] : null,
        ];
    }

    /** name=value&… with this format's percent-encoding, null values left out. */
    private static function query(array $params): string
    {
        return strtr(http_build_query($params, '', '&', PHP_QUERY_RFC3986), self::UNESCAPE);
    }
    // --8<-- [end:url]

    /** The values, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'embed_nonce' => self::string($c, 'embed_nonce', $code),
            'embed_dashboard_id' => self::string($c, 'embed_dashboard_id', $code),
            'embed_user_email' => self::string($c, 'embed_user_email', $code),
        ];
        if (array_key_exists('embed_timestamp', $c)) {
            $claims['embed_timestamp'] = self::integer($c, 'embed_timestamp', $code);
        }
        if (array_key_exists('embed_expirationtime', $c)) {
            $claims['embed_expirationtime'] = self::integer($c, 'embed_expirationtime', $code, range: [86400, 518400]);
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new BoldbiEmbedUrlException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new BoldbiEmbedUrlException($code, ($at ?? $name) . ': expected a string (UTF-8)');
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
            throw new BoldbiEmbedUrlException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new BoldbiEmbedUrlException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
        }
        return $value;
    }

    /** The HMAC key: the secret's UTF-8 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new BoldbiEmbedUrlException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        return $secret;
    }

    /** The bytes of canonical base64 (the one spelling encoding gives back), else malformed. */
    private static function fromBase64(string $text): string
    {
        $bytes = base64_decode($text, true);
        if ($bytes === false || base64_encode($bytes) !== $text) {
            throw new BoldbiEmbedUrlException('malformed', 'not canonical base64');
        }
        return $bytes;
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new BoldbiEmbedUrlException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** Percent-decoded text ("+" stays "+"); malformed for a "%" without two hex digits, or bytes not UTF-8. */
    private static function percentDecode(string $text): string
    {
        $decoded = rawurldecode($text);
        if (preg_match('/%(?![0-9A-Fa-f]{2})/', $text) === 1 || preg_match('//u', $decoded) !== 1) {
            throw new BoldbiEmbedUrlException('malformed', 'a stray "%", or bytes that are not UTF-8');
        }
        return $decoded;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new BoldbiEmbedUrlException('invalid_input', "the random source must give $count bytes");
        }
        return $bytes;
    }

    /** 16 random bytes as an RFC 9562 version 4 UUID (version and variant bits set). */
    private static function uuid(string $bytes): string
    {
        $bytes[6] = chr(ord($bytes[6]) & 0x0F | 0x40);
        $bytes[8] = chr(ord($bytes[8]) & 0x3F | 0x80);
        return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($bytes), 4));
    }

    /**
     * The query's parameters by name, percent-decoded, as the vendor's server reads them: declared ones only, each at
     * most once, the signature's last (it covers the query before it); malformed otherwise.
     */
    private static function received(string $query): array
    {
        $params = [];
        // One percentDecode() check of the whole query stands for each value's: an escape never spans "&" or "=",
        // and text cut at ASCII bytes is UTF-8 when the whole is. Else each value is checked (and refused) alone.
        $checked = preg_match('/%(?![0-9A-Fa-f]{2})/', $query) !== 1 && preg_match('//u', rawurldecode($query)) === 1;
        foreach ($query === '' ? [] : explode('&', $query) as $item) {
            $pair = explode('=', $item, 2);
            $name = str_contains($pair[0], '%') ? self::percentDecode($pair[0]) : $pair[0]; // else matched as it is
            if (count($pair) !== 2 || !isset(self::PARAMS[$name]) || isset($params[$name])) {
                throw new BoldbiEmbedUrlException('malformed', 'a bad, unknown or repeated query item');
            }
            $params[$name] = $checked ? rawurldecode($pair[1]) : self::percentDecode($pair[1]);
        }
        if (!isset($params['embed_signature'])) {
            throw new BoldbiEmbedUrlException('malformed', 'the URL has no embed_signature parameter');
        }
        if (array_key_last($params) !== 'embed_signature') {
            throw new BoldbiEmbedUrlException('malformed', 'the embed_signature parameter must come last');
        }
        return $params;
    }

    /** An integer in decimal, else invalid_claim (one beyond PHP's range saturates; the checks refuse it). */
    private static function integerText(string $text, string $name): int
    {
        if (preg_match('/\A-?(?:0|[1-9][0-9]*)\z/', $text) !== 1 || $text === '-0') {
            throw new BoldbiEmbedUrlException('invalid_claim', "$name is not an integer");
        }
        return (int) $text;
    }
}

/**
 * Why a Bold BI signed embed URL (before v14.1) could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, not_yet_valid,
 * missing_claim, invalid_claim (verifying); invalid_input, invalid_key (signing).
 */
final class BoldbiEmbedUrlException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
