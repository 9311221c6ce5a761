<?php

// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TinybirdJwt;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Tinybird JWT (Tinybird).
 */
final class Claims
{
    /**
     * @param string $workspaceId The Tinybird workspace (UUID).
     * @param string $name Token name, used for usage stats and the rate-limit bucket.
     * @param int $exp Expiry (Unix seconds); Tinybird refuses tokens without it.
     * @param list<TinybirdJwtScope> $scopes
     * @param ?TinybirdJwtLimits $limits
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $workspaceId,
        public readonly string $name,
        public readonly int $exp,
        public readonly array $scopes,
        public readonly ?TinybirdJwtLimits $limits,
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
            workspaceId: $json->get('workspace_id'),
            name: $json->get('name'),
            exp: $json->get('exp'),
            scopes: array_map(TinybirdJwtScope::fromJson(...), $json->get('scopes')),
            limits: $json->has('limits') ? TinybirdJwtLimits::fromJson($json->get('limits')) : null,
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
