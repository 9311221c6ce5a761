/**
 * Signs a Tinybird JWT.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - The workspace admin token (p.eyJ…) used as UTF-8 text.
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: TinybirdJwtInput,
  secret: string,
  now: number = currentTime(),
): TinybirdJwtSigned {
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
      expiresAt: values.get("exp") as number,
    },
  };
}
