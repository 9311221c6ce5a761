def exchange(
    inputs: BoldbiEmbedAuthorizeInput,
    secret: str,
    *,
    now: int | None = None,
    base_url: str | None = None,
    timeout_ms: int = TIMEOUT_MS,
) -> BoldbiEmbedAuthorizeExchanged:
    """Send ``secret`` to Bold BI and receive a token.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The embed secret from Bold BI's embed settings; sent in the body as
            embedsecret.
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
    url = (
        _url_text(values, "serverurl")
        + "/api/"
        + _url_text(values, "siteidentifier")
        + "/embed/authorize"
    )
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
    _exchange.require(received, ("ApiStatus",), True)
    token = _exchange.string_member(received, ("Data", "access_token"))
    embed = None
    found = _exchange.member(received, ("Data", "expires_in"))
    expires_at: int | None = now + _exchange.lifetime(found, 1, 1)
    return BoldbiEmbedAuthorizeExchanged(
        token=token, expires_at=expires_at, url=embed, response=received
    )
