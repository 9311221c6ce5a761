def revoke(
    token: str,
    *,
    server_url: str | None = None,
    now: int | None = None,
    base_url: str | None = None,
    timeout_ms: int = TIMEOUT_MS,
) -> None:
    """Invalidate ``token`` at Semaphor (for example when the user logs out).

    Raises:
        InvalidKey: the token is empty or holds a line break.
        InvalidInput: a URL value is missing or has the wrong type.
        ExchangeError: the call failed; the subclass tells why.
    """
    _exchange.check_credential(token, "the token")
    now = int(time.time()) if now is None else now
    values: dict[str, Any] = {}
    values["server_url"] = _values.string(
        "https://semaphor.cloud" if server_url is None else server_url, "server_url", INPUT
    )
    url = _url_text(values, "server_url") + "/api/v1/invalidate-token"
    url = _exchange.absolute_url(url, base_url)
    headers = {"Accept": "application/json"}
    headers["Authorization"] = "Bearer " + token
    answer = _exchange.send("POST", url, headers, None, timeout_ms)
    _exchange.check_status(_RULES, answer, now)
