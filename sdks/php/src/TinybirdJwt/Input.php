<?php

// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TinybirdJwt;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Tinybird JWT (Tinybird).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['workspace_id', 'name', 'exp', 'scopes', 'limits', 'chart_url'];

    /**
     * @param string $workspaceId The Tinybird workspace (UUID).
     * @param string $name Token name, used for usage stats and the rate-limit bucket.
     * @param list<TinybirdJwtScope> $scopes
     * @param string $chartUrl The chart or endpoint URL from Tinybird's iframe snippet (not signed).
     * @param ?int $exp Expiry (Unix seconds); Tinybird refuses tokens without it.
     * @param ?TinybirdJwtLimits $limits
     */
    public function __construct(
        public readonly string $workspaceId,
        public readonly string $name,
        public readonly array $scopes,
        public readonly string $chartUrl,
        public readonly ?int $exp = null,
        public readonly ?TinybirdJwtLimits $limits = null,
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
            workspaceId: $present['workspace_id'] ?? throw self::required('workspace_id'),
            name: $present['name'] ?? throw self::required('name'),
            scopes: array_map(TinybirdJwtScope::fromJson(...), $present['scopes'] ?? throw self::required('scopes')),
            chartUrl: $present['chart_url'] ?? throw self::required('chart_url'),
            exp: $present['exp'] ?? null,
            limits: isset($present['limits']) ? TinybirdJwtLimits::fromJson($present['limits']) : null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
