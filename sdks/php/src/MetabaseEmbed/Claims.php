<?php

// Code generated from spec/formats/metabase-embed.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\MetabaseEmbed;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Metabase static embedding token (Metabase).
 */
final class Claims
{
    /**
     * @param MetabaseEmbedResource $resource
     * @param JsonObject $params Locked parameters by slug; every locked parameter must be present.
     * @param ?int $exp Expiry (Unix seconds); Metabase's snippets use ten minutes.
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly MetabaseEmbedResource $resource,
        public readonly JsonObject $params,
        public readonly ?int $exp,
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
            resource: MetabaseEmbedResource::fromJson($json->get('resource')),
            params: $json->get('params'),
            exp: $json->get('exp'),
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
