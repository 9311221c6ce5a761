"""Corpus cases of the envelope family (papermap-iframe)."""

from __future__ import annotations

from collections.abc import Iterator

from conformance.reference.encodings import encode_bytes, mac
from conformance.reference.message import signed_string
from doctor.causes import Cause

from .corpus import Case
from .forge import (
    envelope,
    envelope_object,
    fmt,
    now_of,
    secret_of,
    signed,
)

P = "papermap-iframe"
_EXAMPLE = "(the example's secret)"


def _case(
    id: str,
    text: str,
    cause: Cause | None,
    verdict: str,
    *,
    secret: str | None = _EXAMPLE,
    now: int | None = None,
    as_format: str = P,
) -> Case:
    """A papermap-iframe case, one minute after the example's signing time by default."""
    return Case(
        f"envelope/{id}",
        as_format,
        "envelope",
        text,
        secret_of(P) if secret == _EXAMPLE else secret,
        now if now is not None else now_of(P) + 60,
        cause,
        verdict,
    )


def _obj(**changes: object) -> dict[str, object]:
    """The example's envelope members (without the signature), with ``changes``."""
    obj = {k: v for k, v in envelope_object(signed(P)).items() if k != "signature"}
    for key, value in changes.items():
        if value is None:
            obj.pop(key)
        else:
            obj[key] = value
    return obj


def _mac(obj: dict[str, object], key: bytes, algorithm: str = "sha256") -> bytes:
    f = fmt(P)
    assert f.signature.message is not None
    return mac(algorithm, key, signed_string(f, f.signature.message, obj).encode("utf-8"))


def _key(secret: str | None = None) -> bytes:
    return (secret or secret_of(P)).encode("utf-8")


def _padded() -> str:
    """A token of the example whose base64url ends in '=' and holds a '-' or '_'."""
    for i in range(500):
        token = envelope(P, _obj(tenant_id=f"org-{i}?>"), _key())
        if token.endswith("=") and ("-" in token or "_" in token):
            return token
    raise AssertionError("no token with padding and a URL-safe character")


def envelope_cases() -> list[Case]:
    return [*_structure(), *_signature(), *_claims_and_times()]


def _structure() -> Iterator[Case]:
    good = _padded()
    body = good.rstrip("=")
    yield _case("valid", good, None, "ok")
    yield _case(
        "valid-url", f"https://papermap.ai/embedded/dashboard?embedded-token={good}", None, "ok"
    )
    yield _case("whitespace", good[:30] + "\r\n" + good[30:], Cause.WHITESPACE, "malformed")
    yield _case("percent-encoded", good.replace("=", "%3D"), Cause.PERCENT_ENCODED, "malformed")
    standard = good.replace("-", "+").replace("_", "/")
    yield _case("bad-alphabet", standard, Cause.BAD_ALPHABET, "malformed")
    yield _case("bad-padding", body, Cause.BAD_PADDING, "malformed")
    cut = body[: len(body) - (len(body) % 4) - 3]
    yield _case("bad-length", cut, Cause.BAD_LENGTH, "malformed")
    yield _case(
        "json-syntax",
        encode_bytes(b'{"api_key_id": "ak_7d2f9c1e", ', "base64url"),
        Cause.JSON_SYNTAX,
        "malformed",
    )
    yield _case(
        "json-not-object",
        encode_bytes(b'"a string"', "base64url"),
        Cause.JSON_NOT_OBJECT,
        "malformed",
    )
    float_until = b'{"workspace_id": "w", "valid_until": 1700003600.5}'
    yield _case(
        "json-refused", encode_bytes(float_until, "base64url"), Cause.JSON_REFUSED, "malformed"
    )
    no_token = "https://papermap.ai/embedded/dashboard?token=abc"
    yield _case("token-not-in-url", no_token, Cause.TOKEN_NOT_IN_URL, "malformed")
    jwt = signed("embedseal-v1")
    yield _case(
        "other-format", jwt, Cause.OTHER_FORMAT, "malformed", secret=secret_of("embedseal-v1")
    )


def _signature() -> Iterator[Case]:
    obj, key = _obj(), _key()
    digest = _mac(obj, key)
    yield _case(
        "not-canonical",
        envelope(P, {**obj, "signature": digest.hex().upper()}),
        Cause.NOT_CANONICAL,
        "malformed",
    )
    b64_signature = encode_bytes(digest, "base64")
    yield _case(
        "signature-encoding",
        envelope(P, {**obj, "signature": b64_signature}),
        Cause.SIGNATURE_ENCODING,
        "malformed",
    )
    yield _case(
        "signature-truncated",
        envelope(P, {**obj, "signature": digest.hex()[:40]}),
        Cause.SIGNATURE_TRUNCATED,
        "bad_signature",
    )
    newline = envelope(P, obj, _key(secret_of(P) + "\n"))
    yield _case("secret-whitespace", newline, Cause.SECRET_WHITESPACE, "bad_signature")
    hex_secret = "3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e"
    decoded = envelope(P, obj, bytes.fromhex(hex_secret))
    yield _case(
        "secret-encoding", decoded, Cause.SECRET_ENCODING, "bad_signature", secret=hex_secret
    )
    sha512 = envelope(P, {**obj, "signature": _mac(obj, key, "sha512").hex()})
    yield _case("other-algorithm", sha512, Cause.OTHER_ALGORITHM, "bad_signature")
    good = envelope(P, obj, key)
    yield _case(
        "wrong-secret",
        good,
        Cause.WRONG_SECRET_OR_ALTERED,
        "bad_signature",
        secret="sk_live_another_secret_0123456789",
    )
    altered = envelope(P, {**obj, "workspace_id": "workspace-999", "signature": digest.hex()})
    yield _case("altered-signed-field", altered, Cause.WRONG_SECRET_OR_ALTERED, "bad_signature")
    unsigned = envelope(P, {**obj, "tenant_id": "org-999", "signature": digest.hex()})
    yield _case("altered-unsigned-field", unsigned, None, "ok")


def _claims_and_times() -> Iterator[Case]:
    now = now_of(P)
    yield _case(
        "missing-claim", envelope(P, _obj(workspace_id=None)), Cause.MISSING_CLAIM, "missing_claim"
    )
    yield _case(
        "invalid-claim",
        envelope(P, _obj(valid_until="1700003600")),
        Cause.INVALID_CLAIM,
        "invalid_claim",
    )
    yield _case(
        "missing-signature",
        envelope(P, {**_obj(), "signature": 7}),
        Cause.INVALID_CLAIM,
        "invalid_claim",
    )
    yield _case("expired", envelope(P, _obj()), Cause.EXPIRED, "expired", now=now + 3600)
    yield _case(
        "expired-no-secret",
        envelope(P, _obj()),
        Cause.EXPIRED,
        "expired",
        now=now + 7200,
        secret=None,
    )
