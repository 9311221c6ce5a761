private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
{
    $url = self::raw($values->get('dashboard_url'));
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
    if ($values->has('embed_nonce')) {
        $query[] = self::param('embed_nonce', self::text($values->get('embed_nonce'), 'text'));
    }
    if ($values->has('embed_dashboard_id')) {
        $query[] = self::param('embed_dashboard_id', self::text($values->get('embed_dashboard_id'), 'text'));
    }
    if ($values->has('embed_user_email')) {
        $query[] = self::param('embed_user_email', self::text($values->get('embed_user_email'), 'text'));
    }
    if ($values->has('embed_timestamp')) {
        $query[] = self::param('embed_timestamp', self::text($values->get('embed_timestamp'), 'text'));
    }
    if ($values->has('embed_expirationtime')) {
        $query[] = self::param('embed_expirationtime', self::text($values->get('embed_expirationtime'), 'text'));
    }
    if ($signature !== null) {
        $query[] = self::param('embed_signature', $signature);
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
