def sign(
    inputs: GoldenLinesInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> GoldenLinesSigned:
    """Sign ``inputs`` as a Golden lines fixture.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The signing secret.
        now: The current Unix time in seconds (default: the system clock).
        random_bytes: Source of random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        InvalidKey: the secret is empty or not valid base64.
        WeakKey: the key is too short for this format.
        InvalidInput: a value is missing, has the wrong type or breaks a constraint, or
            cannot be written (JSON nested deeper than 64 levels; a '?' or '#' in a value
            placed raw in the base URL).
    """
    key = load_key(secret)
    values = _resolve(inputs, int(time.time()) if now is None else now, random_bytes)
    message = _message(values)
    mac = hmac_digest("sha256", key, message.encode("utf-8"))
    signature = encode_bytes(mac, "base64url")
    url = embed_url(values, signature)
    return GoldenLinesSigned(
        url=url,
        signature=signature,
    )
