<?php

// Code generated from spec/formats/metabase-embed.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\MetabaseEmbed;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * The fields of the Metabase static embedding token and the checks their JSON values must pass,
 * shared by signing (invalid_input) and verifying (missing_claim, invalid_claim).
 *
 * @internal
 */
final class Schema
{
    /** Every field that is signed or placed, in declared order. */
    public const FIELDS = ['resource', 'params', 'exp', 'site_url'];

    /** The fields that travel in the token or URL query, in declared order. */
    public const CARRIED = ['resource', 'params', 'exp'];

    /** The fields that travel in the JWS payload. */
    public const PAYLOAD = ['resource', 'params', 'exp'];

    /** The fields that travel in the JWS header. */
    public const HEADER = [];

    private const REQUIRED = ['resource', 'params', 'site_url'];

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
            'resource' => self::checkResource($value, $code),
            'params' => self::checkParams($value, $code),
            'exp' => self::checkExp($value, $code),
            'site_url' => self::checkSiteUrl($value, $code),
            default => throw new \LogicException("unknown field $name"),
        };
    }

    private static function checkResource(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'resource', $code);
        MetabaseEmbedResource::check($value, 'resource', $code);
    }

    private static function checkParams(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'object', 'params', $code);
        Check::encodable($value, 'params', $code);
    }

    private static function checkExp(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'unix-time', 'exp', $code);
    }

    private static function checkSiteUrl(mixed $value, ErrorCode $code): void
    {
        Check::type($value, 'string', 'site_url', $code);
    }
}
