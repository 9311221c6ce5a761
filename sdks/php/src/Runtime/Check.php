<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Value checks shared by signing (invalid_input) and verification
 * (missing_claim / invalid_claim), so both sides accept the same values.
 *
 * Values are JSON values: strings, integers, booleans, lists and
 * {@see JsonObject} instances.
 */
final class Check
{
    /**
     * Refuses a value that is not of the JSON type: "string", "integer",
     * "unix-time", "boolean", "object" or "array".
     *
     * @throws EmbedsealException with $code
     */
    public static function type(mixed $value, string $type, string $where, ErrorCode $code): void
    {
        $ok = match ($type) {
            'string' => is_string($value) && Utf8::isValid($value),
            'integer', 'unix-time' => is_int($value),
            'boolean' => is_bool($value),
            'object' => $value instanceof JsonObject,
            'array' => is_array($value) && array_is_list($value),
            default => false,
        };
        if (!$ok) {
            throw self::fail($code, "$where: expected $type, got " . self::typeName($value));
        }
        if (is_int($value) && ($value > Json::MAX_SAFE_INTEGER || $value < -Json::MAX_SAFE_INTEGER)) {
            throw self::fail($code, "$where: integer outside ±(2^53 - 1)");
        }
    }

    /**
     * Refuses a free JSON object that cannot be encoded (floats, bad UTF-8...).
     *
     * @throws EmbedsealException with $code
     */
    public static function encodable(JsonObject $value, string $where, ErrorCode $code): void
    {
        try {
            Json::encode($value);
        } catch (EmbedsealException $error) {
            throw self::fail($code, "$where: " . $error->getMessage(), $error);
        }
    }

    /**
     * Refuses a value that is not one of the allowed values.
     *
     * @param list<mixed> $allowed
     *
     * @throws EmbedsealException with $code
     */
    public static function oneOf(mixed $value, array $allowed, string $where, ErrorCode $code): void
    {
        if (!in_array($value, $allowed, true)) {
            throw self::fail($code, "$where: not one of the allowed values");
        }
    }

    /**
     * Refuses text longer than $max code points.
     *
     * @throws EmbedsealException with $code
     */
    public static function maxLength(string $value, int $max, string $where, ErrorCode $code): void
    {
        $length = preg_match_all('/./su', $value);
        if ($length === false || $length > $max) {
            throw self::fail($code, "$where: longer than $max characters");
        }
    }

    /**
     * Refuses an integer below $minimum or above $maximum (null: no bound).
     *
     * @throws EmbedsealException with $code
     */
    public static function range(int $value, ?int $minimum, ?int $maximum, string $where, ErrorCode $code): void
    {
        if ($minimum !== null && $value < $minimum) {
            throw self::fail($code, "$where: below the minimum $minimum");
        }
        if ($maximum !== null && $value > $maximum) {
            throw self::fail($code, "$where: above the maximum $maximum");
        }
    }

    /**
     * Refuses members of a declared object that the format does not know.
     *
     * @param list<string> $declared
     *
     * @throws EmbedsealException with $code
     */
    public static function knownMembers(JsonObject $value, array $declared, string $where, ErrorCode $code): void
    {
        foreach ($value->keys() as $key) {
            if (!in_array($key, $declared, true)) {
                throw self::fail($code, "$where: unknown member \"$key\"");
            }
        }
    }

    /**
     * Requires exactly one of the named members to be present.
     *
     * @param list<string> $names
     *
     * @throws EmbedsealException with $code
     */
    public static function exactlyOneOf(JsonObject $value, array $names, string $where, ErrorCode $code): void
    {
        $present = array_filter($names, static fn (string $name): bool => $value->has($name));
        if (count($present) !== 1) {
            throw self::fail($code, "$where: exactly one of " . implode(', ', $names) . ' is required');
        }
    }

    /**
     * Requires a member to be present: missing_claim when verifying, $code otherwise.
     *
     * @throws EmbedsealException
     */
    public static function required(JsonObject $value, string $name, string $where, ErrorCode $code): void
    {
        if (!$value->has($name)) {
            $missing = $code === ErrorCode::InvalidClaim ? ErrorCode::MissingClaim : $code;
            throw self::fail($missing, "$where is required");
        }
    }

    /**
     * Requires a fixed value.
     *
     * @throws EmbedsealException with $code
     */
    public static function fixed(mixed $value, mixed $expected, string $where, ErrorCode $code): void
    {
        if (Json::encode($value) !== Json::encode($expected)) {
            throw self::fail($code, "$where has a value other than the fixed one");
        }
    }

    /**
     * The exception for a refused value.
     */
    public static function fail(ErrorCode $code, string $message, ?\Throwable $previous = null): EmbedsealException
    {
        return new EmbedsealException($code, $message, $previous);
    }

    private static function typeName(mixed $value): string
    {
        return match (true) {
            $value === null => 'null',
            is_bool($value) => 'boolean',
            is_int($value) => 'integer',
            is_string($value) => 'string',
            $value instanceof JsonObject => 'object',
            is_array($value) => 'array',
            default => get_debug_type($value),
        };
    }
}
