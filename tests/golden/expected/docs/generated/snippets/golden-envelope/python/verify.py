def verify(token: str, secret: str, *, now: int | None = None) -> GoldenEnvelopeClaims:
    """Verify a Golden envelope fixture and return its claims.

    Raises:
        InvalidKey: the secret is empty or not valid utf8.
        WeakKey: the key is too short for this format.
        InvalidToken: the token is refused; the subclass tells why
            (MalformedToken, BadSignature, TokenExpired,
            TokenNotYetValid, LifetimeTooLong, MissingClaim, InvalidClaim).
    """
    key = load_key(secret)
    envelope = _json_object(decode_bytes(token, "base64url-nopad"))
    claims = _claims(envelope)
    if "sig" not in envelope:
        raise MissingClaim("sig is required")
    received = _values.string(envelope["sig"], "sig", CLAIM)
    signature = decode_bytes(received, "base64")
    mac = hmac_digest("sha384", key, _message(envelope).encode("utf-8"))
    if not constant_time_equal(mac, signature):
        raise BadSignature("the signature does not match")
    check_times(
        int(time.time()) if now is None else now,
        leeway=0,
        expires=claims.until,
        max_lifetime=3600,
    )
    return claims
