<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedUrl;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Bold BI signed embed URL (before v14.1) (Bold BI).
 */
final class Claims
{
    /**
     * @param string $dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
     * @param string $embedNonce A random GUID.
     * @param string $embedDashboardId The dashboard id.
     * @param string $embedUserEmail Email of a Bold BI user allowed to see the dashboard.
     * @param ?int $embedTimestamp Signing time; without it Bold BI accepts the URL forever.
     * @param ?int $embedExpirationtime Seconds the URL stays valid (needs embed_timestamp).
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $dashboardUrl,
        public readonly string $embedNonce,
        public readonly string $embedDashboardId,
        public readonly string $embedUserEmail,
        public readonly ?int $embedTimestamp,
        public readonly ?int $embedExpirationtime,
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
            dashboardUrl: $json->get('dashboard_url'),
            embedNonce: $json->get('embed_nonce'),
            embedDashboardId: $json->get('embed_dashboard_id'),
            embedUserEmail: $json->get('embed_user_email'),
            embedTimestamp: $json->get('embed_timestamp'),
            embedExpirationtime: $json->get('embed_expirationtime'),
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
