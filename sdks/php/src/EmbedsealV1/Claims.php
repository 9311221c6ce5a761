<?php

// Code generated from spec/formats/embedseal-v1.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\EmbedsealV1;

use Embedseal\Runtime\JsonObject;

/**
 * The verified claims of a embedseal v1 token (embedseal).
 */
final class Claims
{
    /**
     * @param string $tenant The customer (tenant) the viewer belongs to.
     * @param string $dashboard The dashboard the token opens.
     * @param int $iat When the token was issued.
     * @param int $exp Expiry; at most one hour after iat.
     * @param string $jti A unique id, so a server can refuse replays.
     * @param JsonObject $params Locked filter values, signed with everything else.
     * @param JsonObject $json Every received claim as JSON, unknown ones included.
     */
    public function __construct(
        public readonly string $tenant,
        public readonly string $dashboard,
        public readonly int $iat,
        public readonly int $exp,
        public readonly string $jti,
        public readonly JsonObject $params,
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
            tenant: $json->get('tenant'),
            dashboard: $json->get('dashboard'),
            iat: $json->get('iat'),
            exp: $json->get('exp'),
            jti: $json->get('jti'),
            params: $json->get('params'),
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
