<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenClaims;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Golden claims fixture (embedseal tests).
 */
final class Claims
{
    /**
     * @param ?bool $httpExampleComIsRoot
     * @param string $nonce
     * @param string $class
     * @param int $type
     * @param int $iat
     * @param int $exp
     * @param string $kid
     * @param list<GoldenClaimsItem> $items
     * @param ?JsonObject $meta
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly ?bool $httpExampleComIsRoot,
        public readonly string $nonce,
        public readonly string $class,
        public readonly int $type,
        public readonly int $iat,
        public readonly int $exp,
        public readonly string $kid,
        public readonly array $items,
        public readonly ?JsonObject $meta,
        private readonly JsonObject $json,
    ) {
    }

    /**
     * The typed claims from verified JSON claims.
     *
     * @internal
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            httpExampleComIsRoot: $json->get('http://example.com/is_root'),
            nonce: $json->get(':nonce'),
            class: $json->get('class'),
            type: $json->get('type'),
            iat: $json->get('iat'),
            exp: $json->get('exp'),
            kid: $json->get('kid'),
            items: array_map(GoldenClaimsItem::fromJson(...), $json->get('items')),
            meta: $json->get('meta'),
            json: $json,
        );
    }

    /**
     * Every received claim as JSON, in the order received.
     */
    public function toJson(): JsonObject
    {
        return new JsonObject($this->json);
    }
}
