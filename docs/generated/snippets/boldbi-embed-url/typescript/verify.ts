/**
 * Verifies a Bold BI signed embed URL (before v14.1) URL and returns its claims.
 *
 * @param url - the URL as received
 * @param secret - The embed secret from the Bold BI settings page.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  url: string,
  secret: string,
  now: number = currentTime(),
): BoldbiEmbedUrlClaims {
  const claims = verifyClaims(url, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as BoldbiEmbedUrlClaims;
}

/**
 * Like {@link verify}, but returns the claims as JSON exactly as received,
 * members the spec does not declare included.
 */
export function verifyClaims(
  url: string,
  secret: string,
  now: number = currentTime(),
): JsonMap {
  const key = decodeKey(secret);
  const received = parseReceivedUrl(url, URL_LAYOUT);
  const message = receivedQueryText(received);
  const signature = decodeBytes(received.signature, "base64", "signature");
  if (!constantTimeEqual(hmac("sha256", key, utf8Encode(message)), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const claims = receivedClaims(received, KINDS);
  checkMembers(CHECKED, claims, "", "invalid_claim");
  checkTimes(TIME_POLICY, claims, now);
  return claims;
}
