<?php

// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\EmbedsealV1;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the embedseal v1 token and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['tenant', 'dashboard', 'iat', 'exp', 'jti', 'params', 'app_url'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['tenant', 'dashboard', 'iat', 'exp', 'jti', 'params'];

    /** The fields that travel in the JWS payload. */
    public const PAYLOAD = ['tenant', 'dashboard', 'iat', 'exp', 'jti', 'params'];

    /** The fields that travel in the JWS header. */
    public const HEADER = [];

    private const REQUIRED = ['tenant', 'dashboard', 'iat', 'exp', 'jti', 'params', 'app_url'];

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
            'tenant' => self::checkTenant($value, $code),
            'dashboard' => self::checkDashboard($value, $code),
            'iat' => self::checkIat($value, $code),
            'exp' => self::checkExp($value, $code),
            'jti' => self::checkJti($value, $code),
            'params' => self::checkParams($value, $code),
            'app_url' => self::checkAppUrl($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkTenant(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'tenant', $code);
        Check::maxLength($value, 128, 'tenant', $code);
    }

    private static function checkDashboard(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'dashboard', $code);
        Check::maxLength($value, 128, 'dashboard', $code);
    }

    private static function checkIat(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'iat', $code);
    }

    private static function checkExp(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'exp', $code);
    }

    private static function checkJti(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'jti', $code);
    }

    private static function checkParams(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'params', $code);
        Check::encodable($value, 'params', $code);
    }

    private static function checkAppUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'app_url', $code);
    }
}
