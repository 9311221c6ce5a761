// Code generated from the embedseal runtime — do not edit.

package io.embedseal.runtime;

/**
 * Expiry, not-before and lifetime checks with explicit leeway, in a fixed order: expired, not
 * yet valid, lifetime too long.
 *
 * <p>Expired: {@code exp <= now - leeway}, or {@code iat + maxAge <= now - leeway}. Not yet
 * valid: {@code nbf > now + leeway} or {@code iat > now + leeway}. Lifetime too long: {@code exp
 * - (iat, or now without iat) > maxLifetime}.
 */
public final class Times {
    private Times() {}

    /**
     * Applies a format's time policy to verified claims.
     *
     * @param now the current Unix time in seconds
     * @param leeway the allowed clock skew in seconds
     * @param expires the expiry claim, or {@code null}
     * @param issuedAt the issued-at claim, or {@code null}
     * @param notBefore the not-before claim, or {@code null}
     * @param maxAge the longest time after issue the token is accepted, or {@code null}
     * @param maxLifetime the longest allowed expiry after issue, or {@code null}
     * @throws EmbedsealException {@link ErrorCode#EXPIRED}, {@link ErrorCode#NOT_YET_VALID} or
     *     {@link ErrorCode#LIFETIME_TOO_LONG}
     */
    public static void check(
            long now,
            long leeway,
            Long expires,
            Long issuedAt,
            Long notBefore,
            Long maxAge,
            Long maxLifetime)
            throws EmbedsealException {
        if (expires != null && expires <= now - leeway) {
            throw new EmbedsealException(
                    ErrorCode.EXPIRED, "expired at " + expires + ", now " + now);
        }
        if (issuedAt != null && maxAge != null && issuedAt + maxAge <= now - leeway) {
            throw new EmbedsealException(
                    ErrorCode.EXPIRED, "issued at " + issuedAt + ", older than " + maxAge + "s");
        }
        if (notBefore != null && notBefore > now + leeway) {
            throw new EmbedsealException(ErrorCode.NOT_YET_VALID, "not valid before " + notBefore);
        }
        if (issuedAt != null && issuedAt > now + leeway) {
            throw new EmbedsealException(
                    ErrorCode.NOT_YET_VALID, "issued in the future: " + issuedAt);
        }
        if (expires != null && maxLifetime != null) {
            long start = issuedAt != null ? issuedAt : now;
            if (expires - start > maxLifetime) {
                throw new EmbedsealException(
                        ErrorCode.LIFETIME_TOO_LONG,
                        "lives " + (expires - start) + "s, at most " + maxLifetime + "s");
            }
        }
    }
}
