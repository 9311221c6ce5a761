<?php

// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedAuthorize;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * A nested object of the Bold BI embed token (v14.1 and later) (Bold BI).
 */
final class BoldbiEmbedAuthorizeDashboard
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['id'];

    /**
     * @param string $id The dashboard's id (from its URL).
     */
    public function __construct(
        public readonly string $id,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        $json->set('id', $this->id);

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            id: $json->get('id'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid BoldbiEmbedAuthorizeDashboard.
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
        Check::required($value, 'id', $where . '.id', $code);
        Check::type($value->get('id'), 'string', $where . '.id', $code);
    }
}
