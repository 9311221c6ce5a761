<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Looker signed embed URL (Looker): signs an embed URL and verifies one.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see LookerSignedUrlException}.
 *
 * @see https://cloud.google.com/looker/docs/single-sign-on-embedding
 * @see https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts
 */
final class LookerSignedUrl
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'host' => true, 'embed_url' => true, 'nonce' => true, 'time' => true, 'session_length' => true,
        'external_user_id' => true, 'permissions' => true, 'models' => true, 'group_ids' => true,
        'external_group_id' => true, 'user_attributes' => true, 'access_filters' => true, 'first_name' => true,
        'last_name' => true, 'user_timezone' => true, 'force_logout_login' => true,
    ];

    /** The query parameters, keys in declared order, the signature's last (received() takes these only). */
    private const PARAMS = [
        'nonce' => true, 'time' => true, 'session_length' => true, 'external_user_id' => true, 'permissions' => true,
        'models' => true, 'group_ids' => true, 'external_group_id' => true, 'user_attributes' => true,
        'access_filters' => true, 'first_name' => true, 'last_name' => true, 'user_timezone' => true,
        'force_logout_login' => true, 'signature' => true,
    ];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%21' => '!', '%27' => '\'', '%28' => '(', '%29' => ')', '%2A' => '*'];

    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - host: Looker host without scheme, with the port when needed (example.looker.com).
     * - embed_url: The embedded content path, e.g. /embed/dashboards/1.
     * - nonce (default 16 random bytes as hex): Single-use random value.
     * - time (default now): When the URL was signed; Looker accepts it within five minutes.
     * - session_length (default 3600): Length of the embed session in seconds.
     * - external_user_id: Your id for the viewer.
     * - permissions: Looker permissions, e.g. access_data, see_user_dashboards.
     * - models: Model names the viewer may use.
     * - access_filters (default {}): Required by Looker; {} when unused.
     *
     * @param array{
     *     host: string, embed_url: string, nonce?: string, time?: int, session_length?: int, external_user_id: string,
     *     permissions: list<string>, models: list<string>, group_ids?: list<int>, external_group_id?: string,
     *     user_attributes?: array<string, mixed>|\stdClass, access_filters?: array<string, mixed>|\stdClass,
     *     first_name?: string, last_name?: string, user_timezone?: string, force_logout_login?: bool
     * } $input
     * @param string $secret The embed secret from Admin > Embed.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{url: string, signature: string, response: array<string, mixed>}
     *
     * @throws LookerSignedUrlException invalid_key or invalid_input
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
            throw new LookerSignedUrlException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['time' => $now, 'session_length' => 3600, 'access_filters' => new \stdClass()];
        $input['nonce'] ??= bin2hex(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input');
        $params = self::params($claims);
        $message = self::message([
            'host' => $claims['host'],
            'embed_url' => self::percent($claims['embed_url']),
        ] + $params);
        $signature = base64_encode(hash_hmac('sha1', $message, $key, true));
        $url = self::url($claims, $params + ['signature' => $signature]);

        return ['url' => $url, 'signature' => $signature, 'response' => ['url' => $url]];
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a signed URL and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws LookerSignedUrlException malformed, bad_signature, expired, not_yet_valid, missing_claim, invalid_claim
     *     or invalid_key
     */
    public static function verify(string $url, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        [$base, $query] = explode('?', explode('#', $url, 2)[0], 2) + ['', ''];
        if (preg_match('#\\Ahttps://(.*?)/login/embed/(.*?)\\z#s', $base, $match) !== 1) {
            throw new LookerSignedUrlException('malformed', 'the URL does not match the format\'s base URL');
        }
        $claims = ['host' => $match[1], 'embed_url' => self::percentDecode($match[2])];
        $params = self::received($query);
        $signature = self::fromBase64($params['signature']);
        unset($params['signature']);
        $message = self::message(['host' => $claims['host'], 'embed_url' => $match[2]] + $params);
        if (!hash_equals(hash_hmac('sha1', $message, $key, true), $signature)) {
            throw new LookerSignedUrlException('bad_signature', 'the signature does not match');
        }
        foreach ($params as $name => $text) {
            $claims[$name] = self::parse($text);
        }
        $c = self::checkClaims($claims, 'invalid_claim');
        $now ??= time();
        if ($c['time'] <= $now - 300) {
            throw new LookerSignedUrlException('expired', "issued at {$c['time']}, too old (now $now, leeway 300)");
        }
        if ($c['time'] > $now + 300) {
            throw new LookerSignedUrlException('not_yet_valid', "time {$c['time']} is ahead of $now, leeway 300");
        }

        return (object) $claims;
    }
    // --8<-- [end:verify]

    // --8<-- [start:url]
    /** The signed URL: the base, then the query (the signature's last); or invalid_input. */
    private static function url(array $c, array $params): string
    {
        return 'https://' . self::raw($c['host'], 'host') . '/login/embed/' . self::percent($c['embed_url'])
            . '?' . self::query($params);
    }

    /** The query's values but the signature, as text, by parameter name in declared order (null: left out). */
    private static function params(array $c): array
    {
        return [
            'nonce' => self::json($c['nonce']),
            'time' => self::json($c['time']),
            'session_length' => self::json($c['session_length']),
            'external_user_id' => self::json($c['external_user_id']),
            'permissions' => self::json($c['permissions']),
            'models' => self::json($c['models']),
            'group_ids' => isset($c['group_ids']) ? self::json($c['group_ids']) : null,
            'external_group_id' => isset($c['external_group_id']) ? self::json($c['external_group_id']) : null,
            'user_attributes' => isset($c['user_attributes']) ? self::json($c['user_attributes']) : null,
            'access_filters' => self::json($c['access_filters']),
            'first_name' => isset($c['first_name']) ? self::json($c['first_name']) : null,
            'last_name' => isset($c['last_name']) ? self::json($c['last_name']) : null,
            'user_timezone' => isset($c['user_timezone']) ? self::json($c['user_timezone']) : null,
            'force_logout_login' => isset($c['force_logout_login']) ? self::json($c['force_logout_login']) : null,
        ];
    }

    /** name=value&… with this format's percent-encoding, null values left out. */
    private static function query(array $params): string
    {
        return strtr(http_build_query($params, '', '&', PHP_QUERY_RFC3986), self::UNESCAPE);
    }
    // --8<-- [end:url]

    /** The text the MAC covers, joined by "\n", absent ones left out; made of the texts as they travel. */
    private static function message(array $t): string
    {
        // Concatenated: array_filter() and its callback cost more than the few isset() tests.
        return $t['host']
            . "\n" . '/login/embed/' . $t['embed_url']
            . (isset($t['nonce']) ? "\n" . $t['nonce'] : '')
            . (isset($t['time']) ? "\n" . $t['time'] : '')
            . (isset($t['session_length']) ? "\n" . $t['session_length'] : '')
            . (isset($t['external_user_id']) ? "\n" . $t['external_user_id'] : '')
            . (isset($t['permissions']) ? "\n" . $t['permissions'] : '')
            . (isset($t['models']) ? "\n" . $t['models'] : '')
            . (isset($t['group_ids']) ? "\n" . $t['group_ids'] : '')
            . (isset($t['external_group_id']) ? "\n" . $t['external_group_id'] : '')
            . (isset($t['user_attributes']) ? "\n" . $t['user_attributes'] : '')
            . (isset($t['access_filters']) ? "\n" . $t['access_filters'] : '');
    }

    /** The values, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'host' => self::string($c, 'host', $code),
            'embed_url' => self::string($c, 'embed_url', $code),
            'nonce' => self::string($c, 'nonce', $code, maxLength: 255),
            'time' => self::integer($c, 'time', $code),
            'session_length' => self::integer($c, 'session_length', $code, range: [0, 2592000]),
            'external_user_id' => self::string($c, 'external_user_id', $code),
            'permissions' => self::items($c, 'permissions', $code, self::string(...)),
            'models' => self::items($c, 'models', $code, self::string(...)),
        ];
        if (array_key_exists('group_ids', $c)) {
            $claims['group_ids'] = self::items($c, 'group_ids', $code, self::integer(...));
        }
        if (array_key_exists('external_group_id', $c)) {
            $claims['external_group_id'] = self::string($c, 'external_group_id', $code, maxLength: 81);
        }
        if (array_key_exists('user_attributes', $c)) {
            $claims['user_attributes'] = self::object($c, 'user_attributes', $code);
        }
        $claims['access_filters'] = self::object($c, 'access_filters', $code);
        if (array_key_exists('first_name', $c)) {
            $claims['first_name'] = self::string($c, 'first_name', $code);
        }
        if (array_key_exists('last_name', $c)) {
            $claims['last_name'] = self::string($c, 'last_name', $code);
        }
        if (array_key_exists('user_timezone', $c)) {
            $claims['user_timezone'] = self::string($c, 'user_timezone', $code);
        }
        if (array_key_exists('force_logout_login', $c)) {
            $claims['force_logout_login'] = self::boolean($c, 'force_logout_login', $code);
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new LookerSignedUrlException($missing, ($at ?? $name) . ' is required');
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
            throw new LookerSignedUrlException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($maxLength !== null && preg_match_all('/./su', $value) > $maxLength) {
            throw new LookerSignedUrlException($code, ($at ?? $name) . ": longer than $maxLength characters");
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
            throw new LookerSignedUrlException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        if ($range !== null && (($range[0] ?? $value) > $value || ($range[1] ?? $value) < $value)) {
            throw new LookerSignedUrlException($code, ($at ?? $name) . ': outside ' . implode('..', $range));
        }
        return $value;
    }

    /** $c[$name] as true or false. */
    private static function boolean(array $c, int|string $name, string $code, ?string $at = null): bool
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_bool($value)) {
            throw new LookerSignedUrlException($code, ($at ?? $name) . ': expected true or false');
        }
        return $value;
    }

    /** $c[$name] as an array, each item checked by $each. */
    private static function items(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value) || !array_is_list($value)) {
            throw new LookerSignedUrlException($code, ($at ?? $name) . ': expected an array');
        }
        foreach (array_keys($value) as $i) {
            $value[$i] = $each($value, $i, $code, "{$at}[$i]");
        }
        return $value;
    }

    /** $c[$name] as a free JSON object (a \stdClass, or an array that is not a list), checked with free(). */
    private static function object(array $c, int|string $name, string $code, ?string $at = null): array|\stdClass
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!$value instanceof \stdClass && (!is_array($value) || array_is_list($value))) {
            throw new LookerSignedUrlException($code, "$at: expected an object");
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
                throw new LookerSignedUrlException($code, "$at: not a JSON value this format can carry");
            }
            if (is_array($item) || $item instanceof \stdClass) {
                self::free($item, $at, $code, $depth + 1);
            }
        }
    }

    /** The HMAC key: the secret's UTF-8 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new LookerSignedUrlException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        return $secret;
    }

    /** The bytes of canonical base64 (the one spelling encoding gives back), else malformed. */
    private static function fromBase64(string $text): string
    {
        $bytes = base64_decode($text, true);
        if ($bytes === false || base64_encode($bytes) !== $text) {
            throw new LookerSignedUrlException('malformed', 'not canonical base64');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new LookerSignedUrlException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        return $json;
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
                throw new LookerSignedUrlException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new LookerSignedUrlException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new LookerSignedUrlException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new LookerSignedUrlException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new LookerSignedUrlException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new LookerSignedUrlException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.!~*'() stay, a space is %20, the rest %XX. */
    private static function percent(string $text): string
    {
        return strtr(rawurlencode($text), self::UNESCAPE);
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new LookerSignedUrlException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** Percent-decoded text ("+" stays "+"); malformed for a "%" without two hex digits, or bytes not UTF-8. */
    private static function percentDecode(string $text): string
    {
        $decoded = rawurldecode($text);
        if (preg_match('/%(?![0-9A-Fa-f]{2})/', $text) === 1 || preg_match('//u', $decoded) !== 1) {
            throw new LookerSignedUrlException('malformed', 'a stray "%", or bytes that are not UTF-8');
        }
        return $decoded;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new LookerSignedUrlException('invalid_input', "the random source must give $count bytes");
        }
        return $bytes;
    }

    /**
     * The query's parameters by name, percent-decoded, as the vendor's server reads them: declared ones only, each at
     * most once, in any order (the signature covers their values, not their order); malformed otherwise.
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
                throw new LookerSignedUrlException('malformed', 'a bad, unknown or repeated query item');
            }
            $params[$name] = $checked ? rawurldecode($pair[1]) : self::percentDecode($pair[1]);
        }
        if (!isset($params['signature'])) {
            throw new LookerSignedUrlException('malformed', 'the URL has no signature parameter');
        }
        return $params;
    }
}

/**
 * Why a Looker signed embed URL could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, not_yet_valid,
 * missing_claim, invalid_claim (verifying); invalid_input, invalid_key (signing).
 */
final class LookerSignedUrlException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
