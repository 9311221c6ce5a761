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
final class TinybirdJwtLimits
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['rps'];

    /**
     * @param int $rps Requests per second for this token name; 0 or less means unlimited.
     */
    public function __construct(
        public readonly int $rps,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        $json->set('rps', $this->rps);

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            rps: $json->get('rps'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid TinybirdJwtLimits.
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
        Check::required($value, 'rps', $where . '.rps', $code);
        Check::type($value->get('rps'), 'integer', $where . '.rps', $code);
    }
}
