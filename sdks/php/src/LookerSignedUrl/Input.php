<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\LookerSignedUrl;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Looker signed embed URL (Looker).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = [
        'host',
        'embed_url',
        'session_length',
        'external_user_id',
        'permissions',
        'models',
        'group_ids',
        'external_group_id',
        'user_attributes',
        'access_filters',
        'first_name',
        'last_name',
        'user_timezone',
        'force_logout_login',
    ];

    /**
     * @param string $host Looker host without scheme, with the port when needed (example.looker.com).
     * @param string $embedUrl The embedded content path, e.g. /embed/dashboards/1.
     * @param string $externalUserId Your id for the viewer.
     * @param list<string> $permissions Looker permissions, e.g. access_data, see_user_dashboards.
     * @param list<string> $models Model names the viewer may use.
     * @param ?int $sessionLength Length of the embed session in seconds.
     * @param ?list<int> $groupIds
     * @param ?string $externalGroupId
     * @param ?JsonObject $userAttributes
     * @param ?JsonObject $accessFilters Required by Looker; {} when unused.
     * @param ?string $firstName
     * @param ?string $lastName
     * @param ?string $userTimezone
     * @param ?bool $forceLogoutLogin
     */
    public function __construct(
        public readonly string $host,
        public readonly string $embedUrl,
        public readonly string $externalUserId,
        public readonly array $permissions,
        public readonly array $models,
        public readonly ?int $sessionLength = null,
        public readonly ?array $groupIds = null,
        public readonly ?string $externalGroupId = null,
        public readonly ?JsonObject $userAttributes = null,
        public readonly ?JsonObject $accessFilters = null,
        public readonly ?string $firstName = null,
        public readonly ?string $lastName = null,
        public readonly ?string $userTimezone = null,
        public readonly ?bool $forceLogoutLogin = null,
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
            host: $present['host'] ?? throw self::required('host'),
            embedUrl: $present['embed_url'] ?? throw self::required('embed_url'),
            externalUserId: $present['external_user_id'] ?? throw self::required('external_user_id'),
            permissions: $present['permissions'] ?? throw self::required('permissions'),
            models: $present['models'] ?? throw self::required('models'),
            sessionLength: $present['session_length'] ?? null,
            groupIds: $present['group_ids'] ?? null,
            externalGroupId: $present['external_group_id'] ?? null,
            userAttributes: $present['user_attributes'] ?? null,
            accessFilters: $present['access_filters'] ?? null,
            firstName: $present['first_name'] ?? null,
            lastName: $present['last_name'] ?? null,
            userTimezone: $present['user_timezone'] ?? null,
            forceLogoutLogin: $present['force_logout_login'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
