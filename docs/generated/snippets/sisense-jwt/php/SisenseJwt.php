<?php

// Code generated from spec/formats/sisense-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Sisense SSO JWT (Sisense): signs a token, builds its embed URL and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see SisenseJwtException}.
 *
 * @see https://docs.sisense.com/main/SisenseLinux/single-sign-on-using-json-web-token.htm
 * @see https://documentation.sisense.com/latest/administration/user-management/single-sign-on/sso-jwt.htm
 * @see https://sisense.dev/guides/sso/jwt/
 */
final class SisenseJwt
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'iat' => true, 'sub' => true, 'jti' => true, 'exp' => true, 'sisense_url' => true, 'return_to' => true,
    ];

    /** The JWS header, base64url-encoded: {"alg":"HS256","typ":"JWT"} */
    private const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';

    // --8<-- [start:sign]
    /**
     * Signs a token and places it in its embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - iat (default now): When the token was issued; Sisense allows up to 5 minutes of clock skew.
     * - sub: The user's email address or username in Sisense.
     * - jti (default 16 random bytes as uuid): A unique token id; Sisense accepts each token once (replay protection).
     * - exp: Optional expiry (Unix seconds).
     * - sisense_url: The Sisense server, without a trailing slash (https://analytics.example.com).
     * - return_to: The page to open after login, as Sisense passed it to the remote-login URL.
     *
     * @param array{iat?: int, sub: string, jti?: string, exp?: int, sisense_url: string, return_to?: string} $input
     * @param string $secret The Shared Secret from Admin > Security & Access > Single Sign On, used as text.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{token: string, url: string, signature: string, response: array<string, mixed>}
     *
     * @throws SisenseJwtException invalid_key, weak_key or invalid_input
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
            throw new SisenseJwtException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['iat' => $now];
        $input['jti'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input');
        $signingInput = self::HEADER . '.' . self::base64url(self::json($claims));
        $signature = self::base64url(hash_hmac('sha256', $signingInput, $key, true));
        $token = $signingInput . '.' . $signature;
        // percent() keeps every character this token can hold: the URL takes it as it is.
        $url = self::url($token, $input);

        return [
            'token' => $token,
            'url' => $url,
            'signature' => $signature,
            'response' => ['token' => $token, 'url' => $url],
        ];
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /**
     * The embed URL that shows a token (one from sign(), or one kept from earlier).
     *
     * $url holds the URL's values by wire name, as sign() takes them (other members are ignored):
     * sisense_url, return_to.
     *
     * @param array<string, mixed> $url
     *
     * @throws SisenseJwtException invalid_input
     */
    public static function embedUrl(string $token, array $url): string
    {
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return self::url(self::percent($token), $url);
    }

    /** The embed URL around $tokenText: the token as the URL carries it, percent-encoded already. */
    private static function url(string $tokenText, array $url): string
    {
        $values = ['sisense_url' => self::string($url, 'sisense_url', 'invalid_input')];
        if (array_key_exists('return_to', $url)) {
            $values['return_to'] = self::string($url, 'return_to', 'invalid_input');
        }
        $query = implode('&', array_filter([
            'jwt=' . $tokenText,
            isset($values['return_to']) ? 'return_to=' . self::percent($values['return_to']) : null,
        ], is_string(...)));

        return self::raw($values['sisense_url'], 'sisense_url') . '/jwt' . ($query === '' ? '' : '?' . $query);
    }
    // --8<-- [end:url]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws SisenseJwtException malformed, bad_signature, alg_not_allowed, expired, not_yet_valid, missing_claim,
     *     invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new SisenseJwtException('malformed', 'a JWS has 3 segments, this has ' . count($segments));
        }
        $payload = self::fromBase64url($segments[1]);
        $signature = self::fromBase64url($segments[2]);
        if ($segments[0] !== self::HEADER) { // the header sign() writes passes these checks as it is
            $header = self::parse(self::fromBase64url($segments[0]));
            if (!$header instanceof \stdClass) {
                throw new SisenseJwtException('malformed', 'the header is not a JSON object');
            }
            if (($header->alg ?? null) !== 'HS256') {
                throw new SisenseJwtException('alg_not_allowed', 'the header\'s alg is not HS256');
            }
            if (property_exists($header, 'crit')) {
                // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
                throw new SisenseJwtException('malformed', 'the header lists critical extensions');
            }
        }
        if (!hash_equals(hash_hmac('sha256', $segments[0] . '.' . $segments[1], $key, true), $signature)) {
            throw new SisenseJwtException('bad_signature', 'the signature does not match');
        }
        $claims = self::parse($payload);
        if (!$claims instanceof \stdClass) {
            throw new SisenseJwtException('malformed', 'the payload is not a JSON object');
        }
        $members = get_object_vars($claims);
        $c = self::checkClaims($members, 'invalid_claim');
        // Registered time claims not declared here (RFC 7519 §4.1.4-6): integers when present, checked below.
        $nbf = array_key_exists('nbf', $members) ? self::integer($members, 'nbf', 'invalid_claim') : null;
        $now ??= time();
        if (isset($c['exp']) && $c['exp'] <= $now) {
            throw new SisenseJwtException('expired', "expired at {$c['exp']} (now $now)");
        }
        if ($c['iat'] + 300 <= $now) {
            throw new SisenseJwtException('expired', "issued at {$c['iat']}, too old (now $now)");
        }
        if ($c['iat'] > $now) {
            throw new SisenseJwtException('not_yet_valid', "iat {$c['iat']} is ahead of $now");
        }
        if ($nbf !== null && $nbf > $now) {
            throw new SisenseJwtException('not_yet_valid', "nbf $nbf is ahead of $now");
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'iat' => self::integer($c, 'iat', $code),
            'sub' => self::string($c, 'sub', $code),
            'jti' => self::string($c, 'jti', $code),
        ];
        if (array_key_exists('exp', $c)) {
            $claims['exp'] = self::integer($c, 'exp', $code);
        }

        return $claims;
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new SisenseJwtException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new SisenseJwtException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new SisenseJwtException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** The HMAC key: the secret's UTF-8 bytes, at least 32 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new SisenseJwtException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        if (strlen($secret) < 32) {
            throw new SisenseJwtException('weak_key', 'the key is shorter than 32 bytes');
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
            throw new SisenseJwtException('malformed', 'not canonical base64url-nopad');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, ASCII only (\u escapes); invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $json = json_encode($value, JSON_UNESCAPED_SLASHES, 64);
        if ($json === false) {
            throw new SisenseJwtException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        return str_replace("\x7f", '\u007f', $json);
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
                throw new SisenseJwtException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new SisenseJwtException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new SisenseJwtException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new SisenseJwtException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new SisenseJwtException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new SisenseJwtException('malformed', "invalid JSON at byte $at");
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
            throw new SisenseJwtException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new SisenseJwtException('invalid_input', "the random source must give $count bytes");
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
 * Why a Sisense SSO JWT could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, alg_not_allowed, expired,
 * not_yet_valid, missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key (signing).
 */
final class SisenseJwtException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
