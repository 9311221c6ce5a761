/**
 * Signs a Papermap iframe token.
 *
 * @param input - the values to sign; defaults apply to those left out
 * @param secret - the secret shared with Papermap
 * @param now - the signing time in Unix seconds (the clock by default)
 * @throws {@link EmbedsealError} `invalid_key` or `weak_key` for the secret,
 *   `invalid_input` for a missing or invalid value.
 */
export function sign(
  input: PapermapIframeInput,
  secret: string,
  now: number = currentTime(),
): PapermapIframeSigned {
  const key = decodeKey(secret);
  const values = resolveValues(input, now);
  const message = signedString(values, MESSAGE, "", TEXT_RULES);
  const mac = hmac("sha256", key, utf8Encode(message));
  const signature = encodeBytes(mac, "hex");
  const envelope = pick(
    new Map([...values, ["signature", signature] as const]),
    ENVELOPE,
  );
  const json = encodeJson(envelope, JSON_PROFILE);
  const token = encodeBytes(utf8Encode(json), "base64url");
  const url = embedUrl(values, token);
  return {
    token,
    url,
    signature,
    response: {
      token,
      dashboardId: values.get("dashboard_id") as string,
      expiresAt: values.get("valid_until") as number,
    },
  };
}
