<?php

// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TooljetPat;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a ToolJet personal access token (embedded apps) (ToolJet).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['server_url', 'email', 'appId', 'sessionExpiry', 'patExpiry'];

    /**
     * @param string $serverUrl The ToolJet origin (https://tooljet.example.com).
     * @param string $email The user the token acts as.
     * @param string $appId The app the token is scoped to.
     * @param ?int $sessionExpiry How long the embedded session lasts, in minutes.
     * @param ?int $patExpiry How long the token is valid, in seconds.
     */
    public function __construct(
        public readonly string $serverUrl,
        public readonly string $email,
        public readonly string $appId,
        public readonly ?int $sessionExpiry = null,
        public readonly ?int $patExpiry = null,
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
            serverUrl: $present['server_url'] ?? throw self::required('server_url'),
            email: $present['email'] ?? throw self::required('email'),
            appId: $present['appId'] ?? throw self::required('appId'),
            sessionExpiry: $present['sessionExpiry'] ?? null,
            patExpiry: $present['patExpiry'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
