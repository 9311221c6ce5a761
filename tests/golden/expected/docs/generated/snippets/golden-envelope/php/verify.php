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

    $claims = self::jsonObject(Bytes::decode($token, 'base64url-nopad'), 'token');
    Schema::checkMembers($claims, Schema::CARRIED, ErrorCode::InvalidClaim);
    if (!$claims->has('sig')) {
        throw new EmbedsealException(ErrorCode::MissingClaim, 'sig is required');
    }
    Schema::checkField('sig', $claims->get('sig'), ErrorCode::InvalidClaim);
    $signature = Bytes::decode($claims->get('sig'), 'base64');
    $expected = Hmac::compute('sha384', $key, self::message($claims));
    if (!Hmac::equals($expected, $signature)) {
        throw new EmbedsealException(ErrorCode::BadSignature, 'the signature does not match');
    }
    $claims->remove('sig');
    TimePolicy::check(
        $claims,
        $now,
        expires: 'until',
        maxLifetime: 3600,
        leeway: 0,
    );

    return Claims::fromJson($claims);
}
