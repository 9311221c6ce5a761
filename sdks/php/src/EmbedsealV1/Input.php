<?php

// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\EmbedsealV1;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a embedseal v1 token (embedseal).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['tenant', 'dashboard', 'exp', 'params', 'app_url'];

    /**
     * @param string $tenant The customer (tenant) the viewer belongs to.
     * @param string $dashboard The dashboard the token opens.
     * @param string $appUrl Where the dashboard app lives, e.g. https://analytics.example.com.
     * @param ?int $exp Expiry; at most one hour after iat.
     * @param ?JsonObject $params Locked filter values, signed with everything else.
     */
    public function __construct(
        public readonly string $tenant,
        public readonly string $dashboard,
        public readonly string $appUrl,
        public readonly ?int $exp = null,
        public readonly ?JsonObject $params = null,
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
            tenant: $present['tenant'] ?? throw self::required('tenant'),
            dashboard: $present['dashboard'] ?? throw self::required('dashboard'),
            appUrl: $present['app_url'] ?? throw self::required('app_url'),
            exp: $present['exp'] ?? null,
            params: $present['params'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
