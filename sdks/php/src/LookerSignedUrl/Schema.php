<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\LookerSignedUrl;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Looker signed embed URL and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = [
        'host',
        'embed_url',
        'nonce',
        'time',
        'session_length',
        'external_user_id',
        'permissions',
        'models',
        'group_ids',
        'external_group_id',
        'user_attributes',
        'access_filters',
        'first_name',
        'last_name',
        'user_timezone',
        'force_logout_login',
    ];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = [
        'host',
        'embed_url',
        'nonce',
        'time',
        'session_length',
        'external_user_id',
        'permissions',
        'models',
        'group_ids',
        'external_group_id',
        'user_attributes',
        'access_filters',
        'first_name',
        'last_name',
        'user_timezone',
        'force_logout_login',
    ];

    /** The JSON type of every field, as read back from a URL. */
    public const TYPES = [
        'host' => 'string',
        'embed_url' => 'string',
        'nonce' => 'string',
        'time' => 'unix-time',
        'session_length' => 'integer',
        'external_user_id' => 'string',
        'permissions' => 'array',
        'models' => 'array',
        'group_ids' => 'array',
        'external_group_id' => 'string',
        'user_attributes' => 'object',
        'access_filters' => 'object',
        'first_name' => 'string',
        'last_name' => 'string',
        'user_timezone' => 'string',
        'force_logout_login' => 'boolean',
    ];

    private const REQUIRED = [
        'host',
        'embed_url',
        'nonce',
        'time',
        'session_length',
        'external_user_id',
        'permissions',
        'models',
        'access_filters',
    ];

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
            'embed_url' => self::checkEmbedUrl($value, $code),
            'nonce' => self::checkNonce($value, $code),
            'time' => self::checkTime($value, $code),
            'session_length' => self::checkSessionLength($value, $code),
            'external_user_id' => self::checkExternalUserId($value, $code),
            'permissions' => self::checkPermissions($value, $code),
            'models' => self::checkModels($value, $code),
            'group_ids' => self::checkGroupIds($value, $code),
            'external_group_id' => self::checkExternalGroupId($value, $code),
            'user_attributes' => self::checkUserAttributes($value, $code),
            'access_filters' => self::checkAccessFilters($value, $code),
            'first_name' => self::checkFirstName($value, $code),
            'last_name' => self::checkLastName($value, $code),
            'user_timezone' => self::checkUserTimezone($value, $code),
            'force_logout_login' => self::checkForceLogoutLogin($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkHost(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'host', $code);
    }

    private static function checkEmbedUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'embed_url', $code);
    }

    private static function checkNonce(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'nonce', $code);
        Check::maxLength($value, 255, 'nonce', $code);
    }

    private static function checkTime(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'time', $code);
    }

    private static function checkSessionLength(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'session_length', $code);
        Check::range($value, 0, 2592000, 'session_length', $code);
    }

    private static function checkExternalUserId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'external_user_id', $code);
    }

    private static function checkPermissions(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'permissions', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'string', 'permissions' . "[$index]", $code);
        }
    }

    private static function checkModels(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'models', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'string', 'models' . "[$index]", $code);
        }
    }

    private static function checkGroupIds(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'array', 'group_ids', $code);
        foreach ($value as $index => $item) {
            Check::type($item, 'integer', 'group_ids' . "[$index]", $code);
        }
    }

    private static function checkExternalGroupId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'external_group_id', $code);
        Check::maxLength($value, 81, 'external_group_id', $code);
    }

    private static function checkUserAttributes(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'user_attributes', $code);
        Check::encodable($value, 'user_attributes', $code);
    }

    private static function checkAccessFilters(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'access_filters', $code);
        Check::encodable($value, 'access_filters', $code);
    }

    private static function checkFirstName(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'first_name', $code);
    }

    private static function checkLastName(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'last_name', $code);
    }

    private static function checkUserTimezone(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'user_timezone', $code);
    }

    private static function checkForceLogoutLogin(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'boolean', 'force_logout_login', $code);
    }
}
