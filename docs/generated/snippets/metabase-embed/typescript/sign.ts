/**
 * Signs a Metabase static embedding token.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The embedding secret key from Admin settings, used as text.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: MetabaseEmbedInput,
  secret: string,
  now: number = currentTime(),
): MetabaseEmbedSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
  const header = new Map<string, JsonValue>([
    ["alg", "HS256"],
    ["typ", "JWT"],
  ]);
  for (const [name, value] of pick(values, HEADER)) {
    header.set(name, value);
  }
  const payload = pick(values, PAYLOAD);
  const signingInput = `${segment(header)}.${segment(payload)}`;
  const mac = hmac("sha256", key, utf8Encode(signingInput));
  const signature = encodeBytes(mac, "base64url-nopad");
  const token = `${signingInput}.${signature}`;
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      url,
      expiresAt: values.get("exp") as number,
    },
  };
}
