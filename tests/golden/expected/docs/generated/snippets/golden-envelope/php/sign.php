/**
 * Signs an embed token.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The secret (utf8).
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
    $values->set('v', 2);
    $values->set('account', $input->account);
    $values->set('id', Text::random($random, 16, 'uuid'));
    $values->set('until', $input->until ?? $now + 900);
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $signature = Bytes::encode(Hmac::compute('sha384', $key, self::message($values)), 'base64');
    $envelope = (new JsonObject($values))->set('sig', $signature)->pick(Schema::ENVELOPE);
    $token = Bytes::encode(Json::encode($envelope, self::profile()), 'base64url-nopad');
    $url = self::embedUrl($values, $token, null);

    $response = new JsonObject();
    $response->set('token', $token);
    if ($values->has('until')) {
        $response->set('expires_at', $values->get('until'));
    }

    return new Signed($token, $url, $signature, $response);
}
