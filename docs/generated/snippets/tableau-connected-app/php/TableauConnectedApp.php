<?php

// Code generated from spec/formats/tableau-connected-app.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Tableau connected app JWT (Tableau): signs a token and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see TableauConnectedAppException}.
 *
 * @see https://help.tableau.com/current/online/en-us/connected_apps_direct.htm
 * @see https://help.tableau.com/current/online/en-us/connected_apps_troubleshoot.htm
 * @see https://help.tableau.com/current/api/embedding_api/en-us/docs/embedding_api_auth.html
 */
final class TableauConnectedApp
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'iss' => true, 'exp' => true, 'jti' => true, 'sub' => true, 'scp' => true, 'kid' => true, 'attributes' => true,
    ];

    /** The names no member of attributes may take: RFC 7519's registered claims and every other field's. */
    private const TAKEN = ['attributes', 'aud', 'exp', 'iat', 'iss', 'jti', 'kid', 'nbf', 'scp', 'sub'];

    // --8<-- [start:sign]
    /**
     * Signs a token.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - iss: The connected app's client ID (Tableau requires it in the header and the payload).
     * - exp (default now + 300): Expiry; Tableau refuses a token that expires more than 10 minutes from now.
     * - jti (default 16 random bytes as uuid): A unique token id; Tableau accepts each token once.
     * - sub: The Tableau user name (often an email address), case-sensitive.
     * - scp: The scopes granted, e.g. tableau:views:embed or tableau:content:read.
     * - kid: The connected app's secret ID.
     * - attributes: User attributes as top-level claims ("Region": "East"), and Tableau's optional ones such as
     *   "https://tableau.com/groups"; none may be a claim declared above or registered.
     *
     * sign() sets aud = 'tableau'.
     *
     * The members of attributes become claims of their own, written in its place (after scp) in the caller's order, not
     * under attributes; none may be named attributes, aud, exp, iat, iss, jti, kid, nbf, scp or sub (declared or
     * registered claims: invalid_input).
     *
     * @param array{
     *     iss: string, exp?: int, jti?: string, sub: string, scp: list<string>, kid: string,
     *     attributes?: array<string, mixed>|\stdClass
     * } $input
     * @param string $secret The connected app's secret value (Connected Apps > the app > Secret), used as text.
     * @param int|null $now Unix time in seconds; the system clock when null.
     * @param (callable(int): string)|null $randomBytes Returns N random bytes; random_bytes() when null.
     *
     * @return array{token: string, signature: string, response: array<string, mixed>}
     *
     * @throws TableauConnectedAppException invalid_key, weak_key or invalid_input
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
            throw new TableauConnectedAppException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['aud' => 'tableau', 'exp' => $now + 300];
        $input['jti'] ??= self::uuid(self::random($randomBytes, 16));
        $claims = self::checkClaims($input, 'invalid_input') + self::checkHeader($input, 'invalid_input');
        $header = ['alg' => 'HS256', 'iss' => $claims['iss'], 'kid' => $claims['kid'], 'typ' => 'JWT'];
        $payload = self::spread(array_diff_key($claims, ['kid' => 0]));
        $signingInput = self::base64url(self::json($header)) . '.' . self::base64url(self::json($payload));
        $signature = self::base64url(hash_hmac('sha256', $signingInput, $key, true));
        $token = $signingInput . '.' . $signature;

        return [
            'token' => $token,
            'signature' => $signature,
            'response' => ['token' => $token, 'expires_at' => $claims['exp']],
        ];
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept, the members of
     * attributes among them as claims of their own).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws TableauConnectedAppException malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
     *     lifetime_too_long, missing_claim, invalid_claim, invalid_key or weak_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new TableauConnectedAppException('malformed', 'a JWS has 3 segments, this has ' . count($segments));
        }
        [$header, $payload, $signature] = array_map(self::fromBase64url(...), $segments);
        $header = self::parse($header);
        if (!$header instanceof \stdClass) {
            throw new TableauConnectedAppException('malformed', 'the header is not a JSON object');
        }
        if (($header->alg ?? null) !== 'HS256') {
            throw new TableauConnectedAppException('alg_not_allowed', 'the header\'s alg is not HS256');
        }
        if (property_exists($header, 'crit')) {
            // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
            throw new TableauConnectedAppException('malformed', 'the header lists critical extensions');
        }
        if (!hash_equals(hash_hmac('sha256', $segments[0] . '.' . $segments[1], $key, true), $signature)) {
            throw new TableauConnectedAppException('bad_signature', 'the signature does not match');
        }
        $claims = self::parse($payload);
        if (!$claims instanceof \stdClass) {
            throw new TableauConnectedAppException('malformed', 'the payload is not a JSON object');
        }
        $members = get_object_vars($claims);
        $c = self::checkClaims($members, 'invalid_claim');
        $h = self::checkHeader(get_object_vars($header), 'invalid_claim');
        if ($h['iss'] !== $c['iss']) {
            throw new TableauConnectedAppException('invalid_claim', 'iss in the header differs from the payload\'s');
        }
        if (property_exists($header, 'kid')) {
            $claims->kid = $header->kid;
        }
        // Registered time claims not declared here (RFC 7519 §4.1.4-6): integers when present, checked below.
        $nbf = array_key_exists('nbf', $members) ? self::integer($members, 'nbf', 'invalid_claim') : null;
        $iat = array_key_exists('iat', $members) ? self::integer($members, 'iat', 'invalid_claim') : null;
        $now ??= time();
        if ($c['exp'] <= $now) {
            throw new TableauConnectedAppException('expired', "expired at {$c['exp']} (now $now)");
        }
        if ($nbf !== null && $nbf > $now) {
            throw new TableauConnectedAppException('not_yet_valid', "nbf $nbf is ahead of $now");
        }
        if ($iat !== null && $iat > $now) {
            throw new TableauConnectedAppException('not_yet_valid', "iat $iat is ahead of $now");
        }
        if ($c['exp'] - $now > 600) {
            throw new TableauConnectedAppException('lifetime_too_long', 'it lives longer than 600 s');
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The payload's claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        $claims = [
            'iss' => self::string($c, 'iss', $code),
            'exp' => self::integer($c, 'exp', $code),
            'jti' => self::string($c, 'jti', $code),
            'aud' => self::string($c, 'aud', $code),
            'sub' => self::string($c, 'sub', $code, maxLength: 255),
            'scp' => self::items($c, 'scp', $code, self::string(...)),
        ];
        if (array_key_exists('attributes', $c)) {
            $claims['attributes'] = self::object($c, 'attributes', $code);
        }
        if (array_key_exists('aud', $claims) && $claims['aud'] !== 'tableau') {
            throw new TableauConnectedAppException($code, 'aud has a value other than its fixed one');
        }

        return $claims;
    }

    /** The header's fields, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkHeader(array $c, string $code): array
    {
        // The usual case in one test; only otherwise is each value checked by itself, to say why.
        if (
            is_string($iss = $c['iss'] ?? null)
            && is_string($kid = $c['kid'] ?? null)
            && preg_match('//u', $iss . "\0" . $kid) === 1
        ) {
            return ['iss' => $iss, 'kid' => $kid];
        }
        return ['iss' => self::string($c, 'iss', $code), 'kid' => self::string($c, 'kid', $code)];
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new TableauConnectedAppException($missing, ($at ?? $name) . ' is required');
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
            throw new TableauConnectedAppException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        if ($maxLength !== null && preg_match_all('/./su', $value) > $maxLength) {
            throw new TableauConnectedAppException($code, ($at ?? $name) . ": longer than $maxLength characters");
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new TableauConnectedAppException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** $c[$name] as an array, each item checked by $each. */
    private static function items(array $c, int|string $name, string $code, callable $each, ?string $at = null): array
    {
        $at ??= (string) $name;
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_array($value) || !array_is_list($value)) {
            throw new TableauConnectedAppException($code, ($at ?? $name) . ': expected an array');
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
            throw new TableauConnectedAppException($code, "$at: expected an object");
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
                throw new TableauConnectedAppException($code, "$at: not a JSON value this format can carry");
            }
            if (is_array($item) || $item instanceof \stdClass) {
                self::free($item, $at, $code, $depth + 1);
            }
        }
    }

    /**
     * The payload with the members of attributes in its place, as claims of their own in the caller's order;
     * invalid_input for one named like a declared or registered claim (TAKEN).
     */
    private static function spread(array $claims): array
    {
        $payload = [];
        foreach ($claims as $name => $value) {
            if ($name !== 'attributes') {
                $payload[$name] = $value;
                continue;
            }
            foreach ((array) $value as $member => $item) {
                if (in_array((string) $member, self::TAKEN, true)) {
                    throw new TableauConnectedAppException(
                        'invalid_input',
                        "attributes: '$member' is a declared or registered claim",
                    );
                }
                $payload[$member] = $item;
            }
        }

        return $payload;
    }

    /** The HMAC key: the secret's UTF-8 bytes, at least 32 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new TableauConnectedAppException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        if (strlen($secret) < 32) {
            throw new TableauConnectedAppException('weak_key', 'the key is shorter than 32 bytes');
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
            throw new TableauConnectedAppException('malformed', 'not canonical base64url-nopad');
        }
        return $bytes;
    }

    /** JSON text as this format writes it: compact, ASCII only (\u escapes); invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $json = json_encode($value, JSON_UNESCAPED_SLASHES, 64);
        if ($json === false) {
            throw new TableauConnectedAppException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
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
                throw new TableauConnectedAppException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new TableauConnectedAppException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new TableauConnectedAppException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new TableauConnectedAppException(
                    'malformed',
                    'JSON numbers here are integers within ±(2^53 - 1)',
                );
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new TableauConnectedAppException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new TableauConnectedAppException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** $count bytes from the random source (invalid_input when it gives fewer or more). */
    private static function random(callable $randomBytes, int $count): string
    {
        $bytes = $randomBytes($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new TableauConnectedAppException('invalid_input', "the random source must give $count bytes");
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
 * Why a Tableau connected app JWT could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, alg_not_allowed, expired,
 * not_yet_valid, lifetime_too_long, missing_claim, invalid_claim (verifying); invalid_input, invalid_key, weak_key
 * (signing).
 */
final class TableauConnectedAppException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
