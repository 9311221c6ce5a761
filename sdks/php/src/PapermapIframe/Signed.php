<?php

// Code generated from spec/formats/papermap-iframe.yaml — do not edit.

declare(strict_types=1);

namespace Embedseal\PapermapIframe;

use Embedseal\Runtime\JsonObject;

/**
 * A signed Papermap iframe token (Papermap).
 */
final class Signed
{
    /**
     * @param string $token     The token.
     * @param string     $url       The embed URL.
     * @param string     $signature The signature as it travels.
     * @param JsonObject $response  The vendor-shaped answer: token, dashboard_id, expires_at.
     */
    public function __construct(
        public readonly string $token,
        public readonly string $url,
        public readonly string $signature,
        public readonly JsonObject $response,
    ) {
    }
}
