/**
 * Invalidates `token` at Semaphor (for example when the user logs out).
 *
 * @throws {@link EmbedsealError} `invalid_key` for an empty token, and the
 *   codes of a failed call (see {@link exchange}).
 */
export async function revoke(
  token: string,
  input: SemaphorTokenRevokeInput = {},
  options: CallOptions = {},
): Promise<void> {
  checkCredential(token, "the token");
  const now = options.now ?? currentTime();
  const values: JsonMap = new Map();
  putValue(values, FIELDS.serverUrl, input.serverUrl ?? "https://semaphor.cloud");
  const url = absoluteUrl(
    urlText(values, "server_url") +
    "/api/v1/invalidate-token",
    options.baseUrl,
  );
  const headers: Record<string, string> = { Accept: "application/json" };
  headers["Authorization"] = "Bearer " + token;
  const answer = await send(
    "POST",
    url,
    headers,
    undefined,
    options.timeoutMs ?? TIMEOUT_MS,
    options.fetch,
  );
  checkStatus(RULES, answer, now);
}
