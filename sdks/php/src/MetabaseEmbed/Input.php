<?php

// Code generated from spec/formats/metabase-embed.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\MetabaseEmbed;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Metabase static embedding token (Metabase).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['resource', 'params', 'exp', 'site_url'];

    /**
     * @param MetabaseEmbedResource $resource
     * @param string $siteUrl Your Metabase site, e.g. https://metabase.example.com (not signed).
     * @param ?JsonObject $params Locked parameters by slug; every locked parameter must be present.
     * @param ?int $exp Expiry (Unix seconds); Metabase's snippets use ten minutes.
     */
    public function __construct(
        public readonly MetabaseEmbedResource $resource,
        public readonly string $siteUrl,
        public readonly ?JsonObject $params = null,
        public readonly ?int $exp = null,
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
            resource: MetabaseEmbedResource::fromJson($present['resource'] ?? throw self::required('resource')),
            siteUrl: $present['site_url'] ?? throw self::required('site_url'),
            params: $present['params'] ?? null,
            exp: $present['exp'] ?? null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
