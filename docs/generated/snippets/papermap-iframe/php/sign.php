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
    $values->set('api_key_id', $input->apiKeyId);
    $values->set('workspace_id', $input->workspaceId);
    $values->set('tenant_id', $input->tenantId);
    $values->set('dashboard_id', $input->dashboardId);
    $values->set('valid_until', $input->validUntil ?? $now + 3600);
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $signature = Bytes::encode(Hmac::compute('sha256', $key, self::message($values)), 'hex');
    $envelope = (new JsonObject($values))->set('signature', $signature)->pick(Schema::ENVELOPE);
    $token = Bytes::encode(Json::encode($envelope, self::profile()), 'base64url');
    $url = self::embedUrl($values, $token, null);

    $response = new JsonObject();
    $response->set('token', $token);
    if ($values->has('dashboard_id')) {
        $response->set('dashboard_id', $values->get('dashboard_id'));
    }
    if ($values->has('valid_until')) {
        $response->set('expires_at', $values->get('valid_until'));
    }

    return new Signed($token, $url, $signature, $response);
}
