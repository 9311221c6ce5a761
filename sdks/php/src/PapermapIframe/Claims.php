<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\PapermapIframe;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Papermap iframe token (Papermap).
 */
final class Claims
{
    /**
     * @param string $apiKeyId Your Papermap API key identifier (ak_…), the same for every token.
     * @param string $workspaceId The Papermap workspace that holds the dashboard.
     * @param string $tenantId Your customer (tenant) the dashboard is shown to.
     * @param string $dashboardId The tenant's dashboard.
     * @param int $validUntil When the token stops working (Unix seconds); one hour from now by default.
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $apiKeyId,
        public readonly string $workspaceId,
        public readonly string $tenantId,
        public readonly string $dashboardId,
        public readonly int $validUntil,
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
            apiKeyId: $json->get('api_key_id'),
            workspaceId: $json->get('workspace_id'),
            tenantId: $json->get('tenant_id'),
            dashboardId: $json->get('dashboard_id'),
            validUntil: $json->get('valid_until'),
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
