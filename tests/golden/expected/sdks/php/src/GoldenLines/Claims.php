<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenLines;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Golden lines fixture (embedseal tests).
 */
final class Claims
{
    /**
     * @param string $host
     * @param string $path
     * @param int $time
     * @param string $user
     * @param ?list<int> $groups
     * @param ?string $display
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $host,
        public readonly string $path,
        public readonly int $time,
        public readonly string $user,
        public readonly ?array $groups,
        public readonly ?string $display,
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
            host: $json->get('host'),
            path: $json->get('path'),
            time: $json->get('time'),
            user: $json->get('user'),
            groups: $json->get('groups'),
            display: $json->get('display'),
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
