<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenClaims;

use Embedseal\Runtime\Bytes;
use Embedseal\Runtime\EmbedsealException;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\Hmac;
use Embedseal\Runtime\Json;
use Embedseal\Runtime\JsonObject;
use Embedseal\Runtime\JsonProfile;
use Embedseal\Runtime\PercentEncoding;
use Embedseal\Runtime\Secret;
use Embedseal\Runtime\Text;
use Embedseal\Runtime\TimePolicy;

/**
 * Signs and verifies the Golden claims fixture (embedseal tests).
 *
 */
final class Token
{
    // --8<-- [start:sign]
    /**
     * Signs an embed token.
     *
     * @param Input                        $input  The values to sign.
     * @param string                       $secret The secret (hex).
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
        if ($input->httpExampleComIsRoot !== null) {
            $values->set('http://example.com/is_root', $input->httpExampleComIsRoot);
        }
        $values->set(':nonce', Text::random($random, 8, 'hex'));
        $values->set('class', $input->class);
        $values->set('type', $input->type ?? 3);
        $values->set('iat', $now);
        $values->set('exp', $input->exp ?? $now + 300);
        $values->set('kid', $input->kid);
        $values->set(
            'items',
            array_map(static fn (GoldenClaimsItem $item): JsonObject => $item->toJson(), $input->items),
        );
        if ($input->meta !== null) {
            $values->set('meta', $input->meta);
        }
        $values->set('base', $input->base);
        Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

        $header = new JsonObject(['alg' => 'HS512', 'typ' => 'JWT']);
        foreach ($values->pick(Schema::HEADER) as $name => $value) {
            $header->set($name, $value);
        }
        $signingInput = Bytes::encode(Json::encode($header, self::profile()), 'base64url-nopad')
            . '.' . Bytes::encode(Json::encode($values->pick(Schema::PAYLOAD), self::profile()), 'base64url-nopad');
        $signature = Bytes::encode(Hmac::compute('sha512', $key, $signingInput), 'base64url-nopad');
        $token = $signingInput . '.' . $signature;
        $url = self::embedUrl($values, $token, null);

        $response = new JsonObject();
        $response->set('token', $token);
        $response->set('url', $url);
        if ($values->has('exp')) {
            $response->set('expires_at', $values->get('exp'));
        }

        return new Signed($token, $url, $signature, $response);
    }
    // --8<-- [end:sign]

    // --8<-- [start:verify]
    /**
     * Verifies a token and returns its claims.
     *
     * @param string   $token  The token as received.
     * @param string   $secret The secret it was signed with.
     * @param int|null $now    Unix time in seconds; the system clock when null.
     *
     * @throws EmbedsealException with the reason it is refused
     */
    public static function verify(
        string $token,
        #[\SensitiveParameter] string $secret,
        ?int $now = null,
    ): Claims {
        $key = self::decodeSecret($secret);
        $now ??= time();

        $segments = explode('.', $token);
        if (count($segments) !== 3) {
            throw new EmbedsealException(ErrorCode::Malformed, 'a JWS has 3 segments, this has ' . count($segments));
        }
        [$headerBytes, $payloadBytes, $signature] = array_map(
            static fn (string $segment): string => Bytes::decode($segment, 'base64url-nopad'),
            $segments,
        );
        $header = self::jsonObject($headerBytes, 'header');
        $algorithm = $header->get('alg');
        $hashes = ['HS512' => 'sha512'];
        if (!is_string($algorithm) || !isset($hashes[$algorithm])) {
            throw new EmbedsealException(ErrorCode::AlgNotAllowed, 'the alg is not allowed');
        }
        if ($header->has('crit')) {
            // RFC 7515 §4.1.11: no extension is understood here, so none may be critical.
            throw new EmbedsealException(ErrorCode::Malformed, 'the header lists critical extensions');
        }
        $expected = Hmac::compute($hashes[$algorithm], $key, $segments[0] . '.' . $segments[1]);
        if (!Hmac::equals($expected, $signature)) {
            throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
        }
        $claims = self::jsonObject($payloadBytes, 'payload');
        Schema::checkMembers($claims, Schema::PAYLOAD, ErrorCode::InvalidClaim);
        Schema::checkMembers($header, Schema::HEADER, ErrorCode::InvalidClaim);
        foreach ($header->pick(Schema::HEADER) as $name => $value) {
            $claims->set($name, $value);
        }
        TimePolicy::check(
            $claims,
            $now,
            expires: 'exp',
            issuedAt: 'iat',
            maxLifetime: 600,
            leeway: 5,
        );

        return Claims::fromJson($claims);
    }
    // --8<-- [end:verify]

    /**
     * Decodes the secret and checks its length (hex, at least 16 bytes).
     *
     * Call it at startup to refuse a bad configuration early.
     *
     * @throws EmbedsealException invalid_key or weak_key (the message never contains the secret)
     */
    public static function decodeSecret(#[\SensitiveParameter] string $secret): string
    {
        return Secret::decode($secret, 'hex', 16);
    }

    // --8<-- [start:url]
    private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
    {
        $url = self::raw($values->get('base')) . '/view';
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
        if ($token !== null) {
            $query[] = self::param('jwt', $token);
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
     * A value as text: plain, JSON ("json") or percent-encoded ("percent").
     */
    private static function text(mixed $value, string $encode): string
    {
        return Text::of($value, $encode, self::profile(), '-_.~', '%20');
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
        return PercentEncoding::encode($text, '-_.~', '%20');
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', true, true);
    }

    private static function jsonObject(string $bytes, string $what): JsonObject
    {
        $value = Json::parse($bytes);
        if (!$value instanceof JsonObject) {
            throw new EmbedsealException(ErrorCode::Malformed, "the $what is not a JSON object");
        }

        return $value;
    }
}
