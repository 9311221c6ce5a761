/**
 * Signs an embed token.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The workspace admin token (p.eyJ…) used as UTF-8 text.
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
    $values->set('workspace_id', $input->workspaceId);
    $values->set('name', $input->name);
    $values->set('exp', $input->exp ?? $now + 3600);
    $values->set(
        'scopes',
        array_map(static fn (TinybirdJwtScopes $item): JsonObject => $item->toJson(), $input->scopes),
    );
    if ($input->limits !== null) {
        $values->set('limits', $input->limits->toJson());
    }
    $values->set('chart_url', $input->chartUrl);
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
    if ($values->has('exp')) {
        $response->set('expires_at', $values->get('exp'));
    }

    return new Signed($token, $url, $signature, $response);
}
