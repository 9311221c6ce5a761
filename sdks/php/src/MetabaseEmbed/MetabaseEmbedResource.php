<?php

// Code generated from spec/formats/metabase-embed.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\MetabaseEmbed;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * A nested object of the Metabase static embedding token (Metabase).
 */
final class MetabaseEmbedResource
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['dashboard', 'question'];

    /**
     * @param ?int $dashboard Dashboard id.
     * @param ?int $question Question (card) id.
     */
    public function __construct(
        public readonly ?int $dashboard = null,
        public readonly ?int $question = null,
    ) {
    }

    /**
     * The JSON object, members in declared order; absent members left out.
     */
    public function toJson(): JsonObject
    {
        $json = new JsonObject();
        if ($this->dashboard !== null) {
            $json->set('dashboard', $this->dashboard);
        }
        if ($this->question !== null) {
            $json->set('question', $this->question);
        }

        return $json;
    }

    /**
     * The typed object from a JSON object that {@see check()} accepted.
     */
    public static function fromJson(JsonObject $json): self
    {
        return new self(
            dashboard: $json->get('dashboard'),
            question: $json->get('question'),
        );
    }

    /**
     * Refuses a JSON value that is not a valid MetabaseEmbedResource.
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
        if ($value->has('dashboard')) {
            Check::type($value->get('dashboard'), 'integer', $where . '.dashboard', $code);
        }
        if ($value->has('question')) {
            Check::type($value->get('question'), 'integer', $where . '.question', $code);
        }
        Check::exactlyOneOf($value, ['dashboard', 'question'], $where, $code);
    }
}
