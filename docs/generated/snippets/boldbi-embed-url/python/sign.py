def sign(
    inputs: BoldbiEmbedUrlInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> BoldbiEmbedUrlSigned:
    """Sign ``inputs`` as a Bold BI signed embed URL (before v14.1).

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The embed secret from the Bold BI settings page.
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
    message = _query(values)
    mac = hmac_digest("sha256", key, message.encode("utf-8"))
    signature = encode_bytes(mac, "base64")
    url = embed_url(values, signature)
    return BoldbiEmbedUrlSigned(
        url=url,
        signature=signature,
    )
