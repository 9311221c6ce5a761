def sign(
    inputs: GoldenClaimsInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> GoldenClaimsSigned:
    """Sign ``inputs`` as a Golden claims fixture.

    Args:
        inputs: The caller's values; defaults apply to those left as ``None``.
        secret: The signing secret.
        now: The current Unix time in seconds (default: the system clock).
        random_bytes: Source of random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        InvalidKey: the secret is empty or not valid hex.
        WeakKey: the key is too short for this format.
        InvalidInput: a value is missing, has the wrong type or breaks a constraint, or
            cannot be written (JSON nested deeper than 64 levels; a '?' or '#' in a value
            placed raw in the base URL).
    """
    key = load_key(secret)
    values = _resolve(inputs, int(time.time()) if now is None else now, random_bytes)
    header: dict[str, Any] = {
        "alg": "HS512",
        "typ": "JWT",
    }
    header["kid"] = values["kid"]
    payload = {name: values[name] for name in _PAYLOAD if name in values}
    signing_input = f"{_base64url_json(header)}.{_base64url_json(payload)}"
    mac = hmac_digest("sha512", key, signing_input.encode("ascii"))
    signature = encode_bytes(mac, "base64url-nopad")
    token = f"{signing_input}.{signature}"
    url = embed_url(values, token)
    return GoldenClaimsSigned(
        token=token,
        url=url,
        signature=signature,
        expires_at=values["exp"],
    )
