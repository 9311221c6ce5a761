<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Golden lines fixture (embedseal tests): signs an embed URL and verifies one.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see GoldenLinesException}.
 */
final class GoldenLines
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'host' => true, 'path' => true, 'time' => true, 'user' => true, 'groups' => true, 'display' => true,
    ];

    /** The query parameters, keys in declared order, the signature's last (received() takes these only). */
    private const PARAMS = ['time' => true, 'user' => true, 'groups' => true, 'display' => true, 'sig' => true];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%20' => '+'];

    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - time (default now)
     *
     * @param array{host: string, path: string, time?: int, user: string, groups?: list<int>, display?: string} $input
     * @param string $secret The secret (base64).
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @return array{url: string, signature: string, response: array<string, mixed>}
     *
     * @throws GoldenLinesException invalid_key, weak_key or invalid_input
     */
    public static function sign(array $input, #[\SensitiveParameter] string $secret, ?int $now = null): array
    {
        $key = self::key($secret);
        $now ??= time();
        $input = in_array(null, $input, true) ? array_filter($input, static fn (mixed $v) => $v !== null) : $input;
        $unknown = array_diff_key($input, self::INPUTS);
        if ($unknown !== []) {
            throw new GoldenLinesException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['time' => $now];
        $claims = self::checkClaims($input, 'invalid_input');
        $params = self::params($claims);
        $message = self::message(['host' => $claims['host'], 'path' => self::percent($claims['path'])] + $params);
        $signature = self::base64urlPadded(hash_hmac('sha256', $message, $key, true));
        $url = self::url($claims, $params + ['sig' => $signature]);

        return ['url' => $url, 'signature' => $signature, 'response' => ['url' => $url]];
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a signed URL and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws GoldenLinesException malformed, bad_signature, expired, not_yet_valid, missing_claim, invalid_claim,
     *     invalid_key or weak_key
     */
    public static function verify(string $url, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        [$base, $query] = explode('?', explode('#', $url, 2)[0], 2) + ['', ''];
        if (preg_match('#\\Ahttps://(.*?)/e/(.*?)\\z#s', $base, $match) !== 1) {
            throw new GoldenLinesException('malformed', 'the URL does not match the format\'s base URL');
        }
        $claims = ['host' => $match[1], 'path' => self::percentDecode($match[2])];
        $params = self::received($query);
        $signature = self::fromBase64urlPadded($params['sig']);
        unset($params['sig']);
        $message = self::message(['host' => $claims['host'], 'path' => $match[2]] + $params);
        if (!hash_equals(hash_hmac('sha256', $message, $key, true), $signature)) {
            throw new GoldenLinesException('bad_signature', 'the signature does not match');
        }
        foreach ($params as $name => $text) {
            $claims[$name] = match ($name) {
                'user', 'groups' => self::parse($text),
                'time' => self::integerText($text, $name),
                default => $text,
            };
        }
        $c = self::checkClaims($claims, 'invalid_claim');
        $now ??= time();
        if ($c['time'] + 120 <= $now - 10) {
            throw new GoldenLinesException('expired', "issued at {$c['time']}, too old (now $now, leeway 10)");
        }
        if ($c['time'] > $now + 10) {
            throw new GoldenLinesException('not_yet_valid', "time {$c['time']} is ahead of $now, leeway 10");
        }

        return (object) $claims;
    }
    // --8<-- [end:verify]

    // --8<-- [start:url]
    /** The signed URL: the base, then the query (the signature's last); or invalid_input. */
    private static function url(array $c, array $params): string
    {
        return 'https://' . self::raw($c['host'], 'host') . '/e/' . self::percent($c['path'])
            . '?' . self::query($params);
    }

    /** The query's values but the signature, as text, by parameter name in declared order (null: left out). */
    private static function params(array $c): array
    {
        return [
            'time' => (string) $c['time'],
            'user' => self::json($c['user']),
            'groups' => isset($c['groups']) ? self::json($c['groups']) : null,
            'display' => $c['display'] ?? null,
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
            . "\n" . '/e/' . $t['path']
            . (isset($t['time']) ? "\n" . $t['time'] : '')
            . (isset($t['user']) ? "\n" . $t['user'] : '')
            . (isset($t['groups']) ? "\n" . $t['groups'] : '');
    }

    /** The values, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'host' => self::string($c, 'host', $code),
            'path' => self::string($c, 'path', $code),
            'time' => self::integer($c, 'time', $code),
            'user' => self::string($c, 'user', $code, maxLength: 64),
        ];
        if (array_key_exists('groups', $c)) {
            $claims['groups'] = self::items($c, 'groups', $code, self::integer(...));
        }
        if (array_key_exists('display', $c)) {
            $claims['display'] = self::string($c, 'display', $code);
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new GoldenLinesException($missing, ($at ?? $name) . ' is required');
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
            throw new GoldenLinesException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($maxLength !== null && preg_match_all('/./su', $value) > $maxLength) {
            throw new GoldenLinesException($code, ($at ?? $name) . ": longer than $maxLength characters");
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new GoldenLinesException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** $c[$name] as an array, each item checked by $each. */
    private static function items(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value) || !array_is_list($value)) {
            throw new GoldenLinesException($code, ($at ?? $name) . ': expected an array');
        }
        foreach (array_keys($value) as $i) {
            $value[$i] = $each($value, $i, $code, "{$at}[$i]");
        }
        return $value;
    }

    /**
     * The HMAC key: the secret decoded from base64 (padded), at least 16 bytes; the message of its errors never holds
     * it.
     */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        $pattern = '/\A(?:[A-Za-z0-9+\/]{4})*(?:[A-Za-z0-9+\/]{2}==|[A-Za-z0-9+\/]{3}=)?\z/';
        $key = preg_match($pattern, $secret) === 1 ? (string) base64_decode($secret, true) : '';
        if ($key === '') {
            throw new GoldenLinesException('invalid_key', 'the secret is empty or not base64');
        }
        if (strlen($key) < 16) {
            throw new GoldenLinesException('weak_key', 'the key is shorter than 16 bytes');
        }
        return $key;
    }

    /** Bytes as base64url with padding. */
    private static function base64urlPadded(string $bytes): string
    {
        return strtr(base64_encode($bytes), '+/', '-_');
    }

    /** The bytes of canonical base64url (the one spelling encoding gives back), else malformed. */
    private static function fromBase64urlPadded(string $text): string
    {
        $bytes = base64_decode(strtr($text, '-_', '+/'), true);
        if ($bytes === false || self::base64urlPadded($bytes) !== $text) {
            throw new GoldenLinesException('malformed', 'not canonical base64url');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: separators ', ' and ': ', UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS | JSON_PRETTY_PRINT;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new GoldenLinesException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        // Pretty print writes ": " and breaks lines only between items (a string's line break is \n).
        return preg_replace(['/,\n */', '/\n */'], [', ', ''], $json);
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
                throw new GoldenLinesException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new GoldenLinesException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new GoldenLinesException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new GoldenLinesException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new GoldenLinesException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new GoldenLinesException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.~ stay, a space is +, the rest %XX. */
    private static function percent(string $text): string
    {
        return strtr(rawurlencode($text), self::UNESCAPE);
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new GoldenLinesException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** Percent-decoded text ("+" stays "+"); malformed for a "%" without two hex digits, or bytes not UTF-8. */
    private static function percentDecode(string $text): string
    {
        $decoded = rawurldecode($text);
        if (preg_match('/%(?![0-9A-Fa-f]{2})/', $text) === 1 || preg_match('//u', $decoded) !== 1) {
            throw new GoldenLinesException('malformed', 'a stray "%", or bytes that are not UTF-8');
        }
        return $decoded;
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
                throw new GoldenLinesException('malformed', 'a bad, unknown or repeated query item');
            }
            $params[$name] = $checked ? rawurldecode($pair[1]) : self::percentDecode($pair[1]);
        }
        if (!isset($params['sig'])) {
            throw new GoldenLinesException('malformed', 'the URL has no sig parameter');
        }
        return $params;
    }

    /** An integer in decimal, else invalid_claim (one beyond PHP's range saturates; the checks refuse it). */
    private static function integerText(string $text, string $name): int
    {
        if (preg_match('/\A-?(?:0|[1-9][0-9]*)\z/', $text) !== 1 || $text === '-0') {
            throw new GoldenLinesException('invalid_claim', "$name is not an integer");
        }
        return (int) $text;
    }
}

/**
 * Why a Golden lines fixture could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, not_yet_valid,
 * missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key (signing).
 */
final class GoldenLinesException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
