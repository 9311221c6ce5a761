<?php

// Code generated from spec/formats/semaphor-token.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\SemaphorToken;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Semaphor dashboard token (Semaphor).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['server_url', 'dashboardId', 'tokenExpiry', 'endUserId', 'params'];

    /**
     * @param string $dashboardId The dashboard's id (d_…).
     * @param ?string $serverUrl Semaphor's API origin (injectable for tests and private deployments).
     * @param ?int $tokenExpiry How long the token lives, in seconds (Semaphor's default is one hour).
     * @param ?string $endUserId Your id for the person viewing the dashboard.
     * @param ?SemaphorTokenParams $params User parameters the dashboard reads.
     */
    public function __construct(
        public readonly string $dashboardId,
        public readonly ?string $serverUrl = null,
        public readonly ?int $tokenExpiry = null,
        public readonly ?string $endUserId = null,
        public readonly ?SemaphorTokenParams $params = null,
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
            dashboardId: $present['dashboardId'] ?? throw self::required('dashboardId'),
            serverUrl: $present['server_url'] ?? null,
            tokenExpiry: $present['tokenExpiry'] ?? null,
            endUserId: $present['endUserId'] ?? null,
            params: isset($present['params']) ? SemaphorTokenParams::fromJson($present['params']) : null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
