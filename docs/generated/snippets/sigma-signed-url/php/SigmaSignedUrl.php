<?php

// Code generated from spec/formats/sigma-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Sigma signed embed URL (Sigma Computing): signs an embed URL and verifies one.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see SigmaSignedUrlException}.
 *
 * @see https://help.sigmacomputing.com/docs/embed-url-parameters
 * @see https://help.sigmacomputing.com/docs/add-url-parameters-to-a-secure-embed
 * @see https://github.com/sigmacomputing/embed-signing-packages
 */
final class SigmaSignedUrl
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'embed_path' => true, ':nonce' => true, ':email' => true, ':external_user_id' => true, ':client_id' => true,
        ':time' => true, ':session_length' => true, ':external_user_team' => true, ':account_type' => true,
        'user_attributes' => true,
    ];

    /** The named query parameters, keys in declared order, the signature's last (received() takes these and a map's). */
    private const PARAMS = [
        ':nonce' => true, ':email' => true, ':external_user_id' => true, ':client_id' => true, ':time' => true,
        ':session_length' => true, ':mode' => true, ':external_user_team' => true, ':account_type' => true,
        ':signature' => true,
    ];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%2C' => ',', '%3A' => ':'];

    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - embed_path: The embed path Sigma generated for the workbook, page or element.
     * - :nonce (default 16 random bytes as uuid): A unique random string; Sigma accepts each URL once.
     * - :email: The embed user's email address.
     * - :external_user_id: A unique identifier of the embed user in your application.
     * - :client_id: The client ID paired with the embed secret.
     * - :time (default now): When the URL was signed; the session lasts :session_length seconds from it.
     * - :session_length (default 3600): How long the embed session stays valid, in seconds (at most 30 days).
     * - :external_user_team: The Sigma teams of the embed user, separated by commas (never encoded).
     * - :account_type: The embed user's account type (viewer, creator, or a custom one).
     * - user_attributes: Sigma user attributes for row-level security, one :ua_<name> parameter each; several values go
     *   in one text, separated by commas (":ua_Region=West,Midwest").
     *
     * sign() sets :mode = 'userbacked'.
     *
     * Each entry of user_attributes is a parameter :ua_<key>, written sorted by percent-encoded name; a key must be
     * non-empty text.
     *
     * @param array{
     *     embed_path: string, ':nonce'?: string, ':email': string, ':external_user_id': string, ':client_id': string,
     *     ':time'?: int, ':session_length'?: int, ':external_user_team': string, ':account_type'?: string,
     *     user_attributes?: array<string, string>
     * } $input
     * @param string $secret The embed secret from Administration > Developer access, used as text.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{url: string, signature: string, response: array<string, mixed>}
     *
     * @throws SigmaSignedUrlException invalid_key, weak_key or invalid_input
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
            throw new SigmaSignedUrlException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += [':mode' => 'userbacked', ':time' => $now, ':session_length' => 3600];
        $input[':nonce'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input');
        $claims += ['embed_path' => self::string($input, 'embed_path', 'invalid_input')];
        $params = self::params($claims);
        $signature = hash_hmac('sha256', self::url($claims, $params), $key);
        $url = self::url($claims, $params + [':signature' => $signature]);

        return ['url' => $url, 'signature' => $signature, 'response' => ['url' => $url]];
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a signed URL and returns its claims as json_decode() would (undeclared members kept); user_attributes,
     * when some :ua_<key> parameter came, as an array<string, string> (an integer-like key an int, as a PHP array holds
     * it).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws SigmaSignedUrlException malformed, bad_signature, expired, not_yet_valid, lifetime_too_long,
     *     missing_claim, invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $url, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        [$base, $query] = explode('?', explode('#', $url, 2)[0], 2) + ['', ''];
        if (preg_match('#\\A(.*?)\\z#s', $base, $match) !== 1) {
            throw new SigmaSignedUrlException('malformed', 'the URL does not match the format\'s base URL');
        }
        $claims = ['embed_path' => $match[1]];
        $params = self::received($query);
        $signature = self::fromHex($params[':signature']);
        unset($params[':signature']);
        $message = $base . '?' . substr($query, 0, (int) strrpos($query, '&'));
        if (!hash_equals(hash_hmac('sha256', $message, $key, true), $signature)) {
            throw new SigmaSignedUrlException('bad_signature', 'the signature does not match');
        }
        foreach ($params as $name => $text) {
            if (str_starts_with($name, ':ua_')) {
                // received() took it as a user_attributes entry: the key is the rest of the name.
                $claims['user_attributes'][substr($name, strlen(':ua_'))] = $text;
                continue;
            }
            $claims[$name] = match ($name) {
                ':time', ':session_length' => self::integerText($text, $name),
                default => $text,
            };
        }
        $c = self::checkClaims($claims, 'invalid_claim');
        $now ??= time();
        $expires = $c[':time'] + $c[':session_length'];
        if ($expires <= $now) {
            throw new SigmaSignedUrlException('expired', "expired at {$expires} = :time + :session_length (now $now)");
        }
        if ($c[':time'] > $now) {
            throw new SigmaSignedUrlException('not_yet_valid', ":time {$c[':time']} is ahead of $now");
        }
        if ($expires - $c[':time'] > 2592000) {
            throw new SigmaSignedUrlException('lifetime_too_long', 'it lives longer than 2592000 s');
        }

        return (object) $claims;
    }
    // --8<-- [end:verify]

    // --8<-- [start:url]
    /** The signed URL: the base, then the query (the signature's last); or invalid_input. */
    private static function url(array $c, array $params): string
    {
        return self::raw($c['embed_path'], 'embed_path') . '?' . self::query($params);
    }

    /** The query's values but the signature, as text, by parameter name in declared order (null: left out). */
    private static function params(array $c): array
    {
        return [
            ':nonce' => $c[':nonce'],
            ':email' => $c[':email'],
            ':external_user_id' => $c[':external_user_id'],
            ':client_id' => $c[':client_id'],
            ':time' => (string) $c[':time'],
            ':session_length' => (string) $c[':session_length'],
            ':mode' => $c[':mode'],
            ':external_user_team' => $c[':external_user_team'],
            ':account_type' => $c[':account_type'] ?? null,
        ] + self::mapParams(':ua_', $c['user_attributes'] ?? []);
    }

    /**
     * A map's parameters, $prefix . key => text, ordered by their percent-encoded names compared byte by byte
     * (SORT_STRING, never as numbers): the one order every language writes alike, whatever the array's order.
     */
    private static function mapParams(string $prefix, array $map): array
    {
        $pairs = [];
        foreach ($map as $key => $text) {
            $pairs[self::percent($prefix . $key)] = [$prefix . $key, $text];
        }
        ksort($pairs, SORT_STRING);
        return array_column($pairs, 1, 0); // [name, text] pairs as name => text
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
            ':nonce' => self::string($c, ':nonce', $code, maxLength: 255),
            ':email' => self::string($c, ':email', $code),
            ':external_user_id' => self::string($c, ':external_user_id', $code),
            ':client_id' => self::string($c, ':client_id', $code),
            ':time' => self::integer($c, ':time', $code),
            ':session_length' => self::integer($c, ':session_length', $code, range: [0, 2592000]),
            ':mode' => self::string($c, ':mode', $code),
            ':external_user_team' => self::string($c, ':external_user_team', $code),
        ];
        if (array_key_exists(':account_type', $c)) {
            $claims[':account_type'] = self::string($c, ':account_type', $code);
        }
        if (array_key_exists('user_attributes', $c)) {
            $claims['user_attributes'] = self::map($c, 'user_attributes', $code, self::string(...));
        }
        if (array_key_exists(':mode', $claims) && $claims[':mode'] !== 'userbacked') {
            throw new SigmaSignedUrlException($code, ':mode has a value other than its fixed one');
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new SigmaSignedUrlException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8), within its constraints. */
    private static function string(
        array $c,
        int|string $name,
        string $code,
        ?string $at = null,
        ?int $maxLength = null,
    ): string {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new SigmaSignedUrlException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($maxLength !== null && preg_match_all('/./su', $value) > $maxLength) {
            throw new SigmaSignedUrlException($code, ($at ?? $name) . ": longer than $maxLength characters");
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
            throw new SigmaSignedUrlException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new SigmaSignedUrlException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
        }
        return $value;
    }

    /** $c[$name] as a map (an array by key), its keys non-empty text, each value checked by $each. */
    private static function map(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value)) {
            throw new SigmaSignedUrlException($code, ($at ?? $name) . ': expected a map (an array by key)');
        }
        foreach (array_keys($value) as $key) {
            $key = (string) $key; // a PHP array holds an integer-like key ("10") as an int
            if ($key === '' || preg_match('//u', $key) !== 1) {
                throw new SigmaSignedUrlException($code, "$at: a key must be non-empty text (UTF-8)");
            }
            $value[$key] = $each($value, $key, $code, "{$at}[$key]");
        }
        return $value;
    }

    /** The HMAC key: the secret's UTF-8 bytes, at least 32 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new SigmaSignedUrlException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        if (strlen($secret) < 32) {
            throw new SigmaSignedUrlException('weak_key', 'the key is shorter than 32 bytes');
        }
        return $secret;
    }

    /** The bytes of canonical (lowercase) hex, else malformed. */
    private static function fromHex(string $text): string
    {
        if (strlen($text) % 2 !== 0 || strspn($text, '0123456789abcdef') !== strlen($text)) {
            throw new SigmaSignedUrlException('malformed', 'not canonical hex');
        }
        return (string) hex2bin($text);
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.~,: stay, a space is %20, the rest %XX. */
    private static function percent(string $text): string
    {
        return strtr(rawurlencode($text), self::UNESCAPE);
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new SigmaSignedUrlException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** Percent-decoded text ("+" stays "+"); malformed for a "%" without two hex digits, or bytes not UTF-8. */
    private static function percentDecode(string $text): string
    {
        $decoded = rawurldecode($text);
        if (preg_match('/%(?![0-9A-Fa-f]{2})/', $text) === 1 || preg_match('//u', $decoded) !== 1) {
            throw new SigmaSignedUrlException('malformed', 'a stray "%", or bytes that are not UTF-8');
        }
        return $decoded;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new SigmaSignedUrlException('invalid_input', "the random source must give $count bytes");
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
     * The query's parameters by name, percent-decoded, as the vendor's server reads them: declared ones only (a map's:
     * any name longer than its prefix :ua_), each at most once, the signature's last (it covers the URL before it);
     * malformed otherwise.
     */
    private static function received(string $query): array
    {
        $params = [];
        // Form decoding, as the vendor's server reads the query: a "+" is a space (a "%2B" is a "+").
        $query = strtr($query, '+', ' ');
        // One percentDecode() check of the whole query stands for each value's: an escape never spans "&" or "=",
        // and text cut at ASCII bytes is UTF-8 when the whole is. Else each value is checked (and refused) alone.
        $checked = preg_match('/%(?![0-9A-Fa-f]{2})/', $query) !== 1 && preg_match('//u', rawurldecode($query)) === 1;
        foreach ($query === '' ? [] : explode('&', $query) as $item) {
            $pair = explode('=', $item, 2);
            $name = str_contains($pair[0], '%') ? self::percentDecode($pair[0]) : $pair[0]; // else matched as it is
            $known = isset(self::PARAMS[$name]) || (str_starts_with($name, ':ua_') && $name !== ':ua_');
            if (count($pair) !== 2 || !$known || isset($params[$name])) {
                throw new SigmaSignedUrlException('malformed', 'a bad, unknown or repeated query item');
            }
            $params[$name] = $checked ? rawurldecode($pair[1]) : self::percentDecode($pair[1]);
        }
        if (!isset($params[':signature'])) {
            throw new SigmaSignedUrlException('malformed', 'the URL has no :signature parameter');
        }
        if (array_key_last($params) !== ':signature') {
            throw new SigmaSignedUrlException('malformed', 'the :signature parameter must come last');
        }
        return $params;
    }

    /** An integer in decimal, else invalid_claim (one beyond PHP's range saturates; the checks refuse it). */
    private static function integerText(string $text, string $name): int
    {
        if (preg_match('/\A-?(?:0|[1-9][0-9]*)\z/', $text) !== 1 || $text === '-0') {
            throw new SigmaSignedUrlException('invalid_claim', "$name is not an integer");
        }
        return (int) $text;
    }
}

/**
 * Why a Sigma signed embed URL could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, not_yet_valid,
 * lifetime_too_long, missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key (signing).
 */
final class SigmaSignedUrlException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
