<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenLines;

use Embedseal\Runtime\Bytes;
use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Hmac;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;
use Embedseal\Runtime\PercentEncoding;
use Embedseal\Runtime\ReceivedUrl;
use Embedseal\Runtime\Secret;
use Embedseal\Runtime\Text;
use Embedseal\Runtime\TimePolicy;

/**
 * Signs and verifies the Golden lines fixture (embedseal tests).
 *
 */
final class Token
{
    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * @param Input                        $input  The values to sign.
     * @param string                       $secret The secret (base64).
     * @param int|null                     $now    Unix time in seconds; the system clock when null.
     * @param (\Closure(int): string)|null $random Returns N random bytes; random_bytes() when null.
     *
     * @throws EmbedsealException invalid_key, weak_key or invalid_input
     */
    public static function sign(
        Input $input,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
        ?\Closure $random = null,
    ): Signed {
        $key = self::decodeSecret($secret);
        $now ??= time();
        $random ??= random_bytes(...);

        $values = new JsonObject();
        $values->set('host', $input->host);
        $values->set('path', $input->path);
        $values->set('time', $now);
        $values->set('user', $input->user);
        if ($input->groups !== null) {
            $values->set('groups', $input->groups);
        }
        if ($input->display !== null) {
            $values->set('display', $input->display);
        }
        Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

        $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'base64url');
        $token = null;
        $url = self::embedUrl($values, $token, $signature);

        $response = new JsonObject();
        $response->set('url', $url);

        return new Signed($token, $url, $signature, $response);
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a signed URL and returns its claims.
     *
     * @param string   $url    The signed URL as received.
     * @param string   $secret The secret it was signed with.
     * @param int|null $now    Unix time in seconds; the system clock when null.
     *
     * @throws EmbedsealException with the reason it is refused
     */
    public static function verify(
        string $url,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
    ): Claims {
        $key = self::decodeSecret($secret);
        $now ??= time();

        $received = ReceivedUrl::parse(
            $url,
            '/\A' . preg_quote('https://', '/') . '(.*?)' . preg_quote('/e/', '/') . '(.*?)' . '\z/s',
            [['host', false], ['path', true]],
            [
                ['name' => 'time', 'field' => 'time', 'value' => null, 'encode' => 'text'],
                ['name' => 'user', 'field' => 'user', 'value' => null, 'encode' => 'json'],
                ['name' => 'groups', 'field' => 'groups', 'value' => null, 'encode' => 'json'],
                ['name' => 'display', 'field' => 'display', 'value' => null, 'encode' => 'text'],
                ['name' => 'sig', 'field' => null, 'value' => 'signature', 'encode' => 'text'],
            ],
        );
        $signature = Bytes::decode($received->signature, 'base64url');
        $parts = [];
        if (isset($received->fields['host'])) {
            $parts[] = $received->partText('host', 'text', '-_.~', '+');
        }
        if (isset($received->fields['path'])) {
            $parts[] = '/e/' . $received->partText('path', 'percent', '-_.~', '+');
        }
        if (isset($received->fields['time'])) {
            $parts[] = $received->partText('time', 'json', '-_.~', '+');
        }
        if (isset($received->fields['user'])) {
            $parts[] = $received->partText('user', 'json', '-_.~', '+');
        }
        if (isset($received->fields['groups'])) {
            $parts[] = $received->partText('groups', 'json', '-_.~', '+');
        }
        $message = implode("\n", $parts);
        if (!Hmac::equals(Hmac::compute('sha256', $key, $message), $signature)) {
            throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
        }
        $claims = $received->claims(Schema::TYPES);
        Schema::checkMembers($claims, Schema::CARRIED, ErrorCode::InvalidClaim);
        TimePolicy::check(
            $claims,
            $now,
            issuedAt: 'time',
            maxAge: 120,
            leeway: 10,
        );

        return Claims::fromJson($claims);
    }
    // --8<-- [end:verify]

    /**
     * Decodes the secret and checks its length (base64, at least 16 bytes).
     *
     * Call it at startup to refuse a bad configuration early.
     *
     * @throws EmbedsealException invalid_key or weak_key (the message never contains the secret)
     */
    public static function decodeSecret(#[\SensitiveParameter] string $secret): string
    {
        return Secret::decode($secret, 'base64', 16);
    }

    // --8<-- [start:url]
    private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
    {
        $url = 'https://'
            . self::raw($values->get('host'))
            . '/e/'
            . self::percent(Text::plain($values->get('path')));
        $query = self::query($values, $token, $signature);
        if ($query !== '') {
            $url .= '?' . $query;
        }

        return $url;
    }

    /**
     * The query string: parameters in declared order, absent ones left out.
     */
    private static function query(JsonObject $values, ?string $token, ?string $signature): string
    {
        $query = [];
        if ($values->has('time')) {
            $query[] = self::param('time', self::text($values->get('time'), 'text'));
        }
        if ($values->has('user')) {
            $query[] = self::param('user', self::text($values->get('user'), 'json'));
        }
        if ($values->has('groups')) {
            $query[] = self::param('groups', self::text($values->get('groups'), 'json'));
        }
        if ($values->has('display')) {
            $query[] = self::param('display', self::text($values->get('display'), 'text'));
        }
        if ($signature !== null) {
            $query[] = self::param('sig', $signature);
        }

        return implode('&', $query);
    }

    /**
     * One query parameter, name and value percent-encoded.
     */
    private static function param(string $name, string $value): string
    {
        return self::percent($name) . '=' . self::percent($value);
    }
    // --8<-- [end:url]

    /**
     * The exact text the MAC covers.
     */
    private static function message(JsonObject $values): string
    {
        $parts = [];
        if ($values->has('host')) {
            $parts[] = self::text($values->get('host'), 'text');
        }
        if ($values->has('path')) {
            $parts[] = '/e/' . self::text($values->get('path'), 'percent');
        }
        if ($values->has('time')) {
            $parts[] = self::text($values->get('time'), 'json');
        }
        if ($values->has('user')) {
            $parts[] = self::text($values->get('user'), 'json');
        }
        if ($values->has('groups')) {
            $parts[] = self::text($values->get('groups'), 'json');
        }

        return implode("\n", $parts);
    }

    /**
     * A value as text: plain, JSON ("json") or percent-encoded ("percent").
     */
    private static function text(mixed $value, string $encode): string
    {
        return Text::of($value, $encode, self::profile(), '-_.~', '+');
    }

    /**
     * A value pasted raw into the base URL: "?" or "#" would end it early.
     *
     * @throws EmbedsealException invalid_input
     */
    private static function raw(mixed $value): string
    {
        $text = Text::plain($value);
        if (strpbrk($text, '?#') !== false) {
            throw new EmbedsealException(ErrorCode::InvalidInput, "'?' and '#' cannot appear in the base URL");
        }

        return $text;
    }

    private static function percent(string $text): string
    {
        return PercentEncoding::encode($text, '-_.~', '+');
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(', ', ': ', false, false);
    }
}
