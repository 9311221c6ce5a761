<?php

// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedAuthorize;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Bold BI embed token (v14.1 and later) and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['serverurl', 'siteidentifier', 'email', 'embedsecret', 'dashboard'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['serverurl', 'siteidentifier', 'email', 'embedsecret', 'dashboard'];

    private const REQUIRED = ['serverurl', 'siteidentifier', 'email', 'embedsecret'];

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
            'serverurl' => self::checkServerurl($value, $code),
            'siteidentifier' => self::checkSiteidentifier($value, $code),
            'email' => self::checkEmail($value, $code),
            'embedsecret' => self::checkEmbedsecret($value, $code),
            'dashboard' => self::checkDashboard($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkServerurl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'serverurl', $code);
    }

    private static function checkSiteidentifier(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'siteidentifier', $code);
    }

    private static function checkEmail(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'email', $code);
    }

    private static function checkEmbedsecret(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'embedsecret', $code);
    }

    private static function checkDashboard(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'dashboard', $code);
        BoldbiEmbedAuthorizeDashboard::check($value, 'dashboard', $code);
    }
}
