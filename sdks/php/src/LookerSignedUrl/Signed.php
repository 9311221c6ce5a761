<?php

// Code generated from spec/formats/looker-signed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\LookerSignedUrl;

use Embedseal\Runtime\JsonObject;

/**
 * A signed Looker signed embed URL (Looker).
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
