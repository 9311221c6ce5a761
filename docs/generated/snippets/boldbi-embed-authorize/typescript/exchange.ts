/**
 * Sends the secret to Bold BI and receives a token.
 *
 * @param input - the caller's values; defaults apply to those left out
 * @param secret - The embed secret from Bold BI's embed settings; sent in the body as embedsecret.
 * @param options - `now`, `baseUrl` (tests, proxies), `timeoutMs`, `fetch`
 * @throws {@link EmbedsealError} `invalid_key` for the secret, `invalid_input`
 *   for a missing or invalid value, and for a failed call `invalid_request`,
 *   `unauthorized`, `forbidden`, `not_found`, `rate_limited` (with
 *   `retryAfter`), `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: BoldbiEmbedAuthorizeInput,
  secret: string,
  options: CallOptions = {},
): Promise<BoldbiEmbedAuthorizeExchanged> {
  checkCredential(secret, "the secret");
  const now = options.now ?? currentTime();
  const values = resolveValues(input);
  const url = absoluteUrl(
    urlText(values, "serverurl") +
    "/api/" +
    urlText(values, "siteidentifier") +
    "/embed/authorize",
    options.baseUrl,
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  const body: JsonMap = new Map();
  for (const field of BODY) {
    if (field.name === "embedsecret") {
      body.set(field.name, secret);
      continue;
    }
    const value = values.get(field.name);
    if (value !== undefined) {
      body.set(field.name, value);
    }
  }
  const answer = await send(
    "POST",
    url,
    headers,
    encodeJson(body, JSON_PROFILE),
    options.timeoutMs ?? TIMEOUT_MS,
    options.fetch,
  );
  checkStatus(RULES, answer, now);
  const received = parseBody(answer);
  requireMember(received, ["ApiStatus"], true);
  const token = stringMember(received, ["Data", "access_token"]);
  const embed: string | null = null;
  const found = member(received, ["Data", "expires_in"]);
  const expiresAt: number | null = now + lifetime(found, 1, 1);
  return { token, expiresAt, url: embed, response: received };
}
