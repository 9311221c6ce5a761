<?php

// Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\GoldenEnvelope;

use Embedseal\Runtime\JsonObject;

/**
 * A signed Golden envelope fixture (embedseal tests).
 */
final class Signed
{
    /**
     * @param string $token     The token.
     * @param string     $url       The embed URL.
     * @param string     $signature The signature as it travels.
     * @param JsonObject $response  The vendor-shaped answer: token, expires_at.
     */
    public function __construct(
        public readonly string $token,
        public readonly string $url,
        public readonly string $signature,
        public readonly JsonObject $response,
    ) {
    }
}
