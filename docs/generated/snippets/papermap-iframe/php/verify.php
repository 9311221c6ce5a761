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
