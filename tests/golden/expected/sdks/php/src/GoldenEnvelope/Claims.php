<?php

// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenEnvelope;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Golden envelope fixture (embedseal tests).
 */
final class Claims
{
    /**
     * @param int $v
     * @param string $account
     * @param string $id
     * @param int $until
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly int $v,
        public readonly string $account,
        public readonly string $id,
        public readonly int $until,
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
            v: $json->get('v'),
            account: $json->get('account'),
            id: $json->get('id'),
            until: $json->get('until'),
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
