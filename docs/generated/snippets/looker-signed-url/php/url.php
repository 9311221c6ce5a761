private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
{
    $url = 'https://'
        . self::raw($values->get('host'))
        . '/login/embed/'
        . self::percent(Text::plain($values->get('embed_url')));
    $query = self::query($values, $token, $signature);
    if ($query !== '') {
        $url .= '?' . $query;
    }

    return $url;
}

/**
 * The query string: parameters in declared order, absent ones left out.
 */
private static function query(JsonObject $values, ?string $token, ?string $signature): string
{
    $query = [];
    if ($values->has('nonce')) {
        $query[] = self::param('nonce', self::text($values->get('nonce'), 'json'));
    }
    if ($values->has('time')) {
        $query[] = self::param('time', self::text($values->get('time'), 'json'));
    }
    if ($values->has('session_length')) {
        $query[] = self::param('session_length', self::text($values->get('session_length'), 'json'));
    }
    if ($values->has('external_user_id')) {
        $query[] = self::param('external_user_id', self::text($values->get('external_user_id'), 'json'));
    }
    if ($values->has('permissions')) {
        $query[] = self::param('permissions', self::text($values->get('permissions'), 'json'));
    }
    if ($values->has('models')) {
        $query[] = self::param('models', self::text($values->get('models'), 'json'));
    }
    if ($values->has('group_ids')) {
        $query[] = self::param('group_ids', self::text($values->get('group_ids'), 'json'));
    }
    if ($values->has('external_group_id')) {
        $query[] = self::param('external_group_id', self::text($values->get('external_group_id'), 'json'));
    }
    if ($values->has('user_attributes')) {
        $query[] = self::param('user_attributes', self::text($values->get('user_attributes'), 'json'));
    }
    if ($values->has('access_filters')) {
        $query[] = self::param('access_filters', self::text($values->get('access_filters'), 'json'));
    }
    if ($values->has('first_name')) {
        $query[] = self::param('first_name', self::text($values->get('first_name'), 'json'));
    }
    if ($values->has('last_name')) {
        $query[] = self::param('last_name', self::text($values->get('last_name'), 'json'));
    }
    if ($values->has('user_timezone')) {
        $query[] = self::param('user_timezone', self::text($values->get('user_timezone'), 'json'));
    }
    if ($values->has('force_logout_login')) {
        $query[] = self::param('force_logout_login', self::text($values->get('force_logout_login'), 'json'));
    }
    if ($signature !== null) {
        $query[] = self::param('signature', $signature);
    }

    return implode('&', $query);
}

/**
 * One query parameter, name and value percent-encoded.
 */
private static function param(string $name, string $value): string
{
    return self::percent($name) . '=' . self::percent($value);
}
