<?php

// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Golden envelope fixture (embedseal tests): signs a token, builds its embed URL and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see GoldenEnvelopeException}.
 */
final class GoldenEnvelope
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = ['account' => true, 'id' => true, 'until' => true];

    // --8<-- [start:sign]
    /**
     * Signs a token and places it in its embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - id (default 16 random bytes as uuid)
     * - until (default now + 900)
     *
     * sign() sets v = 2.
     *
     * @param array{account: string, id?: string, until?: int} $input
     * @param string $secret The secret (utf8).
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{token: string, url: string, signature: string, response: array<string, mixed>}
     *
     * @throws GoldenEnvelopeException invalid_key, weak_key or invalid_input
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
            throw new GoldenEnvelopeException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['v' => 2, 'until' => $now + 900];
        $input['id'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input');
        $signature = base64_encode(hash_hmac('sha384', self::message($claims), $key, true));
        $token = self::base64url(self::json($claims + ['sig' => $signature]));

        return [
            'token' => $token,
            'url' => self::embedUrl($token),
            'signature' => $signature,
            'response' => ['token' => $token, 'expires_at' => $claims['until']],
        ];
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /** The embed URL that shows a token (one from sign(), or one kept from earlier). */
    public static function embedUrl(string $token): string
    {
        return 'https://embed.example.com/t/' . $token;
    }
    // --8<-- [end:url]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws GoldenEnvelopeException malformed, bad_signature, expired, lifetime_too_long, missing_claim,
     *     invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $claims = self::parse(self::fromBase64url($token));
        if (!$claims instanceof \stdClass) {
            throw new GoldenEnvelopeException('malformed', 'the token is not a JSON object');
        }
        $members = get_object_vars($claims);
        $c = self::checkClaims($members, 'invalid_claim');
        $signature = self::string($members, 'sig', 'invalid_claim');
        // Compared as written: the expected text is canonical, so no other spelling can match it, and
        // only a mismatch is decoded, to tell a malformed signature from one that does not match.
        if (!hash_equals(base64_encode(hash_hmac('sha384', self::message($members), $key, true)), $signature)) {
            self::fromBase64($signature);
            throw new GoldenEnvelopeException('bad_signature', 'the signature does not match');
        }
        unset($claims->sig);
        $now ??= time();
        if ($c['until'] <= $now) {
            throw new GoldenEnvelopeException('expired', "expired at {$c['until']} (now $now)");
        }
        if ($c['until'] - $now > 3600) {
            throw new GoldenEnvelopeException('lifetime_too_long', 'it lives longer than 3600 s');
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The text the MAC covers, joined by '|'. */
    private static function message(array $c): string
    {
        return implode('|', [(string) $c['v'], $c['account'], $c['id'], (string) $c['until']]);
    }

    /** The claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'v' => self::integer($c, 'v', $code),
            'account' => self::string($c, 'account', $code),
            'id' => self::string($c, 'id', $code),
            'until' => self::integer($c, 'until', $code),
        ];
        if (array_key_exists('v', $claims) && $claims['v'] !== 2) {
            throw new GoldenEnvelopeException($code, 'v has a value other than its fixed one');
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new GoldenEnvelopeException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new GoldenEnvelopeException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new GoldenEnvelopeException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** The HMAC key: the secret's UTF-8 bytes, at least 8 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new GoldenEnvelopeException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        if (strlen($secret) < 8) {
            throw new GoldenEnvelopeException('weak_key', 'the key is shorter than 8 bytes');
        }
        return $secret;
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
            throw new GoldenEnvelopeException('malformed', 'not canonical base64url-nopad');
        }
        return $bytes;
    }

    /** The bytes of canonical base64 (the one spelling encoding gives back), else malformed. */
    private static function fromBase64(string $text): string
    {
        $bytes = base64_decode($text, true);
        if ($bytes === false || base64_encode($bytes) !== $text) {
            throw new GoldenEnvelopeException('malformed', 'not canonical base64');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new GoldenEnvelopeException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
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
                throw new GoldenEnvelopeException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new GoldenEnvelopeException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new GoldenEnvelopeException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new GoldenEnvelopeException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new GoldenEnvelopeException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new GoldenEnvelopeException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new GoldenEnvelopeException('invalid_input', "the random source must give $count bytes");
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
}

/**
 * Why a Golden envelope fixture could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, lifetime_too_long,
 * missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key (signing).
 */
final class GoldenEnvelopeException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
