<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedUrl;

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
 * Signs and verifies the Bold BI signed embed URL (before v14.1) (Bold BI).
 *
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
 * @see https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md
 */
final class Token
{
    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * @param Input                        $input  The values to sign.
     * @param string                       $secret The embed secret from the Bold BI settings page.
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
        $values->set('dashboard_url', $input->dashboardUrl);
        $values->set('embed_nonce', Text::random($random, 16, 'uuid'));
        $values->set('embed_dashboard_id', $input->embedDashboardId);
        $values->set('embed_user_email', $input->embedUserEmail);
        $values->set('embed_timestamp', $input->embedTimestamp ?? $now + 0);
        if ($input->embedExpirationtime !== null) {
            $values->set('embed_expirationtime', $input->embedExpirationtime);
        }
        Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

        $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'base64');
        $token = null;
        $url = self::embedUrl($values, $token, $signature);

        $response = new JsonObject();
        $response->set('url', $url);
        $response->set('signature', $signature);

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
            '/\A' . '(.*?)' . '\z/s',
            [['dashboard_url', false]],
            [
                ['name' => 'embed_nonce', 'field' => 'embed_nonce', 'value' => null, 'encode' => 'text'],
                ['name' => 'embed_dashboard_id', 'field' => 'embed_dashboard_id', 'value' => null, 'encode' => 'text'],
                ['name' => 'embed_user_email', 'field' => 'embed_user_email', 'value' => null, 'encode' => 'text'],
                ['name' => 'embed_timestamp', 'field' => 'embed_timestamp', 'value' => null, 'encode' => 'text'],
                [
                    'name' => 'embed_expirationtime',
                    'field' => 'embed_expirationtime',
                    'value' => null,
                    'encode' => 'text',
                ],
                ['name' => 'embed_signature', 'field' => null, 'value' => 'signature', 'encode' => 'text'],
            ],
        );
        $signature = Bytes::decode($received->signature, 'base64');
        $message = $received->queryWithoutSignature();
        if (!Hmac::equals(Hmac::compute('sha256', $key, $message), $signature)) {
            throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
        }
        $claims = $received->claims(Schema::TYPES);
        Schema::checkMembers($claims, Schema::CARRIED, ErrorCode::InvalidClaim);
        TimePolicy::check(
            $claims,
            $now,
            issuedAt: 'embed_timestamp',
            maxAge: 518400,
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
        $url = self::raw($values->get('dashboard_url'));
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
        if ($values->has('embed_nonce')) {
            $query[] = self::param('embed_nonce', self::text($values->get('embed_nonce'), 'text'));
        }
        if ($values->has('embed_dashboard_id')) {
            $query[] = self::param('embed_dashboard_id', self::text($values->get('embed_dashboard_id'), 'text'));
        }
        if ($values->has('embed_user_email')) {
            $query[] = self::param('embed_user_email', self::text($values->get('embed_user_email'), 'text'));
        }
        if ($values->has('embed_timestamp')) {
            $query[] = self::param('embed_timestamp', self::text($values->get('embed_timestamp'), 'text'));
        }
        if ($values->has('embed_expirationtime')) {
            $query[] = self::param('embed_expirationtime', self::text($values->get('embed_expirationtime'), 'text'));
        }
        if ($signature !== null) {
            $query[] = self::param('embed_signature', $signature);
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
        return self::query($values, null, null);
    }

    /**
     * A value as text: plain, JSON ("json") or percent-encoded ("percent").
     */
    private static function text(mixed $value, string $encode): string
    {
        return Text::of($value, $encode, self::profile(), '-_.~@', '%20');
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
        return PercentEncoding::encode($text, '-_.~@', '%20');
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', false, false);
    }
}
