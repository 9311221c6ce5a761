<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Canonical text encodings of binary strings.
 *
 * Encodings: "hex" (lowercase), "base64" (standard, padded), "base64url"
 * (URL-safe, padded) and "base64url-nopad" (URL-safe, unpadded).
 */
final class Bytes
{
    /**
     * @throws \InvalidArgumentException for an unknown encoding name
     */
    public static function encode(string $bytes, string $encoding): string
    {
        return match ($encoding) {
            'hex' => bin2hex($bytes),
            'base64' => base64_encode($bytes),
            'base64url' => strtr(base64_encode($bytes), '+/', '-_'),
            'base64url-nopad' => rtrim(strtr(base64_encode($bytes), '+/', '-_'), '='),
            default => throw self::unknownEncoding($encoding),
        };
    }

    /**
     * Decodes text that must be exactly what {@see encode()} would produce.
     *
     * Wrong alphabet or case, missing or extra padding, non-zero trailing
     * bits and whitespace are all refused, so every byte string has exactly
     * one accepted spelling.
     *
     * @throws EmbedsealException malformed when the text is not canonical
     * @throws \InvalidArgumentException for an unknown encoding name
     */
    public static function decode(string $text, string $encoding): string
    {
        $bytes = match ($encoding) {
            'hex' => preg_match('/\A(?:[0-9a-f]{2})*\z/', $text) === 1 ? hex2bin($text) : false,
            'base64' => base64_decode($text, true),
            'base64url', 'base64url-nopad' => base64_decode(strtr($text, '-_', '+/'), true),
            default => throw self::unknownEncoding($encoding),
        };
        if ($bytes === false || self::encode($bytes, $encoding) !== $text) {
            throw new EmbedsealException(ErrorCode::Malformed, "malformed $encoding: not in canonical form");
        }

        return $bytes;
    }

    private static function unknownEncoding(string $encoding): \InvalidArgumentException
    {
        return new \InvalidArgumentException("unknown byte encoding \"$encoding\"");
    }
}
