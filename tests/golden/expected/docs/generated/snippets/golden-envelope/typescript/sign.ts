/**
 * Signs a Golden envelope fixture.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with embedseal tests
 * @param now - the signing time in Unix seconds (the clock by default)
 * @param random - where random values come from (`node:crypto` by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: GoldenEnvelopeInput,
  secret: string,
  now: number = currentTime(),
  random: RandomSource = secureRandom,
): GoldenEnvelopeSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now, random);
  const message = signedString(values, MESSAGE, "|", TEXT_RULES);
  const mac = hmac("sha384", key, utf8Encode(message));
  const signature = encodeBytes(mac, "base64");
  const envelope = pick(
    new Map([...values, ["sig", signature] as const]),
    ENVELOPE,
  );
  const json = encodeJson(envelope, JSON_PROFILE);
  const token = encodeBytes(utf8Encode(json), "base64url-nopad");
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      expiresAt: values.get("until") as number,
    },
  };
}
