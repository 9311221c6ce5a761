<?php

// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenEnvelope;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Golden envelope fixture and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['v', 'account', 'id', 'until'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['v', 'account', 'id', 'until'];

    /** The members of the envelope, the signature at its declared place. */
    public const ENVELOPE = ['v', 'account', 'id', 'until', 'sig'];

    private const REQUIRED = ['v', 'account', 'id', 'until', 'sig'];

    /**
     * Checks the named members of $values in order: an absent required
     * member is missing, a present one must have its field's shape.
     *
     * @param list<string> $names
     *
     * @throws \Embedseal\Runtime\EmbedsealException with $code (missing_claim for an absent required claim)
     */
    public static function checkMembers(JsonObject $values, array $names, ErrorCode $code): void
    {
        foreach ($names as $name) {
            if ($values->has($name)) {
                self::checkField($name, $values->get($name), $code);
            } elseif (in_array($name, self::REQUIRED, true)) {
                Check::required($values, $name, $name, $code);
            }
        }
    }

    /**
     * Refuses a value that does not have the field's shape.
     *
     * @throws \Embedseal\Runtime\EmbedsealException with $code
     */
    public static function checkField(string $name, mixed $value, ErrorCode $code): void
    {
        match ($name) {
            'v' => self::checkV($value, $code),
            'account' => self::checkAccount($value, $code),
            'id' => self::checkId($value, $code),
            'until' => self::checkUntil($value, $code),
            'sig' => self::checkSig($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkV(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'v', $code);
        Check::fixed($value, 2, 'v', $code);
    }

    private static function checkAccount(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'account', $code);
    }

    private static function checkId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'id', $code);
    }

    private static function checkUntil(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'until', $code);
    }

    private static function checkSig(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'sig', $code);
    }
}
