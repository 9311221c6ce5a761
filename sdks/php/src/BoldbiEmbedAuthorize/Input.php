<?php

// Code generated from spec/formats/boldbi-embed-authorize.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedAuthorize;

use Embedseal\Runtime\Check;
use Embedseal\Runtime\ErrorCode;
use Embedseal\Runtime\JsonObject;

/**
 * What the caller provides to sign a Bold BI embed token (v14.1 and later) (Bold BI).
 *
 * Optional values left null get their default at sign time.
 */
final class Input
{
    /** The JSON member names, in declared order. */
    private const MEMBERS = ['serverurl', 'siteidentifier', 'email', 'dashboard'];

    /**
     * @param string $serverurl Base URL of the Bold BI application (https://your-company.boldbi.com/bi); in the URL and
     *                          the body.
     * @param string $siteidentifier The site (tenant) identifier (site/site1); in the URL and the body.
     * @param string $email The viewer's email; the user must exist in Bold BI with access to the dashboard.
     * @param ?BoldbiEmbedAuthorizeDashboard $dashboard The dashboard; mandatory on Bold BI 14.1.11 only.
     */
    public function __construct(
        public readonly string $serverurl,
        public readonly string $siteidentifier,
        public readonly string $email,
        public readonly ?BoldbiEmbedAuthorizeDashboard $dashboard = null,
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
            serverurl: $present['serverurl'] ?? throw self::required('serverurl'),
            siteidentifier: $present['siteidentifier'] ?? throw self::required('siteidentifier'),
            email: $present['email'] ?? throw self::required('email'),
            dashboard: isset($present['dashboard'])
                ? BoldbiEmbedAuthorizeDashboard::fromJson($present['dashboard'])
                : null,
        );
    }

    private static function required(string $name): \Embedseal\Runtime\EmbedsealException
    {
        return Check::fail(ErrorCode::InvalidInput, "$name is required");
    }
}
