def verify(token: str, secret: str, *, now: int | None = None) -> PapermapIframeClaims:
    """Verify a Papermap iframe token and return its claims.

    Raises:
        InvalidKey: the secret is empty or not valid utf8.
        WeakKey: the key is too short for this format.
        InvalidToken: the token is refused; the subclass tells why
            (MalformedToken, BadSignature, TokenExpired,
            TokenNotYetValid, LifetimeTooLong, MissingClaim, InvalidClaim).
    """
    key = load_key(secret)
    envelope = _json_object(decode_bytes(token, "base64url"))
    claims = _claims(envelope)
    if "signature" not in envelope:
        raise MissingClaim("signature is required")
    received = _values.string(envelope["signature"], "signature", CLAIM)
    signature = decode_bytes(received, "hex")
    mac = hmac_digest("sha256", key, _message(envelope).encode("utf-8"))
    if not constant_time_equal(mac, signature):
        raise BadSignature("the signature does not match")
    check_times(
        int(time.time()) if now is None else now,
        leeway=0,
        expires=claims.valid_until,
    )
    return claims
