/**
 * Signs a Golden lines fixture.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: GoldenLinesInput,
  secret: string,
  now: number = currentTime(),
): GoldenLinesSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
  const message = signedString(values, MESSAGE, "\n", TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64url");
  const url = embedUrl(values, signature);
  return {
    url,
    signature,
    response: {
      url,
    },
  };
}
