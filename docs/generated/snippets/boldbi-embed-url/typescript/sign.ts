/**
 * Signs a Bold BI signed embed URL (before v14.1).
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The embed secret from the Bold BI settings page.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: BoldbiEmbedUrlInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): BoldbiEmbedUrlSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const message = queryString(values, URL_LAYOUT, TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64");
  const url = embedUrl(values, signature);
  return {
    url,
    signature,
    response: {
      url,
      signature,
    },
  };
}
