<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenClaims;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Golden claims fixture and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = [
        'http://example.com/is_root',
        ':nonce',
        'class',
        'type',
        'iat',
        'exp',
        'kid',
        'items',
        'meta',
        'base',
    ];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['http://example.com/is_root', ':nonce', 'class', 'type', 'iat', 'exp', 'kid', 'items', 'meta'];

    /** The fields that travel in the JWS payload. */
    public const PAYLOAD = ['http://example.com/is_root', ':nonce', 'class', 'type', 'iat', 'exp', 'items', 'meta'];

    /** The fields that travel in the JWS header. */
    public const HEADER = ['kid'];

    private const REQUIRED = [':nonce', 'class', 'type', 'iat', 'exp', 'kid', 'items', 'base'];

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
            'http://example.com/is_root' => self::checkHttpExampleComIsRoot($value, $code),
            ':nonce' => self::checkNonce($value, $code),
            'class' => self::checkClass($value, $code),
            'type' => self::checkType($value, $code),
            'iat' => self::checkIat($value, $code),
            'exp' => self::checkExp($value, $code),
            'kid' => self::checkKid($value, $code),
            'items' => self::checkItems($value, $code),
            'meta' => self::checkMeta($value, $code),
            'base' => self::checkBase($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkHttpExampleComIsRoot(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'boolean', 'http://example.com/is_root', $code);
    }

    private static function checkNonce(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', ':nonce', $code);
    }

    private static function checkClass(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'class', $code);
        Check::oneOf($value, ['gold', 'silver'], 'class', $code);
    }

    private static function checkType(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'type', $code);
        Check::range($value, 0, 10, 'type', $code);
    }

    private static function checkIat(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'iat', $code);
    }

    private static function checkExp(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'exp', $code);
    }

    private static function checkKid(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'kid', $code);
        Check::maxLength($value, 32, 'kid', $code);
    }

    private static function checkItems(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'items', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'object', 'items' . "[$index]", $code);
            GoldenClaimsItem::check($item, 'items' . "[$index]", $code);
        }
    }

    private static function checkMeta(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'meta', $code);
        Check::encodable($value, 'meta', $code);
    }

    private static function checkBase(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'base', $code);
    }
}
