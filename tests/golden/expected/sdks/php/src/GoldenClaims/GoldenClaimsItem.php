<?php

// Code generated from tests/golden/specs/golden-claims.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenClaims;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * A nested object of the Golden claims fixture (embedseal tests).
 */
final class GoldenClaimsItem
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['id', 'tags'];

    /**
     * @param int $id
     * @param ?list<string> $tags
     */
    public function __construct(
        public readonly int $id,
        public readonly ?array $tags = null,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        $json->set('id', $this->id);
        if ($this->tags !== null) {
            $json->set('tags', $this->tags);
        }

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            id: $json->get('id'),
            tags: $json->get('tags'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid GoldenClaimsItem.
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
        Check::type($value->get('id'), 'integer', $where . '.id', $code);
        if ($value->has('tags')) {
            Check::type($value->get('tags'), 'array', $where . '.tags', $code);
            foreach ($value->get('tags') as $index => $item) {
                Check::type($item, 'string', $where . '.tags' . "[$index]", $code);
            }
        }
    }
}
