<?php

// Code generated from spec/formats/tooljet-pat.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\TooljetPat;

/**
 * The token ToolJet issued for a ToolJet personal access token (embedded apps) exchange.
 */
final class Exchanged
{
    /**
     * @param string      $token     The token.
     * @param int|null    $expiresAt When it expires (Unix seconds), if known.
     * @param string|null $url       The embed URL, if the format gives one.
     * @param mixed       $response  The vendor's JSON answer (objects as JsonObject).
     */
    public function __construct(
        public readonly string $token,
        public readonly ?int $expiresAt,
        public readonly ?string $url,
        public readonly mixed $response,
    ) {
    }
}
