/**
 * Sends the secret to ToolJet and receives a token.
 *
 * @param input - the caller's values; defaults apply to those left out
 * @param secret - The external API access token configured on the ToolJet server, sent as given after "Authorization: Basic ".
 * @param options - `now`, `baseUrl` (tests, proxies), `timeoutMs`, `fetch`
 * @throws {@link EmbedsealError} `invalid_key` for the secret, `invalid_input`
 *   for a missing or invalid value, and for a failed call `invalid_request`,
 *   `unauthorized`, `forbidden`, `not_found`, `rate_limited` (with
 *   `retryAfter`), `upstream_error`, `timeout` or `bad_response`.
 */
export async function exchange(
  input: TooljetPatInput,
  secret: string,
  options: CallOptions = {},
): Promise<TooljetPatExchanged> {
  checkCredential(secret, "the secret");
  const now = options.now ?? currentTime();
  const values = resolveValues(input);
  const url = absoluteUrl(
    urlText(values, "server_url") +
    "/api/ext/users/personal-access-token",
    options.baseUrl,
  );
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Content-Type": "application/json",
  };
  headers["Authorization"] = "Basic " + secret;
  const body: JsonMap = new Map();
  for (const field of BODY) {
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
  const token = stringMember(received, ["personalAccessToken"]);
  const embed: string | null = stringMember(received, ["redirectUrl"]);
  const expiresAt: number | null =
    now + lifetime(values.get("patExpiry"), 1, 1);
  return { token, expiresAt, url: embed, response: received };
}
