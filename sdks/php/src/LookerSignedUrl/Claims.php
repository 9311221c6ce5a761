<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\LookerSignedUrl;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a Looker signed embed URL (Looker).
 */
final class Claims
{
    /**
     * @param string $host Looker host without scheme, with the port when needed (example.looker.com).
     * @param string $embedUrl The embedded content path, e.g. /embed/dashboards/1.
     * @param string $nonce Single-use random value.
     * @param int $time When the URL was signed; Looker accepts it within five minutes.
     * @param int $sessionLength Length of the embed session in seconds.
     * @param string $externalUserId Your id for the viewer.
     * @param list<string> $permissions Looker permissions, e.g. access_data, see_user_dashboards.
     * @param list<string> $models Model names the viewer may use.
     * @param ?list<int> $groupIds
     * @param ?string $externalGroupId
     * @param ?JsonObject $userAttributes
     * @param JsonObject $accessFilters Required by Looker; {} when unused.
     * @param ?string $firstName
     * @param ?string $lastName
     * @param ?string $userTimezone
     * @param ?bool $forceLogoutLogin
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $host,
        public readonly string $embedUrl,
        public readonly string $nonce,
        public readonly int $time,
        public readonly int $sessionLength,
        public readonly string $externalUserId,
        public readonly array $permissions,
        public readonly array $models,
        public readonly ?array $groupIds,
        public readonly ?string $externalGroupId,
        public readonly ?JsonObject $userAttributes,
        public readonly JsonObject $accessFilters,
        public readonly ?string $firstName,
        public readonly ?string $lastName,
        public readonly ?string $userTimezone,
        public readonly ?bool $forceLogoutLogin,
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
            host: $json->get('host'),
            embedUrl: $json->get('embed_url'),
            nonce: $json->get('nonce'),
            time: $json->get('time'),
            sessionLength: $json->get('session_length'),
            externalUserId: $json->get('external_user_id'),
            permissions: $json->get('permissions'),
            models: $json->get('models'),
            groupIds: $json->get('group_ids'),
            externalGroupId: $json->get('external_group_id'),
            userAttributes: $json->get('user_attributes'),
            accessFilters: $json->get('access_filters'),
            firstName: $json->get('first_name'),
            lastName: $json->get('last_name'),
            userTimezone: $json->get('user_timezone'),
            forceLogoutLogin: $json->get('force_logout_login'),
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
