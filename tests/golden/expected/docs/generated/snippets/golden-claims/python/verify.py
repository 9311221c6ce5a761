def verify(token: str, secret: str, *, now: int | None = None) -> GoldenClaimsClaims:
    """Verify a Golden claims fixture and return its claims.

    Raises:
        InvalidKey: the secret is empty or not valid hex.
        WeakKey: the key is too short for this format.
        InvalidToken: the token is refused; the subclass tells why
            (MalformedToken, BadSignature, AlgorithmNotAllowed, TokenExpired,
            TokenNotYetValid, LifetimeTooLong, MissingClaim, InvalidClaim).
    """
    key = load_key(secret)
    segments = token.split(".")
    if len(segments) != 3:
        raise MalformedToken(f"a JWS has 3 segments, this has {len(segments)}")
    header_bytes, payload_bytes, signature = (
        decode_bytes(segment, "base64url-nopad") for segment in segments
    )
    header = _json_object(header_bytes, "header")
    algorithm = header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in _ALGORITHMS:
        raise AlgorithmNotAllowed(f"alg {algorithm!r} is not one of {', '.join(_ALGORITHMS)}")
    if "crit" in header:  # RFC 7515 §4.1.11: no extension is understood, so none may be critical
        raise MalformedToken("the header lists critical extensions this verifier does not support")
    signing_input = f"{segments[0]}.{segments[1]}".encode("ascii")
    if not constant_time_equal(hmac_digest(_ALGORITHMS[algorithm], key, signing_input), signature):
        raise BadSignature("the signature does not match")
    payload = _json_object(payload_bytes, "payload")
    claims = _claims(payload, header)
    check_times(
        int(time.time()) if now is None else now,
        leeway=5,
        expires=claims.exp,
        issued_at=claims.iat,
        max_lifetime=600,
    )
    return claims
