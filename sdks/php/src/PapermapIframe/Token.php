<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\PapermapIframe;

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
 * Signs and verifies the Papermap iframe token (Papermap).
 *
 * @see https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens
 */
final class Token
{
    // --8<-- [start:sign]
    /**
     * Signs an embed token.
     *
     * @param Input                        $input  The values to sign.
     * @param string                       $secret The secret (utf8).
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
        $values->set('api_key_id', $input->apiKeyId);
        $values->set('workspace_id', $input->workspaceId);
        $values->set('tenant_id', $input->tenantId);
        $values->set('dashboard_id', $input->dashboardId);
        $values->set('valid_until', $input->validUntil ?? $now + 3600);
        Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

        $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'hex');
        $envelope = (new JsonObject($values))->set('signature', $signature)->pick(Schema::ENVELOPE);
        $token = Bytes::encode(Json::encode($envelope, self::profile()), 'base64url');
        $url = self::embedUrl($values, $token, null);

        $response = new JsonObject();
        $response->set('token', $token);
        if ($values->has('dashboard_id')) {
            $response->set('dashboard_id', $values->get('dashboard_id'));
        }
        if ($values->has('valid_until')) {
            $response->set('expires_at', $values->get('valid_until'));
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

        $claims = self::jsonObject(Bytes::decode($token, 'base64url'), 'token');
        Schema::checkMembers($claims, Schema::CARRIED, ErrorCode::InvalidClaim);
        if (!$claims->has('signature')) {
            throw new EmbedsealException(ErrorCode::MissingClaim, 'signature is required');
        }
        Schema::checkField('signature', $claims->get('signature'), ErrorCode::InvalidClaim);
        $signature = Bytes::decode($claims->get('signature'), 'hex');
        $expected = Hmac::compute('sha256', $key, self::message($claims));
        if (!Hmac::equals($expected, $signature)) {
            throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
        }
        $claims->remove('signature');
        TimePolicy::check(
            $claims,
            $now,
            expires: 'valid_until',
            leeway: 0,
        );

        return Claims::fromJson($claims);
    }
    // --8<-- [end:verify]

    /**
     * Decodes the secret and checks its length (utf8, at least 1 byte).
     *
     * Call it at startup to refuse a bad configuration early.
     *
     * @throws EmbedsealException invalid_key or weak_key (the message never contains the secret)
     */
    public static function decodeSecret(#[\SensitiveParameter] string $secret): string
    {
        return Secret::decode($secret, 'utf8', 1);
    }

    // --8<-- [start:url]
    private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
    {
        $url = 'https://papermap.ai/embedded/dashboard';
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
            $query[] = self::param('embedded-token', $token);
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
        if ($values->has('workspace_id')) {
            $parts[] = self::text($values->get('workspace_id'), 'text');
        }
        if ($values->has('valid_until')) {
            $parts[] = self::text($values->get('valid_until'), 'text');
        }

        return implode('', $parts);
    }

    /**
     * A value as text: plain, JSON ("json") or percent-encoded ("percent").
     */
    private static function text(mixed $value, string $encode): string
    {
        return Text::of($value, $encode, self::profile(), '-_.~=', '%20');
    }

    private static function percent(string $text): string
    {
        return PercentEncoding::encode($text, '-_.~=', '%20');
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(', ', ': ', true, false);
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
