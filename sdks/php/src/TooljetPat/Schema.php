<?php

// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TooljetPat;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the ToolJet personal access token (embedded apps) and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['server_url', 'email', 'appId', 'sessionExpiry', 'patExpiry'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['email', 'appId', 'sessionExpiry', 'patExpiry'];

    private const REQUIRED = ['server_url', 'email', 'appId', 'sessionExpiry', 'patExpiry'];

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
            'server_url' => self::checkServerUrl($value, $code),
            'email' => self::checkEmail($value, $code),
            'appId' => self::checkAppId($value, $code),
            'sessionExpiry' => self::checkSessionExpiry($value, $code),
            'patExpiry' => self::checkPatExpiry($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkServerUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'server_url', $code);
    }

    private static function checkEmail(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'email', $code);
    }

    private static function checkAppId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'appId', $code);
    }

    private static function checkSessionExpiry(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'sessionExpiry', $code);
        Check::range($value, 1, null, 'sessionExpiry', $code);
    }

    private static function checkPatExpiry(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'patExpiry', $code);
        Check::range($value, 1, null, 'patExpiry', $code);
    }
}
