<?php

// Code generated from spec/formats/semaphor-token.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\SemaphorToken;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Semaphor dashboard token and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['server_url', 'dashboardId', 'dashboardSecret', 'tokenExpiry', 'endUserId', 'params'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['dashboardId', 'dashboardSecret', 'tokenExpiry', 'endUserId', 'params'];

    private const REQUIRED = ['server_url', 'dashboardId', 'dashboardSecret', 'tokenExpiry'];

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
            'dashboardId' => self::checkDashboardId($value, $code),
            'dashboardSecret' => self::checkDashboardSecret($value, $code),
            'tokenExpiry' => self::checkTokenExpiry($value, $code),
            'endUserId' => self::checkEndUserId($value, $code),
            'params' => self::checkParams($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkServerUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'server_url', $code);
    }

    private static function checkDashboardId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'dashboardId', $code);
    }

    private static function checkDashboardSecret(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'dashboardSecret', $code);
    }

    private static function checkTokenExpiry(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'tokenExpiry', $code);
        Check::range($value, 1, null, 'tokenExpiry', $code);
    }

    private static function checkEndUserId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'endUserId', $code);
    }

    private static function checkParams(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'params', $code);
        SemaphorTokenParams::check($value, 'params', $code);
    }
}
