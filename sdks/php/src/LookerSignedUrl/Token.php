<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\LookerSignedUrl;

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
 * Signs and verifies the Looker signed embed URL (Looker).
 *
 * @see https://cloud.google.com/looker/docs/single-sign-on-embedding
 * @see https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts
 */
final class Token
{
    // --8<-- [start:sign]
    /**
     * Signs an embed URL.
     *
     * @param Input                        $input  The values to sign.
     * @param string                       $secret The embed secret from Admin > Embed.
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
        $values->set('embed_url', $input->embedUrl);
        $values->set('nonce', Text::random($random, 16, 'hex'));
        $values->set('time', $now);
        $values->set('session_length', $input->sessionLength ?? 3600);
        $values->set('external_user_id', $input->externalUserId);
        $values->set('permissions', $input->permissions);
        $values->set('models', $input->models);
        if ($input->groupIds !== null) {
            $values->set('group_ids', $input->groupIds);
        }
        if ($input->externalGroupId !== null) {
            $values->set('external_group_id', $input->externalGroupId);
        }
        if ($input->userAttributes !== null) {
            $values->set('user_attributes', $input->userAttributes);
        }
        $values->set('access_filters', $input->accessFilters ?? new JsonObject());
        if ($input->firstName !== null) {
            $values->set('first_name', $input->firstName);
        }
        if ($input->lastName !== null) {
            $values->set('last_name', $input->lastName);
        }
        if ($input->userTimezone !== null) {
            $values->set('user_timezone', $input->userTimezone);
        }
        if ($input->forceLogoutLogin !== null) {
            $values->set('force_logout_login', $input->forceLogoutLogin);
        }
        Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

        $signature = Bytes::encode(Hmac::compute('sha1', $key, self::message($values)), 'base64');
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
            '/\A' . preg_quote('https://', '/') . '(.*?)' . preg_quote('/login/embed/', '/') . '(.*?)' . '\z/s',
            [['host', false], ['embed_url', true]],
            [
                ['name' => 'nonce', 'field' => 'nonce', 'value' => null, 'encode' => 'json'],
                ['name' => 'time', 'field' => 'time', 'value' => null, 'encode' => 'json'],
                ['name' => 'session_length', 'field' => 'session_length', 'value' => null, 'encode' => 'json'],
                ['name' => 'external_user_id', 'field' => 'external_user_id', 'value' => null, 'encode' => 'json'],
                ['name' => 'permissions', 'field' => 'permissions', 'value' => null, 'encode' => 'json'],
                ['name' => 'models', 'field' => 'models', 'value' => null, 'encode' => 'json'],
                ['name' => 'group_ids', 'field' => 'group_ids', 'value' => null, 'encode' => 'json'],
                ['name' => 'external_group_id', 'field' => 'external_group_id', 'value' => null, 'encode' => 'json'],
                ['name' => 'user_attributes', 'field' => 'user_attributes', 'value' => null, 'encode' => 'json'],
                ['name' => 'access_filters', 'field' => 'access_filters', 'value' => null, 'encode' => 'json'],
                ['name' => 'first_name', 'field' => 'first_name', 'value' => null, 'encode' => 'json'],
                ['name' => 'last_name', 'field' => 'last_name', 'value' => null, 'encode' => 'json'],
                ['name' => 'user_timezone', 'field' => 'user_timezone', 'value' => null, 'encode' => 'json'],
                ['name' => 'force_logout_login', 'field' => 'force_logout_login', 'value' => null, 'encode' => 'json'],
                ['name' => 'signature', 'field' => null, 'value' => 'signature', 'encode' => 'text'],
            ],
        );
        $signature = Bytes::decode($received->signature, 'base64');
        $parts = [];
        if (isset($received->fields['host'])) {
            $parts[] = $received->partText('host', 'text', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['embed_url'])) {
            $parts[] = '/login/embed/' . $received->partText('embed_url', 'percent', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['nonce'])) {
            $parts[] = $received->partText('nonce', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['time'])) {
            $parts[] = $received->partText('time', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['session_length'])) {
            $parts[] = $received->partText('session_length', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['external_user_id'])) {
            $parts[] = $received->partText('external_user_id', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['permissions'])) {
            $parts[] = $received->partText('permissions', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['models'])) {
            $parts[] = $received->partText('models', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['group_ids'])) {
            $parts[] = $received->partText('group_ids', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['external_group_id'])) {
            $parts[] = $received->partText('external_group_id', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['user_attributes'])) {
            $parts[] = $received->partText('user_attributes', 'json', '-_.!~*\'()', '%20');
        }
        if (isset($received->fields['access_filters'])) {
            $parts[] = $received->partText('access_filters', 'json', '-_.!~*\'()', '%20');
        }
        $message = implode("\n", $parts);
        if (!Hmac::equals(Hmac::compute('sha1', $key, $message), $signature)) {
            throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
        }
        $claims = $received->claims(Schema::TYPES);
        Schema::checkMembers($claims, Schema::CARRIED, ErrorCode::InvalidClaim);
        TimePolicy::check(
            $claims,
            $now,
            issuedAt: 'time',
            maxAge: 0,
            leeway: 300,
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
        $url = 'https://'
            . self::raw($values->get('host'))
            . '/login/embed/'
            . self::percent(Text::plain($values->get('embed_url')));
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
        if ($values->has('nonce')) {
            $query[] = self::param('nonce', self::text($values->get('nonce'), 'json'));
        }
        if ($values->has('time')) {
            $query[] = self::param('time', self::text($values->get('time'), 'json'));
        }
        if ($values->has('session_length')) {
            $query[] = self::param('session_length', self::text($values->get('session_length'), 'json'));
        }
        if ($values->has('external_user_id')) {
            $query[] = self::param('external_user_id', self::text($values->get('external_user_id'), 'json'));
        }
        if ($values->has('permissions')) {
            $query[] = self::param('permissions', self::text($values->get('permissions'), 'json'));
        }
        if ($values->has('models')) {
            $query[] = self::param('models', self::text($values->get('models'), 'json'));
        }
        if ($values->has('group_ids')) {
            $query[] = self::param('group_ids', self::text($values->get('group_ids'), 'json'));
        }
        if ($values->has('external_group_id')) {
            $query[] = self::param('external_group_id', self::text($values->get('external_group_id'), 'json'));
        }
        if ($values->has('user_attributes')) {
            $query[] = self::param('user_attributes', self::text($values->get('user_attributes'), 'json'));
        }
        if ($values->has('access_filters')) {
            $query[] = self::param('access_filters', self::text($values->get('access_filters'), 'json'));
        }
        if ($values->has('first_name')) {
            $query[] = self::param('first_name', self::text($values->get('first_name'), 'json'));
        }
        if ($values->has('last_name')) {
            $query[] = self::param('last_name', self::text($values->get('last_name'), 'json'));
        }
        if ($values->has('user_timezone')) {
            $query[] = self::param('user_timezone', self::text($values->get('user_timezone'), 'json'));
        }
        if ($values->has('force_logout_login')) {
            $query[] = self::param('force_logout_login', self::text($values->get('force_logout_login'), 'json'));
        }
        if ($signature !== null) {
            $query[] = self::param('signature', $signature);
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
        if ($values->has('embed_url')) {
            $parts[] = '/login/embed/' . self::text($values->get('embed_url'), 'percent');
        }
        if ($values->has('nonce')) {
            $parts[] = self::text($values->get('nonce'), 'json');
        }
        if ($values->has('time')) {
            $parts[] = self::text($values->get('time'), 'json');
        }
        if ($values->has('session_length')) {
            $parts[] = self::text($values->get('session_length'), 'json');
        }
        if ($values->has('external_user_id')) {
            $parts[] = self::text($values->get('external_user_id'), 'json');
        }
        if ($values->has('permissions')) {
            $parts[] = self::text($values->get('permissions'), 'json');
        }
        if ($values->has('models')) {
            $parts[] = self::text($values->get('models'), 'json');
        }
        if ($values->has('group_ids')) {
            $parts[] = self::text($values->get('group_ids'), 'json');
        }
        if ($values->has('external_group_id')) {
            $parts[] = self::text($values->get('external_group_id'), 'json');
        }
        if ($values->has('user_attributes')) {
            $parts[] = self::text($values->get('user_attributes'), 'json');
        }
        if ($values->has('access_filters')) {
            $parts[] = self::text($values->get('access_filters'), 'json');
        }

        return implode("\n", $parts);
    }

    /**
     * A value as text: plain, JSON ("json") or percent-encoded ("percent").
     */
    private static function text(mixed $value, string $encode): string
    {
        return Text::of($value, $encode, self::profile(), '-_.!~*\'()', '%20');
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
        return PercentEncoding::encode($text, '-_.!~*\'()', '%20');
    }

    private static function profile(): JsonProfile
    {
        return new JsonProfile(',', ':', false, false);
    }
}
