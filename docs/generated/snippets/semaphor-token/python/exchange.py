def exchange(
    inputs: SemaphorTokenInput,
    secret: str,
    *,
    now: int | None = None,
    base_url: str | None = None,
    timeout_ms: int = TIMEOUT_MS,
) -> SemaphorTokenExchanged:
    """Send ``secret`` to Semaphor and receive a token.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The dashboard secret (ds_…) from Semaphor's dashboard settings; sent in the
            body.
        now: The current Unix time in seconds (default: the system clock).
        base_url: Replaces the scheme, host and port of the request URL (tests, proxies).
        timeout_ms: How long to wait for the complete answer.

    Raises:
        InvalidKey: the secret is empty or holds a line break.
        InvalidInput: a value is missing, has the wrong type or breaks a constraint.
        ExchangeError: the call failed; the subclass tells why (InvalidRequest, Unauthorized,
            Forbidden, NotFound, RateLimited, UpstreamError, ExchangeTimeout, BadResponse).
    """
    _exchange.check_credential(secret, "the secret")
    now = int(time.time()) if now is None else now
    values = _resolve(inputs)
    url = _url_text(values, "server_url") + "/api/v1/token"
    url = _exchange.absolute_url(url, base_url)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    body = {
        name: secret if name in _SECRET_MEMBERS else values[name]
        for name in _BODY
        if name in values or name in _SECRET_MEMBERS
    }
    data = encode_json(body, JSON_PROFILE).encode("utf-8")
    answer = _exchange.send("POST", url, headers, data, timeout_ms)
    _exchange.check_status(_RULES, answer, now)
    received = _exchange.parse_body(answer)
    token = _exchange.string_member(received, ("accessToken",))
    embed = None
    lifetime = _exchange.lifetime(values.get("tokenExpiry"), 1, 1)
    expires_at: int | None = now + lifetime
    return SemaphorTokenExchanged(token=token, expires_at=expires_at, url=embed, response=received)
