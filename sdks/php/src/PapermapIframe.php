<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal;

/**
 * The Papermap iframe token (Papermap): signs a token, builds its embed URL and verifies it.
 *
 * Self-contained: PHP 8.1+ with its bundled hash, json and pcre only. Errors: {@see PapermapIframeException}.
 *
 * @see https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens
 */
final class PapermapIframe
{
    /** The inputs sign() takes, keyed by wire name (array_diff_key() finds any other). */
    private const INPUTS = [
        'api_key_id' => true, 'workspace_id' => true, 'tenant_id' => true, 'dashboard_id' => true,
        'valid_until' => true,
    ];

    /** What this format's percent-encoding keeps (or writes otherwise) that rawurlencode() does not. */
    private const UNESCAPE = ['%3D' => '='];

    // --8<-- [start:sign]
    /**
     * Signs a token and places it in its embed URL.
     *
     * $input holds the values by wire name (a null value counts as absent; the @param shape gives the types):
     *
     * - api_key_id: Your Papermap API key identifier (ak_…), the same for every token.
     * - workspace_id: The Papermap workspace that holds the dashboard.
     * - tenant_id: Your customer (tenant) the dashboard is shown to.
     * - dashboard_id: The tenant's dashboard.
     * - valid_until (default now + 3600): When the token stops working (Unix seconds); one hour from now by default.
     *
     * @param array{
     *     api_key_id: string, workspace_id: string, tenant_id: string, dashboard_id: string, valid_until?: int
     * } $input
     * @param string $secret The secret (utf8).
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @return array{token: string, url: string, signature: string, response: array<string, mixed>}
     *
     * @throws PapermapIframeException invalid_key or invalid_input
     */
    public static function sign(array $input, #[\SensitiveParameter] string $secret, ?int $now = null): array
    {
        $key = self::key($secret);
        $now ??= time();
        $input = in_array(null, $input, true) ? array_filter($input, static fn (mixed $v) => $v !== null) : $input;
        $unknown = array_diff_key($input, self::INPUTS);
        if ($unknown !== []) {
            throw new PapermapIframeException('invalid_input', array_key_first($unknown) . ' is not an input');
        }
        $input += ['valid_until' => $now + 3600];
        $claims = self::checkClaims($input, 'invalid_input');
        $signature = hash_hmac('sha256', self::message($claims), $key);
        $token = self::base64urlPadded(self::json($claims + ['signature' => $signature]));
        // percent() keeps every character this token can hold: the URL takes it as it is.
        $url = self::url($token);

        return [
            'token' => $token,
            'url' => $url,
            'signature' => $signature,
            'response' => [
                'token' => $token,
                'dashboard_id' => $claims['dashboard_id'],
                'expires_at' => $claims['valid_until'],
            ],
        ];
    }
    // --8<-- [end:sign]

    // --8<-- [start:url]
    /** The embed URL that shows a token (one from sign(), or one kept from earlier). */
    public static function embedUrl(string $token): string
    {
        // A token kept from earlier may hold anything: it is percent-encoded as any text is.
        return self::url(self::percent($token));
    }

    /** The embed URL around $tokenText: the token as the URL carries it, percent-encoded already. */
    private static function url(string $tokenText): string
    {
        return 'https://papermap.ai/embedded/dashboard?embedded-token=' . $tokenText;
    }
    // --8<-- [end:url]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims as json_decode() would (undeclared members kept).
     *
     * @param int|null $now Unix time in seconds; the system clock when null.
     *
     * @throws PapermapIframeException malformed, bad_signature, expired, missing_claim, invalid_claim or invalid_key
     */
    public static function verify(string $token, #[\SensitiveParameter] string $secret, ?int $now = null): \stdClass
    {
        $key = self::key($secret);
        $claims = self::parse(self::fromBase64urlPadded($token));
        if (!$claims instanceof \stdClass) {
            throw new PapermapIframeException('malformed', 'the token is not a JSON object');
        }
        $members = get_object_vars($claims);
        $c = self::checkClaims($members, 'invalid_claim');
        $signature = self::string($members, 'signature', 'invalid_claim');
        // Compared as written: the expected text is canonical, so no other spelling can match it, and
        // only a mismatch is decoded, to tell a malformed signature from one that does not match.
        if (!hash_equals(hash_hmac('sha256', self::message($members), $key), $signature)) {
            self::fromHex($signature);
            throw new PapermapIframeException('bad_signature', 'the signature does not match');
        }
        unset($claims->signature);
        $now ??= time();
        if ($c['valid_until'] <= $now) {
            throw new PapermapIframeException('expired', "expired at {$c['valid_until']} (now $now)");
        }

        return $claims;
    }
    // --8<-- [end:verify]

    /** The text the MAC covers, run together. */
    private static function message(array $c): string
    {
        return $c['workspace_id'] . (string) $c['valid_until'];
    }

    /** The claims, checked in declared order (signing: invalid_input; verifying: invalid_claim, missing_claim). */
    private static function checkClaims(array $c, string $code): array
    {
        // The usual case in one test; only otherwise is each value checked by itself, to say why.
        if (
            is_string($apiKeyId = $c['api_key_id'] ?? null)
            && is_string($workspaceId = $c['workspace_id'] ?? null)
            && is_string($tenantId = $c['tenant_id'] ?? null)
            && is_string($dashboardId = $c['dashboard_id'] ?? null)
            && is_int($validUntil = $c['valid_until'] ?? null)
            && $validUntil >= -9007199254740991
            && $validUntil <= 9007199254740991
            && preg_match('//u', $apiKeyId . "\0" . $workspaceId . "\0" . $tenantId . "\0" . $dashboardId) === 1
        ) {
            return [
                'api_key_id' => $apiKeyId,
                'workspace_id' => $workspaceId,
                'tenant_id' => $tenantId,
                'dashboard_id' => $dashboardId,
                'valid_until' => $validUntil,
            ];
        }
        return [
            'api_key_id' => self::string($c, 'api_key_id', $code),
            'workspace_id' => self::string($c, 'workspace_id', $code),
            'tenant_id' => self::string($c, 'tenant_id', $code),
            'dashboard_id' => self::string($c, 'dashboard_id', $code),
            'valid_until' => self::integer($c, 'valid_until', $code),
        ];
    }

    /** $c[$name] (null, or else $code, or missing_claim when verifying, when it is not there). */
    private static function get(array $c, int|string $name, string $code, ?string $at): mixed
    {
        if (!array_key_exists($name, $c)) {
            $missing = $code === 'invalid_claim' ? 'missing_claim' : $code;
            throw new PapermapIframeException($missing, ($at ?? $name) . ' is required');
        }
        return $c[$name];
    }

    /** $c[$name] as a string (UTF-8). */
    private static function string(array $c, int|string $name, string $code, ?string $at = null): string
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_string($value) || preg_match('//u', $value) !== 1) {
            throw new PapermapIframeException($code, ($at ?? $name) . ': expected a string (UTF-8)');
        }
        return $value;
    }

    /** $c[$name] as an integer within ±(2^53 - 1). */
    private static function integer(array $c, int|string $name, string $code, ?string $at = null): int
    {
        $value = $c[$name] ?? self::get($c, $name, $code, $at);
        if (!is_int($value) || $value < -9007199254740991 || $value > 9007199254740991) {
            throw new PapermapIframeException($code, ($at ?? $name) . ': expected an integer within ±(2^53 - 1)');
        }
        return $value;
    }

    /** The HMAC key: the secret's UTF-8 bytes; the message of its errors never holds it. */
    private static function key(#[\SensitiveParameter] string $secret): string
    {
        if ($secret === '' || preg_match('//u', $secret) !== 1) {
            throw new PapermapIframeException('invalid_key', 'the secret is empty or not UTF-8 text');
        }
        return $secret;
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
            throw new PapermapIframeException('malformed', 'not canonical base64url');
        }
        return $bytes;
    }

    /** The bytes of canonical (lowercase) hex, else malformed. */
    private static function fromHex(string $text): string
    {
        if (strlen($text) % 2 !== 0 || strspn($text, '0123456789abcdef') !== strlen($text)) {
            throw new PapermapIframeException('malformed', 'not canonical hex');
        }
        return (string) hex2bin($text);
    }

    /** JSON text as this format writes it: separators ', ' and ': ', ASCII only (\u escapes); invalid_input past 64 levels. */
    private static function json(mixed $value): string
    {
        $json = json_encode($value, JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT, 64);
        if ($json === false) {
            throw new PapermapIframeException('invalid_input', 'cannot write JSON: ' . json_last_error_msg());
        }
        // Pretty print writes ": " and breaks lines only between items (a string's line break is \n).
        return str_replace("\x7f", '\u007f', preg_replace(['/,\n */', '/\n */'], [', ', ''], $json));
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
                throw new PapermapIframeException('malformed', 'JSON nested deeper than 64 levels');
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
                        throw new PapermapIframeException('malformed', 'JSON with a bad or duplicate key');
                    }
                } while (self::token($json, $at, ",|$end") === ',');
            }
            $value = $end === '}' ? (object) $value : $value;
        } else {
            try {
                $value = json_decode($token, false, 1, JSON_THROW_ON_ERROR);
            } catch (\JsonException $error) {
                throw new PapermapIframeException('malformed', 'invalid JSON: ' . $error->getMessage());
            }
            if ($token === '-0' || is_float($value) || (is_int($value) && abs($value) > 9007199254740991)) {
                throw new PapermapIframeException('malformed', 'JSON numbers here are integers within ±(2^53 - 1)');
            }
        }
        if ($depth === 1 && $at + strspn($json, " \t\n\r", $at) !== strlen($json)) {
            throw new PapermapIframeException('malformed', 'JSON with more after the value');
        }
        return $value;
    }

    /** The token at byte $at after any whitespace, which must match $pattern (else malformed); $at moves past it. */
    private static function token(string $json, int &$at, string $pattern): string
    {
        if (preg_match('/[ \t\n\r]*+(' . $pattern . ')/A', $json, $match, 0, $at) !== 1) {
            throw new PapermapIframeException('malformed', "invalid JSON at byte $at");
        }
        $at += strlen($match[0]);
        return $match[1];
    }

    /** Percent-encodes UTF-8 text: letters, digits and -_.~= stay, a space is %20, the rest %XX. */
    private static function percent(string $text): string
    {
        return strtr(rawurlencode($text), self::UNESCAPE);
    }
}

/**
 * Why a Papermap iframe token could not be signed or verified (the message never holds the secret).
 *
 * $errorCode, as the SDKs of the other languages name it: malformed, bad_signature, expired, missing_claim,
 * invalid_claim (verifying); invalid_input, invalid_key (signing).
 */
final class PapermapIframeException extends \RuntimeException
{
    public function __construct(public readonly string $errorCode, string $message)
    {
        parent::__construct($message);
    }
}
