<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Percent-encoding of UTF-8 text, as used in signed URLs.
 */
final class PercentEncoding
{
    /** encodeURIComponent() keeps these besides letters and digits. */
    public const URI_COMPONENT_SAFE = "-_.!~*'()";

    /** RFC 3986 unreserved characters besides letters and digits. */
    public const UNRESERVED_SAFE = '-_.~';

    /**
     * Encodes every byte of the text except ASCII letters, digits and the
     * ASCII characters of $safe; a space becomes $space unless it is in
     * $safe. Escapes use uppercase hex.
     *
     * @param string $space "%20" or "+".
     *
     * @throws EmbedsealException invalid_input when the text is not UTF-8
     */
    public static function encode(string $text, string $safe, string $space = '%20'): string
    {
        if (!Utf8::isValid($text)) {
            throw new EmbedsealException(ErrorCode::InvalidInput, 'cannot percent-encode: text is not valid UTF-8');
        }
        $asciiSafe = (string) preg_replace('/[^\x00-\x7f]/', '', $safe);
        $unsafe = '/[^A-Za-z0-9' . preg_quote($asciiSafe, '/') . ']/';

        return (string) preg_replace_callback(
            $unsafe,
            static fn (array $match): string => $match[0] === ' ' ? $space : sprintf('%%%02X', ord($match[0])),
            $text,
        );
    }

    /**
     * Decodes %XX escapes (either case) and, when $plusIsSpace, "+" as space.
     *
     * @throws EmbedsealException malformed for a stray "%" or when the
     *                            decoded bytes are not UTF-8
     */
    public static function decode(string $text, bool $plusIsSpace): string
    {
        if (preg_match('/%(?![0-9A-Fa-f]{2})/', $text) === 1) {
            throw self::malformed('"%" not followed by two hex digits');
        }
        $decoded = rawurldecode($plusIsSpace ? strtr($text, '+', ' ') : $text);
        if (!Utf8::isValid($decoded)) {
            throw self::malformed('decoded bytes are not valid UTF-8');
        }

        return $decoded;
    }

    private static function malformed(string $reason): EmbedsealException
    {
        return new EmbedsealException(ErrorCode::Malformed, "malformed percent-encoding: $reason");
    }
}
