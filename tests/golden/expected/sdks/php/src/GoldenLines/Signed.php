<?php

// Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenLines;

use Embedseal\Runtime\JsonObject;

/**
 * A signed Golden lines fixture (embedseal tests).
 */
final class Signed
{
    /**
     * @param ?string $token     Null: this format signs a URL, it has no token.
     * @param string     $url       The embed URL.
     * @param string     $signature The signature as it travels.
     * @param JsonObject $response  The vendor-shaped answer: url.
     */
    public function __construct(
        public readonly ?string $token,
        public readonly string $url,
        public readonly string $signature,
        public readonly JsonObject $response,
    ) {
    }
}
