<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * JSON with one exact output profile and a strict parser.
 *
 * Only integers with |n| <= 2^53 - 1 are supported; floats are refused.
 * Objects are {@see JsonObject} instances (a non-list PHP array or a
 * stdClass is accepted by the encoder too); arrays are PHP lists.
 */
final class Json
{
    /**
     * The largest integer every embedseal SDK can represent exactly.
     */
    public const MAX_SAFE_INTEGER = 9007199254740991;

    /**
     * The deepest nesting of arrays and objects the parser accepts.
     */
    public const MAX_DEPTH = 64;

    /**
     * Encodes a value byte-exactly as described by the profile.
     *
     * @throws EmbedsealException invalid_input for floats, out-of-range
     *                            integers, invalid UTF-8 or unsupported types
     */
    public static function encode(mixed $value, JsonProfile $profile = new JsonProfile()): string
    {
        return (new JsonEncoder($profile))->encode($value);
    }

    /**
     * Parses a JSON document strictly.
     *
     * Objects come back as {@see JsonObject}, arrays as lists.
     *
     * @throws EmbedsealException malformed for anything but a strict,
     *                            unambiguous, integer-only JSON document
     */
    public static function parse(string $text): mixed
    {
        return (new JsonParser($text))->parseDocument();
    }
}
