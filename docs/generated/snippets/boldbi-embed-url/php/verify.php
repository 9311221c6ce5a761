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
