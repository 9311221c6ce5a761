<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedUrl;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Bold BI signed embed URL (before v14.1) and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = [
        'dashboard_url',
        'embed_nonce',
        'embed_dashboard_id',
        'embed_user_email',
        'embed_timestamp',
        'embed_expirationtime',
    ];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = [
        'embed_nonce',
        'embed_dashboard_id',
        'embed_user_email',
        'embed_timestamp',
        'embed_expirationtime',
    ];

    /** The JSON type of every field, as read back from a URL. */
    public const TYPES = [
        'dashboard_url' => 'string',
        'embed_nonce' => 'string',
        'embed_dashboard_id' => 'string',
        'embed_user_email' => 'string',
        'embed_timestamp' => 'unix-time',
        'embed_expirationtime' => 'integer',
    ];

    private const REQUIRED = ['dashboard_url', 'embed_nonce', 'embed_dashboard_id', 'embed_user_email'];

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
            'dashboard_url' => self::checkDashboardUrl($value, $code),
            'embed_nonce' => self::checkEmbedNonce($value, $code),
            'embed_dashboard_id' => self::checkEmbedDashboardId($value, $code),
            'embed_user_email' => self::checkEmbedUserEmail($value, $code),
            'embed_timestamp' => self::checkEmbedTimestamp($value, $code),
            'embed_expirationtime' => self::checkEmbedExpirationtime($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkDashboardUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'dashboard_url', $code);
    }

    private static function checkEmbedNonce(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'embed_nonce', $code);
    }

    private static function checkEmbedDashboardId(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'embed_dashboard_id', $code);
    }

    private static function checkEmbedUserEmail(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'embed_user_email', $code);
    }

    private static function checkEmbedTimestamp(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'embed_timestamp', $code);
    }

    private static function checkEmbedExpirationtime(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'integer', 'embed_expirationtime', $code);
        Check::range($value, 86400, 518400, 'embed_expirationtime', $code);
    }
}
