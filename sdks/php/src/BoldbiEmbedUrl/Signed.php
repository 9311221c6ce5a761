<?php

// Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\BoldbiEmbedUrl;

use Embedseal\Runtime\JsonObject;

/**
 * A signed Bold BI signed embed URL (before v14.1) (Bold BI).
 */
final class Signed
{
    /**
     * @param ?string $token     Null: this format signs a URL, it has no token.
     * @param string     $url       The embed URL.
     * @param string     $signature The signature as it travels.
     * @param JsonObject $response  The vendor-shaped answer: url, signature.
     */
    public function __construct(
        public readonly ?string $token,
        public readonly string $url,
        public readonly string $signature,
        public readonly JsonObject $response,
    ) {
    }
}
