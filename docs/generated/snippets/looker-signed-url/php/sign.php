/**
 * Signs an embed URL.
 *
 * @param Input                        $input  The values to sign.
 * @param string                       $secret The embed secret from Admin > Embed.
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
    $values->set('embed_url', $input->embedUrl);
    $values->set('nonce', Text::random($random, 16, 'hex'));
    $values->set('time', $now);
    $values->set('session_length', $input->sessionLength ?? 3600);
    $values->set('external_user_id', $input->externalUserId);
    $values->set('permissions', $input->permissions);
    $values->set('models', $input->models);
    if ($input->groupIds !== null) {
        $values->set('group_ids', $input->groupIds);
    }
    if ($input->externalGroupId !== null) {
        $values->set('external_group_id', $input->externalGroupId);
    }
    if ($input->userAttributes !== null) {
        $values->set('user_attributes', $input->userAttributes);
    }
    $values->set('access_filters', $input->accessFilters ?? new JsonObject());
    if ($input->firstName !== null) {
        $values->set('first_name', $input->firstName);
    }
    if ($input->lastName !== null) {
        $values->set('last_name', $input->lastName);
    }
    if ($input->userTimezone !== null) {
        $values->set('user_timezone', $input->userTimezone);
    }
    if ($input->forceLogoutLogin !== null) {
        $values->set('force_logout_login', $input->forceLogoutLogin);
    }
    Schema::checkMembers($values, Schema::FIELDS, ErrorCode::InvalidInput);

    $signature = Bytes::encode(Hmac::compute('sha1', $key, self::message($values)), 'base64');
    $token = null;
    $url = self::embedUrl($values, $token, $signature);

    $response = new JsonObject();
    $response->set('url', $url);

    return new Signed($token, $url, $signature, $response);
}
