<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedUrl;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Bold BI signed embed URL (before v14.1) (Bold BI).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = [
        'dashboard_url',
        'embed_dashboard_id',
        'embed_user_email',
        'embed_timestamp',
        'embed_expirationtime',
    ];

    /**
     * @param string $dashboardUrl The dashboard's URL on your Bold BI server (where the signed query goes).
     * @param string $embedDashboardId The dashboard id.
     * @param string $embedUserEmail Email of a Bold BI user allowed to see the dashboard.
     * @param ?int $embedTimestamp Signing time; without it Bold BI accepts the URL forever.
     * @param ?int $embedExpirationtime Seconds the URL stays valid (needs embed_timestamp).
     */
    public function __construct(
        public readonly string $dashboardUrl,
        public readonly string $embedDashboardId,
        public readonly string $embedUserEmail,
        public readonly ?int $embedTimestamp = null,
        public readonly ?int $embedExpirationtime = null,
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
            dashboardUrl: $present['dashboard_url'] ?? throw self::required('dashboard_url'),
            embedDashboardId: $present['embed_dashboard_id'] ?? throw self::required('embed_dashboard_id'),
            embedUserEmail: $present['embed_user_email'] ?? throw self::required('embed_user_email'),
            embedTimestamp: $present['embed_timestamp'] ?? null,
            embedExpirationtime: $present['embed_expirationtime'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
