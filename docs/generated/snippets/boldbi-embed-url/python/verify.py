def verify(url: str, secret: str, *, now: int | None = None) -> BoldbiEmbedUrlClaims:
    """Verify a Bold BI signed embed URL (before v14.1) and return its claims.

    Raises:
        InvalidKey: the secret is empty or not valid utf8.
        WeakKey: the key is too short for this format.
        InvalidToken: the URL is refused; the subclass tells why
            (MalformedToken, BadSignature, TokenExpired,
            TokenNotYetValid, LifetimeTooLong, MissingClaim, InvalidClaim).
    """
    key = load_key(secret)
    received = parse_signed_url(url, _URL_BASE, _URL_QUERY)
    signature = decode_bytes(received.signature, "base64")
    message = received.signed_query()
    mac = hmac_digest("sha256", key, message.encode("utf-8"))
    if not constant_time_equal(mac, signature):
        raise BadSignature("the signature does not match")
    claims = _claims({name: received.value(name, _KINDS[name]) for name in received.fields})
    check_times(
        int(time.time()) if now is None else now,
        leeway=0,
        issued_at=claims.embed_timestamp,
        max_age=518400,
    )
    return claims
