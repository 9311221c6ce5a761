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
