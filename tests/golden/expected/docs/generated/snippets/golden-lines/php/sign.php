/**
 * Signs an embed URL.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The secret (base64).
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
    $values->set('path', $input->path);
    $values->set('time', $now);
    $values->set('user', $input->user);
    if ($input->groups !== null) {
        $values->set('groups', $input->groups);
    }
    if ($input->display !== null) {
        $values->set('display', $input->display);
    }
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'base64url');
    $token = null;
    $url = self::embedUrl($values, $token, $signature);

    $response = new JsonObject();
    $response->set('url', $url);

    return new Signed($token, $url, $signature, $response);
}
