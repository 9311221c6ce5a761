<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * UTF-8 helpers that need neither mbstring nor intl.
 *
 * @internal
 */
final class Utf8
{
    /**
     * Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates).
     */
    public static function isValid(string $bytes): bool
    {
        return preg_match('//u', $bytes) === 1;
    }

    /**
     * The code point of one well-formed UTF-8 encoded character.
     */
    public static function codePoint(string $char): int
    {
        $length = strlen($char);
        if ($length === 1) {
            return ord($char);
        }
        $codePoint = ord($char[0]) & (0xFF >> ($length + 1));
        for ($i = 1; $i < $length; $i++) {
            $codePoint = ($codePoint << 6) | (ord($char[$i]) & 0x3F);
        }

        return $codePoint;
    }

    /**
     * The UTF-8 encoding of a code point that is not a surrogate.
     */
    public static function fromCodePoint(int $codePoint): string
    {
        if ($codePoint < 0x80) {
            return chr($codePoint);
        }
        if ($codePoint < 0x800) {
            return chr(0xC0 | ($codePoint >> 6)) . self::continuation($codePoint, 0);
        }
        if ($codePoint < 0x10000) {
            return chr(0xE0 | ($codePoint >> 12))
                . self::continuation($codePoint, 6)
                . self::continuation($codePoint, 0);
        }

        return chr(0xF0 | ($codePoint >> 18))
            . self::continuation($codePoint, 12)
            . self::continuation($codePoint, 6)
            . self::continuation($codePoint, 0);
    }

    private static function continuation(int $codePoint, int $shift): string
    {
        return chr(0x80 | (($codePoint >> $shift) & 0x3F));
    }
}
