<?php

// Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TinybirdJwt;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * A nested object of the Tinybird JWT (Tinybird).
 */
final class TinybirdJwtScope
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['type', 'resource', 'fixed_params', 'filter'];

    /**
     * @param string $type
     * @param string $resource Pipe or data source name or id.
     * @param ?JsonObject $fixedParams Pipe parameters that override any value in the request URL.
     * @param ?string $filter SQL WHERE clause applied to a data source.
     */
    public function __construct(
        public readonly string $type,
        public readonly string $resource,
        public readonly ?JsonObject $fixedParams = null,
        public readonly ?string $filter = null,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        $json->set('type', $this->type);
        $json->set('resource', $this->resource);
        if ($this->fixedParams !== null) {
            $json->set('fixed_params', $this->fixedParams);
        }
        if ($this->filter !== null) {
            $json->set('filter', $this->filter);
        }

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            type: $json->get('type'),
            resource: $json->get('resource'),
            fixedParams: $json->get('fixed_params'),
            filter: $json->get('filter'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid TinybirdJwtScope.
     *
     * @internal
     *
     * @throws \Embedseal\Runtime\EmbedsealException with $code (missing_claim for an absent required claim)
     */
    public static function check(JsonObject $value, string $where, ErrorCode $code): void
    {
        if ($code === ErrorCode::InvalidInput) {
            Check::knownMembers($value, self::MEMBERS, $where, $code);
        }
        Check::required($value, 'type', $where . '.type', $code);
        Check::type($value->get('type'), 'string', $where . '.type', $code);
        Check::oneOf($value->get('type'), ['PIPES:READ', 'DATASOURCES:READ'], $where . '.type', $code);
        Check::required($value, 'resource', $where . '.resource', $code);
        Check::type($value->get('resource'), 'string', $where . '.resource', $code);
        if ($value->has('fixed_params')) {
            Check::type($value->get('fixed_params'), 'object', $where . '.fixed_params', $code);
            Check::encodable($value->get('fixed_params'), $where . '.fixed_params', $code);
        }
        if ($value->has('filter')) {
            Check::type($value->get('filter'), 'string', $where . '.filter', $code);
        }
    }
}
