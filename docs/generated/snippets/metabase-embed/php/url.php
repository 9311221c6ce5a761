private static function embedUrl(JsonObject $values, ?string $token, ?string $signature): string
{
    $url = self::raw($values->get('site_url'))
        . '/embed/dashboard/'
        . ($token ?? '');
    $query = self::query($values, $token, $signature);
    if ($query !== '') {
        $url .= '?' . $query;
    }
    $url .= '#' . 'bordered=true&titled=true';

    return $url;
}

/**
 * The query string: parameters in declared order, absent ones left out.
 */
private static function query(JsonObject $values, ?string $token, ?string $signature): string
{
    $query = [];

    return implode('&', $query);
}

/**
 * One query parameter, name and value percent-encoded.
 */
private static function param(string $name, string $value): string
{
    return self::percent($name) . '=' . self::percent($value);
}
