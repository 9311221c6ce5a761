<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * HMAC signing and constant-time comparison.
 */
final class Hmac
{
    private const ALGORITHMS = ['sha1', 'sha256', 'sha384', 'sha512'];

    /**
     * The raw HMAC of a message.
     *
     * @param string $algorithm "sha1", "sha256", "sha384" or "sha512".
     *
     * @throws \InvalidArgumentException for any other algorithm
     */
    public static function compute(string $algorithm, #[\SensitiveParameter] string $key, string $message): string
    {
        if (!in_array($algorithm, self::ALGORITHMS, true)) {
            throw new \InvalidArgumentException("unsupported HMAC algorithm \"$algorithm\"");
        }

        return hash_hmac($algorithm, $message, $key, true);
    }

    /**
     * Compares two MACs in time that does not depend on where they differ.
     */
    public static function equals(string $expected, string $actual): bool
    {
        return hash_equals($expected, $actual);
    }
}
