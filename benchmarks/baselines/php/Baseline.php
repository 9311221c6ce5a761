<?php

// Minimal hand-written versions of the three benchmarked formats, as a competent PHP engineer
// writes them without embedseal: json_encode, hash_hmac, the vendor's recipe, no generic
// checks. Each *Message returns the bytes the HMAC covers.

declare(strict_types=1);

namespace Bench;

final class Baseline
{
    private const TINYBIRD_HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'; // {"alg":"HS256","typ":"JWT"}
    private const LOOKER_SIGNED = [
        'nonce', 'time', 'session_length', 'external_user_id', 'permissions', 'models',
        'group_ids', 'external_group_id', 'user_attributes', 'access_filters',
    ];
    private const LOOKER_UNSIGNED = ['first_name', 'last_name', 'user_timezone', 'force_logout_login'];

    public static function base64url(string $bytes): string
    {
        return rtrim(strtr(base64_encode($bytes), '+/', '-_'), '=');
    }

    private static function unbase64url(string $text): string
    {
        return (string) base64_decode(strtr($text, '-_', '+/'), true);
    }

    /** encodeURIComponent: rawurlencode less its escapes of ! * ' ( ). */
    private static function uriComponent(string $text): string
    {
        return strtr(rawurlencode($text), ['%21' => '!', '%2A' => '*', '%27' => "'", '%28' => '(', '%29' => ')']);
    }

    // -------------------------------------------------------- tinybird-jwt (PyJWT's bytes)

    public static function tinybirdMessage(array $fields, int $now): string
    {
        $payload = [
            'workspace_id' => $fields['workspace_id'],
            'name' => $fields['name'],
            'exp' => $fields['exp'] ?? $now + 3600,
            'scopes' => $fields['scopes'],
        ];
        if (isset($fields['limits'])) {
            $payload['limits'] = $fields['limits'];
        }
        return self::TINYBIRD_HEADER . '.' . self::base64url(json_encode($payload, JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR));
    }

    /** @return array{string, string} the token and the embed URL */
    public static function tinybirdSign(array $fields, string $secret, int $now): array
    {
        $signingInput = self::tinybirdMessage($fields, $now);
        $token = $signingInput . '.' . self::base64url(hash_hmac('sha256', $signingInput, $secret, true));
        return [$token, $fields['chart_url'] . '?token=' . rawurlencode($token)];
    }

    public static function tinybirdVerify(string $token, string $secret, int $now): \stdClass
    {
        $parts = explode('.', $token);
        if (count($parts) !== 3) {
            throw new \RuntimeException('malformed');
        }
        [$header, $payload, $signature] = $parts;
        if ((json_decode(self::unbase64url($header))->alg ?? null) !== 'HS256') {
            throw new \RuntimeException('alg');
        }
        $mac = hash_hmac('sha256', $header . '.' . $payload, $secret, true);
        if (!hash_equals($mac, self::unbase64url($signature))) {
            throw new \RuntimeException('signature');
        }
        $claims = json_decode(self::unbase64url($payload), false, 512, JSON_THROW_ON_ERROR);
        if ($claims->exp <= $now) {
            throw new \RuntimeException('expired');
        }
        return $claims;
    }

    // -------------------------------------------------------- papermap-iframe (the seed)

    public static function papermapMessage(array $fields, int $now): string
    {
        return $fields['workspace_id'] . ($fields['valid_until'] ?? $now + 3600);
    }

    /** @return array{string, string} the token and the embed URL */
    public static function papermapSign(array $fields, string $secret, int $now): array
    {
        $envelope = [
            'api_key_id' => $fields['api_key_id'],
            'workspace_id' => $fields['workspace_id'],
            'tenant_id' => $fields['tenant_id'],
            'dashboard_id' => $fields['dashboard_id'],
            'valid_until' => $fields['valid_until'] ?? $now + 3600,
            'signature' => hash_hmac('sha256', self::papermapMessage($fields, $now), $secret),
        ];
        $members = [];
        foreach ($envelope as $name => $value) { // json.dumps' ", " and ": "
            $members[] = '"' . $name . '": ' . json_encode($value, JSON_UNESCAPED_SLASHES);
        }
        $token = strtr(base64_encode('{' . implode(', ', $members) . '}'), '+/', '-_');
        return [$token, 'https://papermap.ai/embedded/dashboard?embedded-token=' . $token];
    }

    public static function papermapVerify(string $token, string $secret, int $now): \stdClass
    {
        $claims = json_decode((string) base64_decode(strtr($token, '-_', '+/'), true), false, 512, JSON_THROW_ON_ERROR);
        $received = (string) $claims->signature;
        unset($claims->signature);
        $expected = hash_hmac('sha256', $claims->workspace_id . $claims->valid_until, $secret);
        if (!hash_equals($expected, $received)) {
            throw new \RuntimeException('signature');
        }
        if ($claims->valid_until <= $now) {
            throw new \RuntimeException('expired');
        }
        return $claims;
    }

    // -------------------------------------------------------- looker-signed-url (embed SDK)

    /** @return array<string, string> */
    private static function lookerParams(array $fields, int $now, string $nonce): array
    {
        $json = static fn ($value): string => json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
        $params = [
            'nonce' => $json(bin2hex($nonce)),
            'time' => $json($now),
            'session_length' => $json($fields['session_length'] ?? 3600),
            'external_user_id' => $json($fields['external_user_id']),
            'permissions' => $json($fields['permissions']),
            'models' => $json($fields['models']),
        ];
        foreach (['group_ids', 'external_group_id', 'user_attributes'] as $name) {
            if (isset($fields[$name])) {
                $params[$name] = $json($fields[$name]);
            }
        }
        $params['access_filters'] = $json($fields['access_filters'] ?? new \stdClass());
        foreach (self::LOOKER_UNSIGNED as $name) {
            if (isset($fields[$name])) {
                $params[$name] = $json($fields[$name]);
            }
        }
        return $params;
    }

    private static function lookerString(string $host, string $path, array $params): string
    {
        $lines = [$host, $path];
        foreach (self::LOOKER_SIGNED as $name) {
            if (isset($params[$name])) {
                $lines[] = $params[$name];
            }
        }
        return implode("\n", $lines);
    }

    public static function lookerMessage(array $fields, int $now, string $nonce): string
    {
        $path = '/login/embed/' . self::uriComponent($fields['embed_url']);
        return self::lookerString($fields['host'], $path, self::lookerParams($fields, $now, $nonce));
    }

    public static function lookerSign(array $fields, string $secret, int $now, string $nonce): string
    {
        $path = '/login/embed/' . self::uriComponent($fields['embed_url']);
        $params = self::lookerParams($fields, $now, $nonce);
        $mac = hash_hmac('sha1', self::lookerString($fields['host'], $path, $params), $secret, true);
        $params['signature'] = base64_encode($mac);
        $query = [];
        foreach ($params as $name => $value) {
            $query[] = $name . '=' . self::uriComponent($value);
        }
        return 'https://' . $fields['host'] . $path . '?' . implode('&', $query);
    }

    public static function lookerVerify(string $url, string $secret, int $now): \stdClass
    {
        [$base, $query] = explode('?', $url, 2) + ['', ''];
        if (!str_starts_with($base, 'https://')) {
            throw new \RuntimeException('malformed');
        }
        $slash = strpos($base, '/', 8);
        $host = substr($base, 8, $slash - 8);
        $path = substr($base, $slash);
        $texts = [];
        foreach (explode('&', $query) as $pair) {
            [$name, $value] = explode('=', $pair, 2) + ['', ''];
            $texts[$name] = rawurldecode($value);
        }
        $signature = (string) base64_decode($texts['signature'] ?? '', true);
        unset($texts['signature']);
        $mac = hash_hmac('sha1', self::lookerString($host, $path, $texts), $secret, true);
        if (!hash_equals($mac, $signature)) {
            throw new \RuntimeException('signature');
        }
        $claims = new \stdClass();
        $claims->host = $host;
        $claims->embed_url = rawurldecode(substr($path, strlen('/login/embed/')));
        foreach ($texts as $name => $text) {
            $claims->{$name} = json_decode($text, false, 512, JSON_THROW_ON_ERROR);
        }
        if (abs($claims->time - $now) > 300) {
            throw new \RuntimeException('time');
        }
        return $claims;
    }
}
