def sign(
    inputs: LookerSignedUrlInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> LookerSignedUrlSigned:
    """Sign ``inputs`` as a Looker signed embed URL.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The embed secret from Admin > Embed.
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
    message = _message(values)
    mac = hmac_digest("sha1", key, message.encode("utf-8"))
    signature = encode_bytes(mac, "base64")
    url = embed_url(values, signature)
    return LookerSignedUrlSigned(
        url=url,
        signature=signature,
    )
