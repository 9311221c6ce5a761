<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenLines;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Golden lines fixture and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['host', 'path', 'time', 'user', 'groups', 'display'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['host', 'path', 'time', 'user', 'groups', 'display'];

    /** The JSON type of every field, as read back from a URL. */
    public const TYPES = [
        'host' => 'string',
        'path' => 'string',
        'time' => 'unix-time',
        'user' => 'string',
        'groups' => 'array',
        'display' => 'string',
    ];

    private const REQUIRED = ['host', 'path', 'time', 'user'];

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
            'host' => self::checkHost($value, $code),
            'path' => self::checkPath($value, $code),
            'time' => self::checkTime($value, $code),
            'user' => self::checkUser($value, $code),
            'groups' => self::checkGroups($value, $code),
            'display' => self::checkDisplay($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkHost(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'host', $code);
    }

    private static function checkPath(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'path', $code);
    }

    private static function checkTime(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'time', $code);
    }

    private static function checkUser(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'user', $code);
        Check::maxLength($value, 64, 'user', $code);
    }

    private static function checkGroups(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'groups', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'integer', 'groups' . "[$index]", $code);
        }
    }

    private static function checkDisplay(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'display', $code);
    }
}
