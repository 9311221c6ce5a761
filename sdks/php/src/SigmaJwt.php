<?php

// Code generated from spec/formats/sigma-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Sigma embed JWT (Sigma Computing): signs a token, builds its embed URL and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see SigmaJwtException}.
 *
 * @see https://help.sigmacomputing.com/docs/create-an-embed-api-with-json-web-tokens
 * @see https://help.sigmacomputing.com/docs/json-web-token-claims-reference
 */
final class SigmaJwt
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'kid' => true, 'sub' => true, 'iss' => true, 'jti' => true, 'iat' => true, 'exp' => true,
        'account_type' => true, 'teams' => true, 'user_attributes' => true, 'first_name' => true, 'last_name' => true,
        'eval_connection_id' => true, 'workbook_url' => true, ':embed' => true,
    ];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%3A' => ':'];

    // --8<-- [start:sign]
    /**
     * Signs a token and places it in its embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - kid: The embed client ID (Sigma requires it in the header).
     * - sub: The embed user's email address.
     * - iss: The embed client ID again, as the issuer (optional).
     * - jti (default 16 random bytes as uuid): A unique token id; Sigma stores it and refuses a second use (replay).
     * - iat (default now): When the token was issued.
     * - exp (default now + 3600): Expiry; at most 30 days after iat.
     * - account_type: The embed user's account type (viewer, creator, or a custom one).
     * - teams: The Sigma teams the embed user belongs to.
     * - user_attributes: User attributes by name, for row-level security and dynamic connections.
     * - eval_connection_id: The connection to evaluate the embed against (connection swapping).
     * - workbook_url: The workbook, page or element URL to embed.
     * - :embed (default 'true'): Marks the URL as a secure embed (always "true").
     *
     * @param array{
     *     kid: string, sub: string, iss?: string, jti?: string, iat?: int, exp?: int, account_type?: string,
     *     teams?: list<string>, user_attributes?: array<string, mixed>|\stdClass, first_name?: string,
     *     last_name?: string, eval_connection_id?: string, workbook_url: string, ':embed'?: string
     * } $input
     * @param string $secret The embed secret from Administration > Developer access, used as text.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{token: string, url: string, signature: string, response: array<string, mixed>}
     *
     * @throws SigmaJwtException invalid_key, weak_key or invalid_input
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
            throw new SigmaJwtException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['iat' => $now, 'exp' => $now + 3600, ':embed' => 'true'];
        $input['jti'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input') + self::checkHeader($input, 'invalid_input');
        $header = ['alg' => 'HS256', 'typ' => 'JWT', 'kid' => $claims['kid']];
        $payload = array_diff_key($claims, ['kid' => 0]);
        $signingInput = self::base64url(self::json($header)) . '.' . self::base64url(self::json((object) $payload));
        $signature = self::base64url(hash_hmac('sha256', $signingInput, $key, true));
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
     * workbook_url, :embed.
     *
     * @param array<string, mixed> $url
     *
     * @throws SigmaJwtException invalid_input
     */
    public static function embedUrl(string $token, array $url): string
    {
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return self::url(self::percent($token), $url);
    }

    /** The embed URL around $tokenText: the token as the URL carries it, percent-encoded already. */
    private static function url(string $tokenText, array $url): string
    {
        $url += [':embed' => 'true'];
        $values = [
            'workbook_url' => self::string($url, 'workbook_url', 'invalid_input'),
            ':embed' => self::string($url, ':embed', 'invalid_input', enum: ['true']),
        ];
        return self::raw($values['workbook_url'], 'workbook_url')
            . '?:jwt=' . $tokenText . '&:embed=' . self::percent($values[':embed']);
    }
    // --8<-- [end:url]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws SigmaJwtException malformed, bad_signature, alg_not_allowed, expired, not_yet_valid, lifetime_too_long,
     *     missing_claim, invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new SigmaJwtException('malformed', 'a JWS has 3 segments, this has ' . count($segments));
        }
        [$header, $payload, $signature] = array_map(self::fromBase64url(...), $segments);
        $header = self::parse($header);
        if (!$header instanceof \stdClass) {
            throw new SigmaJwtException('malformed', 'the header is not a JSON object');
        }
        if (($header->alg ?? null) !== 'HS256') {
            throw new SigmaJwtException('alg_not_allowed', 'the header\'s alg is not HS256');
        }
        if (property_exists($header, 'crit')) {
            // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
            throw new SigmaJwtException('malformed', 'the header lists critical extensions');
        }
        if (!hash_equals(hash_hmac('sha256', $segments[0] . '.' . $segments[1], $key, true), $signature)) {
            throw new SigmaJwtException('bad_signature', 'the signature does not match');
        }
        $claims = self::parse($payload);
        if (!$claims instanceof \stdClass) {
            throw new SigmaJwtException('malformed', 'the payload is not a JSON object');
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
        if ($c['exp'] <= $now) {
            throw new SigmaJwtException('expired', "expired at {$c['exp']} (now $now)");
        }
        if ($c['iat'] > $now) {
            throw new SigmaJwtException('not_yet_valid', "iat {$c['iat']} is ahead of $now");
        }
        if ($nbf !== null && $nbf > $now) {
            throw new SigmaJwtException('not_yet_valid', "nbf $nbf is ahead of $now");
        }
        if ($c['exp'] - $c['iat'] > 2592000) {
            throw new SigmaJwtException('lifetime_too_long', 'it lives longer than 2592000 s');
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The payload's claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = ['sub' => self::string($c, 'sub', $code)];
        if (array_key_exists('iss', $c)) {
            $claims['iss'] = self::string($c, 'iss', $code);
        }
        $claims['jti'] = self::string($c, 'jti', $code);
        $claims['iat'] = self::integer($c, 'iat', $code);
        $claims['exp'] = self::integer($c, 'exp', $code);
        if (array_key_exists('account_type', $c)) {
            $claims['account_type'] = self::string($c, 'account_type', $code);
        }
        if (array_key_exists('teams', $c)) {
            $claims['teams'] = self::items($c, 'teams', $code, self::string(...));
        }
        if (array_key_exists('user_attributes', $c)) {
            $claims['user_attributes'] = self::object($c, 'user_attributes', $code);
        }
        if (array_key_exists('first_name', $c)) {
            $claims['first_name'] = self::string($c, 'first_name', $code);
        }
        if (array_key_exists('last_name', $c)) {
            $claims['last_name'] = self::string($c, 'last_name', $code);
        }
        if (array_key_exists('eval_connection_id', $c)) {
            $claims['eval_connection_id'] = self::string($c, 'eval_connection_id', $code);
        }

        return $claims;
    }

    /** The header's fields, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkHeader(array $c, string $code): array
    {
        return ['kid' => self::string($c, 'kid', $code)];
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new SigmaJwtException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8), within its constraints. */
    private static function string(
        array $c,
        int|string $name,
        string $code,
        ?string $at = null,
        ?array $enum = null,
    ): string {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new SigmaJwtException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($enum !== null && !in_array($value, $enum, true)) {
            throw new SigmaJwtException($code, ($at ?? $name) . ': not one of the allowed values');
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new SigmaJwtException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** $c[$name] as an array, each item checked by $each. */
    private static function items(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value) || !array_is_list($value)) {
            throw new SigmaJwtException($code, ($at ?? $name) . ': expected an array');
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
            throw new SigmaJwtException($code, "$at: expected an object");
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
                throw new SigmaJwtException($code, "$at: not a JSON value this format can carry");
            }
            if (is_array($item) || $item instanceof \stdClass) {
                self::free($item, $at, $code, $depth + 1);
            }
        }
    }

    /** The HMAC key: the secret's UTF-8 bytes, at least 32 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new SigmaJwtException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        if (strlen($secret) < 32) {
            throw new SigmaJwtException('weak_key', 'the key is shorter than 32 bytes');
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
            throw new SigmaJwtException('malformed', 'not canonical base64url-nopad');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, UTF-8 as it is; invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $flags = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS;
        $json = json_encode($value, $flags, 64);
        if ($json === false) {
            throw new SigmaJwtException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
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
                throw new SigmaJwtException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new SigmaJwtException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new SigmaJwtException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new SigmaJwtException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new SigmaJwtException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new SigmaJwtException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.~: stay, a space is %20, the rest %XX. */
    private static function percent(string $text): string
    {
        return strtr(rawurlencode($text), self::UNESCAPE);
    }

    /** A value placed in the base URL as it is: invalid_input if it holds "?" or "#" (they would end it). */
    private static function raw(string $text, string $name): string
    {
        if (strpbrk($text, '?#') !== false) {
            throw new SigmaJwtException('invalid_input', "$name: '?' and '#' cannot appear here");
        }
        return $text;
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new SigmaJwtException('invalid_input', "the random source must give $count bytes");
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
 * Why a Sigma embed JWT could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, alg_not_allowed, expired,
 * not_yet_valid, lifetime_too_long, missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key
 * (signing).
 */
final class SigmaJwtException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
