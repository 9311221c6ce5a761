<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\PapermapIframe;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Papermap iframe token (Papermap).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['api_key_id', 'workspace_id', 'tenant_id', 'dashboard_id', 'valid_until'];

    /**
     * @param string $apiKeyId Your Papermap API key identifier (ak_…), the same for every token.
     * @param string $workspaceId The Papermap workspace that holds the dashboard.
     * @param string $tenantId Your customer (tenant) the dashboard is shown to.
     * @param string $dashboardId The tenant's dashboard.
     * @param ?int $validUntil When the token stops working (Unix seconds); one hour from now by default.
     */
    public function __construct(
        public readonly string $apiKeyId,
        public readonly string $workspaceId,
        public readonly string $tenantId,
        public readonly string $dashboardId,
        public readonly ?int $validUntil = null,
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
            apiKeyId: $present['api_key_id'] ?? throw self::required('api_key_id'),
            workspaceId: $present['workspace_id'] ?? throw self::required('workspace_id'),
            tenantId: $present['tenant_id'] ?? throw self::required('tenant_id'),
            dashboardId: $present['dashboard_id'] ?? throw self::required('dashboard_id'),
            validUntil: $present['valid_until'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
