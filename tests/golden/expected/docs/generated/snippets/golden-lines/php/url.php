private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
{
    $url = 'https://'
        . self::raw($values->get('host'))
        . '/e/'
        . self::percent(Text::plain($values->get('path')));
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
    if ($values->has('time')) {
        $query[] = self::param('time', self::text($values->get('time'), 'text'));
    }
    if ($values->has('user')) {
        $query[] = self::param('user', self::text($values->get('user'), 'json'));
    }
    if ($values->has('groups')) {
        $query[] = self::param('groups', self::text($values->get('groups'), 'json'));
    }
    if ($values->has('display')) {
        $query[] = self::param('display', self::text($values->get('display'), 'text'));
    }
    if ($signature !== null) {
        $query[] = self::param('sig', $signature);
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
