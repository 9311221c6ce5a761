<?php

// Code generated from the embedseal runtime — do not edit.

declare(strict_types=1);

namespace Embedseal\Runtime;

/**
 * Expiry, not-before and lifetime checks with PyJWT's boundary semantics.
 *
 * Expired: exp <= now - leeway, or iat + maxAge <= now - leeway; not yet
 * valid: nbf or iat > now + leeway; lifetime too long: exp - (iat, or now
 * without iat) > maxLifetime. Checked in that order.
 */
final class TimePolicy
{
    /**
     * @param JsonObject  $claims    Verified claims (times are integers).
     * @param string|null $expires   The expiry claim's name, if the format has one.
     * @param string|null $issuedAt  The issued-at claim's name.
     * @param string|null $notBefore The not-before claim's name.
     *
     * @throws EmbedsealException expired, not_yet_valid or lifetime_too_long
     */
    public static function check(
        JsonObject $claims,
        int $now,
        ?string $expires = null,
        ?string $issuedAt = null,
        ?string $notBefore = null,
        ?int $maxAge = null,
        ?int $maxLifetime = null,
        int $leeway = 0,
    ): void {
        $exp = $expires === null ? null : $claims->get($expires);
        $iat = $issuedAt === null ? null : $claims->get($issuedAt);
        $nbf = $notBefore === null ? null : $claims->get($notBefore);
        if ($exp !== null && $exp <= $now - $leeway) {
            throw new EmbedsealException(ErrorCode::Expired, "expired at $exp, now $now, leeway {$leeway}s");
        }
        if ($iat !== null && $maxAge !== null && $iat + $maxAge <= $now - $leeway) {
            throw new EmbedsealException(ErrorCode::Expired, "issued at $iat, older than {$maxAge}s");
        }
        foreach ([[$notBefore, $nbf], [$issuedAt, $iat]] as [$name, $value]) {
            if ($value !== null && $value > $now + $leeway) {
                throw new EmbedsealException(
                    ErrorCode::NotYetValid,
                    "$name $value is after now $now + leeway {$leeway}s",
                );
            }
        }
        if ($exp !== null && $maxLifetime !== null) {
            $lifetime = $exp - ($iat ?? $now);
            if ($lifetime > $maxLifetime) {
                throw new EmbedsealException(ErrorCode::LifetimeTooLong, "lives {$lifetime}s, at most {$maxLifetime}s");
            }
        }
    }
}
