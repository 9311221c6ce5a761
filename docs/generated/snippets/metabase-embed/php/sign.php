/**
 * Signs an embed token.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The embedding secret key from Admin settings, used as text.
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
    $values->set('resource', $input->resource->toJson());
    $values->set('params', $input->params ?? new JsonObject());
    $values->set('exp', $input->exp ?? $now + 600);
    $values->set('site_url', $input->siteUrl);
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
