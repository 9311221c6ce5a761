<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\PapermapIframe;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Papermap iframe token and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['api_key_id', 'workspace_id', 'tenant_id', 'dashboard_id', 'valid_until'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['api_key_id', 'workspace_id', 'tenant_id', 'dashboard_id', 'valid_until'];

    /** The members of the envelope, the signature at its declared place. */
    public const ENVELOPE = ['api_key_id', 'workspace_id', 'tenant_id', 'dashboard_id', 'valid_until', 'signature'];

    private const REQUIRED = ['api_key_id', 'workspace_id', 'tenant_id', 'dashboard_id', 'valid_until', 'signature'];

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
            'api_key_id' => self::checkApiKeyId($value, $code),
            'workspace_id' => self::checkWorkspaceId($value, $code),
            'tenant_id' => self::checkTenantId($value, $code),
            'dashboard_id' => self::checkDashboardId($value, $code),
            'valid_until' => self::checkValidUntil($value, $code),
            'signature' => self::checkSignature($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkApiKeyId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'api_key_id', $code);
    }

    private static function checkWorkspaceId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'workspace_id', $code);
    }

    private static function checkTenantId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'tenant_id', $code);
    }

    private static function checkDashboardId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'dashboard_id', $code);
    }

    private static function checkValidUntil(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'valid_until', $code);
    }

    private static function checkSignature(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'signature', $code);
    }
}
