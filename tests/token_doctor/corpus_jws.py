"""Corpus cases of the jws family (embedseal-v1, tinybird-jwt, metabase-embed)."""

from __future__ import annotations

import json
from collections.abc import Iterator

from conformance.reference.encodings import mac
from doctor.causes import Cause

from .corpus import Case
from .forge import (
    b64,
    jws,
    jws_parts,
    key_of,
    now_of,
    profile_bytes,
    secret_of,
    signed,
    signed_url,
    unb64,
)

E, T, M = "embedseal-v1", "tinybird-jwt", "metabase-embed"
HEADER = b'{"alg":"HS256","typ":"JWT"}'


_EXAMPLE = "(the example's secret)"


def _case(
    id: str,
    name: str,
    text: str,
    cause: Cause | None,
    verdict: str,
    *,
    secret: str | None = _EXAMPLE,
    now: int | None = None,
    as_format: str | None = None,
) -> Case:
    """A case of format ``name`` (explained as ``as_format`` when given), one minute after the
    example's signing time unless ``now`` says otherwise."""
    return Case(
        f"jws/{id}",
        as_format or name,
        "jws",
        text,
        secret_of(name) if secret == _EXAMPLE else secret,
        now if now is not None else now_of(name) + 60,
        cause,
        verdict,
    )


def _payload(**changes: object) -> bytes:
    """embedseal-v1's example payload with ``changes`` (None removes a claim), compact."""
    _, payload, _ = jws_parts(signed(E))
    for key, value in changes.items():
        if value is None:
            payload.pop(key)
        else:
            payload[key] = value
    return profile_bytes(E, payload)


def _signed_payload(**changes: object) -> str:
    return jws(HEADER, _payload(**changes), key_of(E))


def _segments(token: str) -> list[str]:
    return token.split(".")


def _with(token: str, index: int, text: str) -> str:
    segments = _segments(token)
    segments[index] = text
    return ".".join(segments)


def _bump_last(text: str) -> str:
    """``text`` with its last character's unused low bits set (same bytes, other spelling)."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return text[:-1] + alphabet[alphabet.index(text[-1]) + 1]


def _with_url_char() -> str:
    """The first token of embedseal-v1 whose signature holds '-' or '_' (as now + i)."""
    for i in range(200):
        candidate = signed(E, now=now_of(E) + i)
        if "-" in _segments(candidate)[2] or "_" in _segments(candidate)[2]:
            return candidate
    raise AssertionError("no signature with '-' or '_'")


def jws_cases() -> list[Case]:
    return list(_structure()) + list(_signature()) + list(_claims_and_times())


def _structure() -> Iterator[Case]:
    good = signed(E)
    header, payload, signature = _segments(good)
    yield _case("valid", E, good, None, "ok")
    yield _case("valid-no-secret", E, good, None, "unverified", secret=None)
    yield _case("valid-url", M, signed_url(M), None, "ok")
    yield _case(
        "whitespace",
        E,
        f"{header}.{payload[:40]}\n{payload[40:]}.{signature}",
        Cause.WHITESPACE,
        "malformed",
    )
    yield _case("segment-count", E, f"{header}.{payload}", Cause.SEGMENT_COUNT, "malformed")
    standard = (
        payload.replace("-", "+").replace("_", "/")
        if "-" in payload or "_" in payload
        else payload[:-2] + "+/"
    )
    yield _case(
        "bad-alphabet", E, f"{header}.{standard}.{signature}", Cause.BAD_ALPHABET, "malformed"
    )
    padded = payload + "=" * (-len(payload) % 4 or 2)
    yield _case("bad-padding", E, f"{header}.{padded}.{signature}", Cause.BAD_PADDING, "malformed")
    assert len(payload) % 4 in (2, 3)
    yield _case(
        "not-canonical",
        E,
        f"{header}.{_bump_last(payload)}.{signature}",
        Cause.NOT_CANONICAL,
        "malformed",
    )
    broken = b64(b'{"alg":"HS256","typ":"JWT"')
    yield _case("json-syntax", E, f"{broken}.{payload}.{signature}", Cause.JSON_SYNTAX, "malformed")
    array = b64(b'["HS256"]')
    yield _case(
        "json-not-object", E, f"{array}.{payload}.{signature}", Cause.JSON_NOT_OBJECT, "malformed"
    )
    twice = b64(b'{"alg":"HS256","alg":"HS256","typ":"JWT"}')
    yield _case(
        "json-refused", E, f"{twice}.{payload}.{signature}", Cause.JSON_REFUSED, "malformed"
    )
    none = b64(b'{"alg":"none","typ":"JWT"}')
    yield _case(
        "alg-not-allowed", E, f"{none}.{payload}.", Cause.ALG_NOT_ALLOWED, "alg_not_allowed"
    )
    crit = jws(b'{"alg":"HS256","typ":"JWT","crit":["exp"]}', unb64(payload), key_of(E))
    yield _case("crit-header", E, crit, Cause.CRIT_HEADER, "malformed")
    no_fragment = "https://analytics.example.com/embed"
    yield _case("token-not-in-url", E, no_fragment, Cause.TOKEN_NOT_IN_URL, "malformed")


def _signature() -> Iterator[Case]:
    good = signed(E)
    header, payload, signature = _segments(good)
    message = f"{header}.{payload}".encode("ascii")
    secret = secret_of(E)
    yield _case(
        "invalid-key",
        E,
        good,
        Cause.INVALID_KEY,
        "invalid_key",
        secret="not base64url: it has spaces!",
    )
    short = "c2l4dGVlbi1ieXRlLWtleQ"  # 16 bytes: below embedseal-v1's 32
    yield _case(
        "weak-key",
        E,
        jws(HEADER, unb64(payload), key_of(E, short)),
        Cause.WEAK_KEY,
        "weak_key",
        secret=short,
    )
    utf8 = jws(HEADER, unb64(payload), secret.encode("utf-8"))
    yield _case("secret-encoding", E, utf8, Cause.SECRET_ENCODING, "bad_signature")
    tiny = signed(T)
    t_header, t_payload, _ = _segments(tiny)
    newline = jws(unb64(t_header), unb64(t_payload), (secret_of(T) + "\n").encode("utf-8"))
    yield _case("secret-whitespace", T, newline, Cause.SECRET_WHITESPACE, "bad_signature")
    yield _case(
        "other-algorithm",
        E,
        jws(HEADER, unb64(payload), key_of(E), "sha384"),
        Cause.OTHER_ALGORITHM,
        "bad_signature",
    )
    hex_signature = mac("sha256", key_of(E), message).hex()
    yield _case(
        "signature-encoding",
        E,
        _with(good, 2, hex_signature),
        Cause.SIGNATURE_ENCODING,
        "bad_signature",
    )
    standard = _with_url_char()
    std_sig = _segments(standard)[2].replace("-", "+").replace("_", "/")
    yield _case(
        "signature-encoding-base64",
        E,
        _with(standard, 2, std_sig),
        Cause.SIGNATURE_ENCODING,
        "malformed",
        now=now_of(E) + 100,
    )
    yield _case(
        "signature-truncated",
        E,
        _with(good, 2, signature[:30]),
        Cause.SIGNATURE_TRUNCATED,
        "malformed",
    )
    yield _case(
        "signature-truncated-clean",
        E,
        _with(good, 2, signature[:32]),
        Cause.SIGNATURE_TRUNCATED,
        "bad_signature",
    )
    _, t_claims, t_sig = jws_parts(tiny)
    spaced = json.dumps(t_claims).encode("ascii")  # json.dumps' default ", " and ": "
    yield _case(
        "json-respaced",
        T,
        f"{t_header}.{b64(spaced)}.{t_sig}",
        Cause.JSON_RESPACED,
        "bad_signature",
    )
    _, claims, _ = jws_parts(good)
    reordered = profile_bytes(E, dict(reversed(list(claims.items()))))
    yield _case(
        "json-key-order",
        E,
        f"{header}.{b64(reordered)}.{signature}",
        Cause.JSON_RESPACED,
        "bad_signature",
    )
    yield _case(
        "other-format",
        M,
        tiny,
        Cause.OTHER_FORMAT,
        "missing_claim",
        secret=secret_of(T),
        as_format=M,
    )
    yield _case(
        "wrong-secret",
        E,
        good,
        Cause.WRONG_SECRET_OR_ALTERED,
        "bad_signature",
        secret="Z2Fub3RoZXItc2VjcmV0LW9mLXRoaXJ0eS10d28tYnl0ZXM",
    )
    altered = _with(good, 1, b64(_payload(tenant="org-999")))
    yield _case("altered-content", E, altered, Cause.WRONG_SECRET_OR_ALTERED, "bad_signature")


def _claims_and_times() -> Iterator[Case]:
    now = now_of(E)
    yield _case(
        "missing-claim", E, _signed_payload(tenant=None), Cause.MISSING_CLAIM, "missing_claim"
    )
    yield _case(
        "invalid-claim", E, _signed_payload(tenant=123), Cause.INVALID_CLAIM, "invalid_claim"
    )
    yield _case("expired", E, signed(E), Cause.EXPIRED, "expired", now=now + 600 + 30)
    yield _case(
        "not-yet-valid",
        E,
        _signed_payload(iat=now + 400, exp=now + 900),
        Cause.NOT_YET_VALID,
        "not_yet_valid",
    )
    yield _case(
        "lifetime-too-long",
        E,
        _signed_payload(exp=now + 7200),
        Cause.LIFETIME_TOO_LONG,
        "lifetime_too_long",
    )
    millis = _signed_payload(iat=now, exp=(now + 600) * 1000)
    yield _case("time-in-milliseconds", E, millis, Cause.TIME_IN_MILLISECONDS, "lifetime_too_long")
