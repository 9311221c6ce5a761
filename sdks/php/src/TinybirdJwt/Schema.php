<?php

// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TinybirdJwt;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Tinybird JWT and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['workspace_id', 'name', 'exp', 'scopes', 'limits', 'chart_url'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['workspace_id', 'name', 'exp', 'scopes', 'limits'];

    /** The fields that travel in the JWS payload. */
    public const PAYLOAD = ['workspace_id', 'name', 'exp', 'scopes', 'limits'];

    /** The fields that travel in the JWS header. */
    public const HEADER = [];

    private const REQUIRED = ['workspace_id', 'name', 'exp', 'scopes', 'chart_url'];

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
            'workspace_id' => self::checkWorkspaceId($value, $code),
            'name' => self::checkName($value, $code),
            'exp' => self::checkExp($value, $code),
            'scopes' => self::checkScopes($value, $code),
            'limits' => self::checkLimits($value, $code),
            'chart_url' => self::checkChartUrl($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkWorkspaceId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'workspace_id', $code);
    }

    private static function checkName(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'name', $code);
    }

    private static function checkExp(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'exp', $code);
    }

    private static function checkScopes(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'scopes', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'object', 'scopes' . "[$index]", $code);
            TinybirdJwtScope::check($item, 'scopes' . "[$index]", $code);
        }
    }

    private static function checkLimits(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'limits', $code);
        TinybirdJwtLimits::check($value, 'limits', $code);
    }

    private static function checkChartUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'chart_url', $code);
    }
}
