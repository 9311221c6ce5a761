/**
 * Signs an embed token.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret 32 or more random bytes, base64url-encoded.
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
    $values->set('tenant', $input->tenant);
    $values->set('dashboard', $input->dashboard);
    $values->set('iat', $now);
    $values->set('exp', $input->exp ?? $now + 600);
    $values->set('jti', Text::random($random, 16, 'base64url-nopad'));
    $values->set('params', $input->params ?? new JsonObject());
    $values->set('app_url', $input->appUrl);
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $header = new JsonObject(['alg' => 'HS256', 'typ' => 'JWT']);
    foreach ($values->pick(Schema::HEADER) as $name => $value) {
        $header->set($name, $value);
    }
    $signingInput = Bytes::encode(Json::encode($header, self::profile()), 'base64url-nopad')
        . '.' . Bytes::encode(Json::encode($values->pick(Schema::PAYLOAD), self::profile()), 'base64url-nopad');
    $signature = Bytes::encode(Hmac::compute('sha256', $key, $signingInput), 'base64url-nopad');
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
