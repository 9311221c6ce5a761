<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Golden claims fixture (embedseal tests): signs a token, builds its embed URL and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see GoldenClaimsException}.
 */
final class GoldenClaims
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'http://example.com/is_root' => true, ':nonce' => true, 'class' => true, 'type' => true, 'iat' => true,
        'exp' => true, 'kid' => true, 'items' => true, 'meta' => true, 'base' => true,
    ];

    // --8<-- [start:sign]
    /**
     * Signs a token and places it in its embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - :nonce (default 8 random bytes as hex)
     * - type (default 3)
     * - iat (default now)
     * - exp (default now + 300)
     *
     * @param array{
     *     'http://example.com/is_root'?: bool, ':nonce'?: string, class: string, type?: int, iat?: int, exp?: int,
     *     kid: string, items: list<array{id: int, tags?: list<string>}|\stdClass>,
     *     meta?: array<string, mixed>|\stdClass, base: string
     * } $input
     * @param string $secret The secret (hex).
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{token: string, url: string, signature: string, response: array<string, mixed>}
     *
     * @throws GoldenClaimsException invalid_key, weak_key or invalid_input
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
            throw new GoldenClaimsException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['type' => 3, 'iat' => $now, 'exp' => $now + 300];
        $input[':nonce'] ??= bin2hex(self::random($randomBytes, 8));
        $claims = self::checkClaims($input, 'invalid_input') + self::checkHeader($input, 'invalid_input');
        $header = ['alg' => 'HS512', 'typ' => 'JWT', 'kid' => $claims['kid']];
        $payload = array_diff_key($claims, ['kid' => 0]);
        $signingInput = self::base64url(self::json($header)) . '.' . self::base64url(self::json((object) $payload));
        $signature = self::base64url(hash_hmac('sha512', $signingInput, $key, true));
        $token = $signingInput . '.' . $signature;
        // percent() keeps every character this token can hold: the URL takes it as it is.
        $url = self::url($token, $input);

        return [
            'token' => $token,
            'url' => $url,
            'signature' => $signature,
            'response' => ['token' => $token, 'url' => $url, 'expires_at' => $claims['exp']],
        ];
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * The embed URL that shows a token (one from sign(), or one kept from earlier).
     *
     * $url holds the URL's values by wire name, as sign() takes them (other members are ignored):
     * base.
     *
     * @param array<string, mixed> $url
     *
     * @throws GoldenClaimsException invalid_input
     */
    public static function embedUrl(string $token, array $url): string
    {
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return self::url(self::percent($token), $url);
    }

    /** The embed URL around $tokenText: the token as the URL carries it, percent-encoded already. */
    private static function url(string $tokenText, array $url): string
    {
        $values = ['base' => self::string($url, 'base', 'invalid_input')];
        return self::raw($values['base'], 'base') . '/view?jwt=' . $tokenText;
    }
    // --8<-- [end:url]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws GoldenClaimsException malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
     *     lifetime_too_long, missing_claim, invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new GoldenClaimsException('malformed', 'a JWS has 3 segments, this has ' . count($segments));
        }
        [$header, $payload, $signature] = array_map(self::fromBase64url(...), $segments);
        $header = self::parse($header);
        if (!$header instanceof \stdClass) {
            throw new GoldenClaimsException('malformed', 'the header is not a JSON object');
        }
        if (($header->alg ?? null) !== 'HS512') {
            throw new GoldenClaimsException('alg_not_allowed', 'the header\'s alg is not HS512');
        }
        if (property_exists($header, 'crit')) {
            // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
            throw new GoldenClaimsException('malformed', 'the header lists critical extensions');
        }
        if (!hash_equals(hash_hmac('sha512', $segments[0] . '.' . $segments[1], $key, true), $signature)) {
            throw new GoldenClaimsException('bad_signature', 'the signature does not match');
        }
        $claims = self::parse($payload);
        if (!$claims instanceof \stdClass) {
            throw new GoldenClaimsException('malformed', 'the payload is not a JSON object');
        }
        $members = get_object_vars($claims);
        $c = self::checkClaims($members, 'invalid_claim');
        self::checkHeader(get_object_vars($header), 'invalid_claim');
        if (property_exists($header, 'kid')) {
            $claims->kid = $header->kid;
        }
        // Registered time claims not declared here (RFC 7519 §4.1.4-6): integers when present, checked below.
        $nbf = array_key_exists('nbf', $members) ? self::integer($members, 'nbf', 'invalid_claim') : null;
        $now ??= time();
        if ($c['exp'] <= $now - 5) {
            throw new GoldenClaimsException('expired', "expired at {$c['exp']} (now $now, leeway 5)");
        }
        if ($c['iat'] > $now + 5) {
            throw new GoldenClaimsException('not_yet_valid', "iat {$c['iat']} is ahead of $now, leeway 5");
        }
        if ($nbf !== null && $nbf > $now + 5) {
            throw new GoldenClaimsException('not_yet_valid', "nbf $nbf is ahead of $now, leeway 5");
        }
        if ($c['exp'] - $c['iat'] > 600) {
            throw new GoldenClaimsException('lifetime_too_long', 'it lives longer than 600 s');
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The payload's claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [];
        if (array_key_exists('http://example.com/is_root', $c)) {
            $claims['http://example.com/is_root'] = self::boolean($c, 'http://example.com/is_root', $code);
        }
        $claims[':nonce'] = self::string($c, ':nonce', $code);
        $claims['class'] = self::string($c, 'class', $code, enum: ['gold', 'silver']);
        $claims['type'] = self::integer($c, 'type', $code, range: [0, 10]);
        $claims['iat'] = self::integer($c, 'iat', $code);
        $claims['exp'] = self::integer($c, 'exp', $code);
        $claims['items'] = self::items($c, 'items', $code, self::checkItem(...));
        if (array_key_exists('meta', $c)) {
            $claims['meta'] = self::object($c, 'meta', $code);
        }

        return $claims;
    }

    /** The header's fields, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkHeader(array $c, string $code): array
    {
        return ['kid' => self::string($c, 'kid', $code, maxLength: 32)];
    }

    /** $c[$name] as a Item object, checked; its members in declared order. */
    private static function checkItem(array $c, int|string $name, string $code, ?string $at = null): \stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!self::isObject($value)) {
            throw new GoldenClaimsException($code, "$at: expected an object");
        }
        $c = (array) $value;
        $unknown = array_diff_key($c, ['id' => 0, 'tags' => 0]);
        if ($code === 'invalid_input' && $unknown !== []) {
            throw new GoldenClaimsException($code, "$at: unknown member " . array_key_first($unknown));
        }
        $object = ['id' => self::integer($c, 'id', $code, $at . '.id')];
        if (array_key_exists('tags', $c)) {
            $object['tags'] = self::items($c, 'tags', $code, self::string(...), $at . '.tags');
        }

        return (object) $object;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new GoldenClaimsException($missing, ($at ?? $name) . ' is required');
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
        ?array $enum = null,
    ): string {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($maxLength !== null && preg_match_all('/./su', $value) > $maxLength) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ": longer than $maxLength characters");
        }
        if ($enum !== null && !in_array($value, $enum, true)) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ': not one of the allowed values');
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
            throw new GoldenClaimsException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
        }
        return $value;
    }

    /** $c[$name] as true or false. */
    private static function boolean(array $c, int|string $name, string $code, ?string $at = null): bool
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_bool($value)) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ': expected true or false');
        }
        return $value;
    }

    /** $c[$name] as an array, each item checked by $each. */
    private static function items(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value) || !array_is_list($value)) {
            throw new GoldenClaimsException($code, ($at ?? $name) . ': expected an array');
        }
        foreach (array_keys($value) as $i) {
            $value[$i] = $each($value, $i, $code, "{$at}[$i]");
        }
        return $value;
    }

    /** Whether $value is a JSON object: a \stdClass, or an array that is not a list ([] is a list). */
    private static function isObject(mixed $value): bool
    {
        return $value instanceof \stdClass || (is_array($value) && !array_is_list($value));
    }

    /** $c[$name] as a free JSON object (a \stdClass, or an array that is not a list), checked with free(). */
    private static function object(array $c, int|string $name, string $code, ?string $at = null): array|\stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!self::isObject($value)) {
            throw new GoldenClaimsException($code, "$at: expected an object");
        }
        self::free($value, $at, $code);
        return $value;
    }

    /** Refuses a float, an integer beyond ±(2^53 - 1), text not UTF-8, a non-JSON type, nesting past 64. */
    private static function free(array|\stdClass $value, string $at, string $code, int $depth = 1): void
    {
        foreach ((array) $value as $name => $item) {
            $valid = match (true) {
                is_string($item) => preg_match('//u', $item) === 1,
                is_int($item) => $item >= -9007199254740991 && $item <= 9007199254740991,
                is_array($item), $item instanceof \stdClass => $depth < 64,
                default => is_bool($item) || $item === null,
            };
            if (!$valid || (is_string($name) && preg_match('//u', $name) !== 1)) {
                throw new GoldenClaimsException($code, "$at: not a JSON value this format can carry");
            }
            if (is_array($item) || $item instanceof \stdClass) {
                self::free($item, $at, $code, $depth + 1);
            }
        }
    }

    /**
     * The HMAC key: the secret decoded from hex (either case), at least 16 bytes; the message of its errors never holds
     * it.
     */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if (preg_match('/\A(?:[0-9A-Fa-f]{2})+\z/', $secret) !== 1) {
            throw new GoldenClaimsException('invalid_key', 'the secret is empty or not hex');
        }
        $key = (string) hex2bin($secret);
        if (strlen($key) < 16) {
            throw new GoldenClaimsException('weak_key', 'the key is shorter than 16 bytes');
        }
        return $key;
    }

    /** Bytes as base64url without padding. */
    private static function base64url(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }

    /** The bytes of canonical base64url-nopad (the one spelling encoding gives back), else malformed. */
    private static function fromBase64url(string $text): string
    {
        $bytes = base64_decode(strtr($text, '-_', '+/'), true);
        if ($bytes === false || self::base64url($bytes) !== $text) {
            throw new GoldenClaimsException('malformed', 'not canonical base64url-nopad');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, ASCII only (\u escapes), keys sorted; invalid_input past 64 levels. */
    private static function json(mixed $value, int $depth = 1): string
    {
        if (!is_array($value) && !$value instanceof \stdClass) {
            return str_replace("\x7f", '\u007f', json_encode($value, JSON_THROW_ON_ERROR | JSON_UNESCAPED_SLASHES));
        }
        if ($depth > 64) {
            throw new GoldenClaimsException('invalid_input', 'cannot write JSON nested deeper than 64');
        }
        $items = [];
        if (is_array($value) && array_is_list($value)) {
            foreach ($value as $item) {
                $items[] = self::json($item, $depth + 1);
            }
            return '[' . implode(',', $items) . ']';
        }
        $value = (array) $value;
        ksort($value, SORT_STRING);
        foreach ($value as $name => $item) {
            $items[] = self::json((string) $name) . ':' . self::json($item, $depth + 1);
        }
        return '{' . implode(',', $items) . '}';
    }

    /**
     * Strict JSON, else malformed: integers within ±(2^53 - 1) only (no float, no -0), no duplicate key,
     * 64 levels at most; objects as \stdClass with their members in order.
     *
     * json_decode() reads it in C when its answer is provably strict()'s: it succeeded (so the text is
     * valid JSON, 64 levels at most), the value holds no float and no integer beyond ±(2^53 - 1), the
     * text outside strings no -0, and as many ":" (names) as the value has members (json_decode() keeps
     * the last of duplicate names). Anything else, an error or a name starting with NUL among them, goes
     * to strict().
     *
     * The whole text is looked at first, which spares cutting out its strings in the usual case: its ":"
     * are the names' plus those in strings, and the members are the names less the duplicates, so the
     * counts agree only when neither extra exists; and a -0 outside strings follows whitespace or one of
     * [,: (or starts the text).
     */
    private static function parse(string $json): mixed
    {
        $value = json_decode($json, false, 65); // 64 levels of arrays and objects, then the scalars
        if (json_last_error() !== JSON_ERROR_NONE) {
            return self::strict($json);
        }
        if (!is_array($value) && !$value instanceof \stdClass) {
            // A scalar alone has no name; only a number can be refused: a float, one beyond ±(2^53 - 1), -0.
            $refused = is_float($value)
                || (is_int($value) && (abs($value) > 9007199254740991 || ($value === 0 && str_contains($json, '-'))));
            return $refused ? self::strict($json) : $value;
        }
        $members = self::members($value);
        if ($members < 0) {
            return self::strict($json);
        }
        if (substr_count($json, ':') !== $members || preg_match('/(?<![^\s\[,:])-0/', $json) === 1) {
            $bare = preg_replace('/"(?:[^"\\\\]++|\\\\.)*+"/', '', $json); // the text outside strings
            if (substr_count($bare, ':') !== $members || str_contains($bare, '-0')) {
                return self::strict($json);
            }
        }
        return $value;
    }

    /** How many object members $value holds at any depth; -1 if it holds a float or an integer beyond ±(2^53 - 1). */
    private static function members(mixed $value): int
    {
        $count = 0;
        if ($value instanceof \stdClass) {
            $value = get_object_vars($value);
            $count = count($value);
        } elseif (!is_array($value)) {
            return is_float($value) || (is_int($value) && abs($value) > 9007199254740991) ? -1 : 0;
        }
        foreach ($value as $item) {
            if (is_array($item) || $item instanceof \stdClass) {
                $inner = self::members($item);
                if ($inner < 0) {
                    return -1;
                }
                $count += $inner;
            } elseif (is_float($item) || (is_int($item) && abs($item) > 9007199254740991)) {
                return -1;
            }
        }
        return $count;
    }

    /**
     * parse() one token at a time: json_decode() reads each scalar; objects are \stdClass with their
     * members in order, one whose name starts with NUL too (json_decode() cannot hold it; get_object_vars()
     * reads it).
     */
    private static function strict(string $json, int &$at = 0, int $depth = 1): mixed
    {
        $token = self::token($json, $at, '[{[]|"(?:[^"\\\\]++|\\\\.)*+"|-?(?:0|[1-9][0-9]*+)|true|false|null');
        if ($token === '{' || $token === '[') {
            if ($depth > 64) {
                throw new GoldenClaimsException('malformed', 'JSON nested deeper than 64 levels');
            }
            $end = $token === '{' ? '}' : ']';
            $value = [];
            if (self::token($json, $at, "$end?") === '') {
                do {
                    $item = self::strict($json, $at, $depth + 1); // in an object: a member's name
                    if ($end === ']') {
                        $value[] = $item;
                    } elseif (is_string($item) && !array_key_exists($item, $value)) {
                        self::token($json, $at, ':');
                        $value[$item] = self::strict($json, $at, $depth + 1);
                    } else {
                        throw new GoldenClaimsException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new GoldenClaimsException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new GoldenClaimsException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new GoldenClaimsException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new GoldenClaimsException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.~ stay, a space is %20, the rest %XX. */
    private static function percent(string $text): string
    {
        return rawurlencode($text);
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new GoldenClaimsException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new GoldenClaimsException('invalid_input', "the random source must give $count bytes");
        }
        return $bytes;
    }
}

/**
 * Why a Golden claims fixture could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, alg_not_allowed, expired,
 * not_yet_valid, lifetime_too_long, missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key
 * (signing).
 */
final class GoldenClaimsException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
