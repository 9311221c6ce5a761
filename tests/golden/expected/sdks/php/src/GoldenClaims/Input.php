<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenClaims;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Golden claims fixture (embedseal tests).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['http://example.com/is_root', 'class', 'type', 'exp', 'kid', 'items', 'meta', 'base'];

    /**
     * @param string $class
     * @param string $kid
     * @param list<GoldenClaimsItem> $items
     * @param string $base
     * @param ?bool $httpExampleComIsRoot
     * @param ?int $type
     * @param ?int $exp
     * @param ?JsonObject $meta
     */
    public function __construct(
        public readonly string $class,
        public readonly string $kid,
        public readonly array $items,
        public readonly string $base,
        public readonly ?bool $httpExampleComIsRoot = null,
        public readonly ?int $type = null,
        public readonly ?int $exp = null,
        public readonly ?JsonObject $meta = null,
    ) {
    }

    /**
     * The input from JSON (e.g. a decoded request body); null means absent.
     *
     * @throws \Embedseal\Runtime\EmbedsealException invalid_input for unknown
     *                                               members, wrong types and
     *                                               values outside their constraints
     */
    public static function fromJson(JsonObject $json): self
    {
        Check::knownMembers($json, self::MEMBERS, 'input', ErrorCode::InvalidInput);
        $present = [];
        foreach ($json as $name => $value) {
            if ($value !== null) {
                Schema::checkField($name, $value, ErrorCode::InvalidInput);
                $present[$name] = $value;
            }
        }

        return new self(
            class: $present['class'] ?? throw self::required('class'),
            kid: $present['kid'] ?? throw self::required('kid'),
            items: array_map(GoldenClaimsItem::fromJson(...), $present['items'] ?? throw self::required('items')),
            base: $present['base'] ?? throw self::required('base'),
            httpExampleComIsRoot: $present['http://example.com/is_root'] ?? null,
            type: $present['type'] ?? null,
            exp: $present['exp'] ?? null,
            meta: $present['meta'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
