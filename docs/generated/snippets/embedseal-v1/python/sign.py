def sign(
    inputs: EmbedsealV1Input,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> EmbedsealV1Signed:
    """Sign ``inputs`` as a embedseal v1 token.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: 32 or more random bytes, base64url-encoded.
        now: The current Unix time in seconds (default: the system clock).
        random_bytes: Source of random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        InvalidKey: the secret is empty or not valid base64url.
        WeakKey: the key is too short for this format.
        InvalidInput: a value is missing, has the wrong type or breaks a constraint, or
            cannot be written (JSON nested deeper than 64 levels; a '?' or '#' in a value
            placed raw in the base URL).
    """
    key = load_key(secret)
    values = _resolve(inputs, int(time.time()) if now is None else now, random_bytes)
    header: dict[str, Any] = {
        "alg": "HS256",
        "typ": "JWT",
    }
    payload = {name: values[name] for name in _PAYLOAD if name in values}
    signing_input = f"{_base64url_json(header)}.{_base64url_json(payload)}"
    mac = hmac_digest("sha256", key, signing_input.encode("ascii"))
    signature = encode_bytes(mac, "base64url-nopad")
    token = f"{signing_input}.{signature}"
    url = embed_url(values, token)
    return EmbedsealV1Signed(
        token=token,
        url=url,
        signature=signature,
        expires_at=values["exp"],
    )
