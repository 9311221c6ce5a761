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
