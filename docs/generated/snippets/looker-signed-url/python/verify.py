def verify(url: str, secret: str, *, now: int | None = None) -> LookerSignedUrlClaims:
    """Verify a Looker signed embed URL and return its claims.

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
    message = received.signed_text(_MESSAGE, "\n", safe=PERCENT_SAFE, space=PERCENT_SPACE)
    mac = hmac_digest("sha1", key, message.encode("utf-8"))
    if not constant_time_equal(mac, signature):
        raise BadSignature("the signature does not match")
    claims = _claims({name: received.value(name, _KINDS[name]) for name in received.fields})
    check_times(
        int(time.time()) if now is None else now,
        leeway=300,
        issued_at=claims.time,
        max_age=0,
    )
    return claims
