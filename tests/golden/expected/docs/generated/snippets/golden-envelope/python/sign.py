def sign(
    inputs: GoldenEnvelopeInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> GoldenEnvelopeSigned:
    """Sign ``inputs`` as a Golden envelope fixture.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The signing secret.
        now: The current Unix time in seconds (default: the system clock).
        random_bytes: Source of random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        InvalidKey: the secret is empty or not valid utf8.
        WeakKey: the key is too short for this format.
        InvalidInput: a value is missing, has the wrong type or breaks a constraint, or
            cannot be written (JSON nested deeper than 64 levels; a '?' or '#' in a value
            placed raw in the base URL).
    """
    key = load_key(secret)
    values = _resolve(inputs, int(time.time()) if now is None else now, random_bytes)
    mac = hmac_digest("sha384", key, _message(values).encode("utf-8"))
    signature = encode_bytes(mac, "base64")
    envelope = {**values, "sig": signature}
    envelope = {name: envelope[name] for name in _ENVELOPE if name in envelope}
    json_text = encode_json(envelope, JSON_PROFILE)
    token = encode_bytes(json_text.encode("utf-8"), "base64url-nopad")
    url = embed_url(values, token)
    return GoldenEnvelopeSigned(
        token=token,
        url=url,
        signature=signature,
        expires_at=values["until"],
    )
