/**
 * Verifies a Metabase static embedding token and returns its claims.
 *
 * @param token - the token as received
 * @param secret - The embedding secret key from Admin settings, used as text.
 * @param now - the current Unix time in seconds (the clock by default)
 * @throws {@link EmbedsealError} with the reason: `malformed`,
 *   `bad_signature`, `alg_not_allowed`, `missing_claim`, `invalid_claim`, `expired`,
 *   `not_yet_valid`, `lifetime_too_long`, `invalid_key` or `weak_key`.
 */
export function verify(
  token: string,
  secret: string,
  now: number = currentTime(),
): MetabaseEmbedClaims {
  const claims = verifyClaims(token, secret, now);
  return membersFromJson(CLAIMS, claims) as unknown as MetabaseEmbedClaims;
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
  const segments = token.split(".");
  if (segments.length !== 3) {
    throw new EmbedsealError("malformed", "a JWS has 3 segments");
  }
  const [headerText = "", payloadText = "", signatureText = ""] = segments;
  const headerBytes = decodeBytes(headerText, "base64url-nopad", "header");
  const payloadBytes = decodeBytes(payloadText, "base64url-nopad", "payload");
  const signature = decodeBytes(signatureText, "base64url-nopad", "signature");
  const header = parseObject(headerBytes, "JWS header");
  const algorithm = ALGORITHMS.get(header.get("alg"));
  if (algorithm === undefined) {
    throw new EmbedsealError("alg_not_allowed", "the alg is not allowed");
  }
  if (header.has("crit")) {
    // RFC 7515 §4.1.11: no extension is understood, so none may be critical.
    throw new EmbedsealError(
      "malformed",
      "the header lists critical extensions this verifier does not support",
    );
  }
  const signingInput = utf8Encode(`${headerText}.${payloadText}`);
  if (!constantTimeEqual(hmac(algorithm, key, signingInput), signature)) {
    throw new EmbedsealError("bad_signature", "the signature does not match");
  }
  const payload = parseObject(payloadBytes, "JWS payload");
  checkMembers(PAYLOAD, payload, "", "invalid_claim");
  checkMembers(HEADER, header, "", "invalid_claim");
  const claims: JsonMap = new Map([...payload, ...pick(header, HEADER)]);
  checkTimes(TIME_POLICY, claims, now);
  return claims;
}
