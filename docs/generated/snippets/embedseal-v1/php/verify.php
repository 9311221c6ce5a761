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
    $hashes = ['HS256' => 'sha256'];
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
        maxLifetime: 3600,
        leeway: 30,
    );

    return Claims::fromJson($claims);
}
