/**
 * Signs an embed URL.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The embed secret from the Bold BI settings page.
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
    $values->set('dashboard_url', $input->dashboardUrl);
    $values->set('embed_nonce', Text::random($random, 16, 'uuid'));
    $values->set('embed_dashboard_id', $input->embedDashboardId);
    $values->set('embed_user_email', $input->embedUserEmail);
    $values->set('embed_timestamp', $input->embedTimestamp ?? $now + 0);
    if ($input->embedExpirationtime !== null) {
        $values->set('embed_expirationtime', $input->embedExpirationtime);
    }
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'base64');
    $token = null;
    $url = self::embedUrl($values, $token, $signature);

    $response = new JsonObject();
    $response->set('url', $url);
    $response->set('signature', $signature);

    return new Signed($token, $url, $signature, $response);
}
