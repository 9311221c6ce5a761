/**
 * Verifies a Golden envelope fixture and returns its claims.
 *
 * @param token - the token as received
 * @param secret - the secret shared with embedseal tests
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): GoldenEnvelopeClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as GoldenEnvelopeClaims;
}

/**
 * Like {@link verify}, but returns the claims as JSON exactly as received,
 * members the spec does not declare included.
 */
export function verifyClaims(
  token: string,
  secret: string,
  now: number = currentTime(),
): JsonMap {
  const key = decodeKey(secret);
  const bytes = decodeBytes(token, "base64url-nopad", "token");
  const envelope = parseObject(bytes, "token");
  checkMembers(CHECKED, envelope, "", "invalid_claim");
  const received = envelope.get("sig");
  if (received === undefined) {
    throw new EmbedsealError("missing_claim", "sig is required");
  }
  checkShape(FIELDS.sig.shape, received, "sig", "invalid_claim");
  const signature = decodeBytes(received as string, "base64", "signature");
  const message = signedString(envelope, MESSAGE, "|", TEXT_RULES);
  if (!constantTimeEqual(hmac("sha384", key, utf8Encode(message)), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const claims = new Map(envelope);
  claims.delete("sig");
  checkTimes(TIME_POLICY, claims, now);
  return claims;
}
