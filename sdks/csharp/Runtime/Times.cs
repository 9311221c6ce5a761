// Code generated from the embedseal runtime — do not edit.

namespace Embedseal.Runtime
{
    /// <summary>
    /// Expiry, not-before and lifetime checks with explicit leeway (PyJWT's boundaries).
    /// </summary>
    public static class Times
    {
        /// <summary>
        /// Applies the time rules in a fixed order: expired, not yet valid, lifetime too long.
        /// </summary>
        /// <param name="now">The current Unix time in seconds.</param>
        /// <param name="leeway">Seconds of clock skew tolerated.</param>
        /// <param name="expires">The expiry claim, if the format has one and it is present.</param>
        /// <param name="issuedAt">The issued-at claim, if present.</param>
        /// <param name="notBefore">The not-before claim, if present.</param>
        /// <param name="maxAge">How long after issued-at the token is accepted, if limited.</param>
        /// <param name="maxLifetime">The longest lifetime accepted, if limited.</param>
        /// <exception cref="EmbedsealException">
        /// <see cref="ErrorCode.Expired"/>, <see cref="ErrorCode.NotYetValid"/> or
        /// <see cref="ErrorCode.LifetimeTooLong"/>.
        /// </exception>
        public static void Check(
            long now, long leeway, long? expires, long? issuedAt, long? notBefore, long? maxAge, long? maxLifetime)
        {
            if (expires.HasValue && expires.Value <= now - leeway)
            {
                throw new EmbedsealException(ErrorCode.Expired, "The token has expired.");
            }

            if (issuedAt.HasValue && maxAge.HasValue && issuedAt.Value + maxAge.Value <= now - leeway)
            {
                throw new EmbedsealException(ErrorCode.Expired, "The token is older than its maximum age.");
            }

            if (notBefore.HasValue && notBefore.Value > now + leeway)
            {
                throw new EmbedsealException(ErrorCode.NotYetValid, "The token is not valid yet.");
            }

            if (issuedAt.HasValue && issuedAt.Value > now + leeway)
            {
                throw new EmbedsealException(ErrorCode.NotYetValid, "The token was issued in the future.");
            }

            if (expires.HasValue && maxLifetime.HasValue)
            {
                var start = issuedAt ?? now;
                if (expires.Value - start > maxLifetime.Value)
                {
                    throw new EmbedsealException(ErrorCode.LifetimeTooLong, "The token lives too long.");
                }
            }
        }

        /// <summary>Reads an integer claim for <see cref="Check"/>.</summary>
        /// <param name="claims">The verified claims.</param>
        /// <param name="name">The claim name.</param>
        /// <returns>The value, or <see langword="null"/> when absent.</returns>
        public static long? Claim(JsonObject claims, string name)
        {
            return claims.TryGetValue(name, out var value) && value is long integer ? integer : (long?)null;
        }
    }
}
