<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Field values as text in signed strings and URLs, and random field values.
 */
final class Text
{
    /**
     * Strings as they are, integers in decimal, booleans as true/false.
     */
    public static function plain(mixed $value): string
    {
        return match (true) {
            is_bool($value) => $value ? 'true' : 'false',
            is_int($value), is_string($value) => (string) $value,
            default => throw new EmbedsealException(ErrorCode::InvalidInput, 'value has no plain text form'),
        };
    }

    /**
     * A value written as "text", "json" (with the profile) or "percent".
     *
     * @throws EmbedsealException invalid_input
     */
    public static function of(mixed $value, string $encode, JsonProfile $profile, string $safe, string $space): string
    {
        return match ($encode) {
            'json' => Json::encode($value, $profile),
            'percent' => PercentEncoding::encode(self::plain($value), $safe, $space),
            default => self::plain($value),
        };
    }

    /**
     * Random bytes as text: "hex", "base64url-nopad" or "uuid" (RFC 9562
     * version 4: version and variant bits set, lowercase 8-4-4-4-12).
     *
     * @param \Closure(int): string $random Returns the requested number of random bytes.
     *
     * @throws EmbedsealException invalid_input when the source returns too few bytes
     */
    public static function random(\Closure $random, int $count, string $encoding): string
    {
        $bytes = $random($count);
        if (!is_string($bytes) || strlen($bytes) !== $count) {
            throw new EmbedsealException(ErrorCode::InvalidInput, "random: needs $count bytes");
        }
        if ($encoding !== 'uuid') {
            return Bytes::encode($bytes, $encoding);
        }
        $bytes[6] = chr((ord($bytes[6]) & 0x0F) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3F) | 0x80);
        $hex = bin2hex(substr($bytes, 0, 16));

        return implode('-', [
            substr($hex, 0, 8),
            substr($hex, 8, 4),
            substr($hex, 12, 4),
            substr($hex, 16, 4),
            substr($hex, 20, 12),
        ]);
    }
}
