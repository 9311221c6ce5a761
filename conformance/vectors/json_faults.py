"""JSON texts around a valid object that a strict parser must refuse (and a few it must not).

Built from the object's own bytes, so they apply to any JWS header or payload or envelope.
"""

from __future__ import annotations

import json

MALFORMED, OK = "malformed", "ok"
Fault = tuple[str, bytes, str]
_NAME = b'"x_fault":'
_MEMBERS: tuple[tuple[str, bytes, str], ...] = (
    ("float", b"1.5", MALFORMED),
    ("integral-float", b"1.0", MALFORMED),
    ("exponent", b"1e3", MALFORMED),
    ("minus-zero", b"-0", MALFORMED),
    ("leading-zero", b"01", MALFORMED),
    ("plus-sign", b"+1", MALFORMED),
    ("unsafe-integer", b"9007199254740992", MALFORMED),
    ("max-safe-integer", b"9007199254740991", OK),
    ("nan", b"NaN", MALFORMED),
    ("invalid-utf8", b'"\xff"', MALFORMED),
    ("lone-surrogate", b'"\\ud800"', MALFORMED),
    ("raw-control-char", b'"a\tb"', MALFORMED),
    ("single-quotes", b"'a'", MALFORMED),
    ("depth-64", b"[" * 63 + b"]" * 63, OK),
    ("depth-65", b"[" * 64 + b"]" * 64, MALFORMED),
)
_WHOLE: tuple[tuple[str, bytes, str], ...] = (
    ("array", b"[]", MALFORMED),
    ("string", b'"a"', MALFORMED),
    ("number", b"1", MALFORMED),
    ("null", b"null", MALFORMED),
    ("empty", b"", MALFORMED),
)


def json_faults(data: bytes) -> list[Fault]:
    """(label, bytes, intended outcome) for texts derived from the JSON object ``data``."""
    faults: list[Fault] = [
        ("truncated", data[:-1], MALFORMED),
        ("trailing-garbage", data + b"x", MALFORMED),
        ("trailing-whitespace", data + b" \r\n\t", OK),
        ("bom", b"\xef\xbb\xbf" + data, MALFORMED),
        ("duplicate-key", with_member(data, _first_member(data)), MALFORMED),
        *_WHOLE,
    ]
    faults += [(label, with_member(data, _NAME + value), want) for label, value, want in _MEMBERS]
    return faults


def with_member(data: bytes, member: bytes) -> bytes:
    """``data`` (a JSON object) with ``member`` (``"name":value``) added last."""
    inner = data.rstrip()[:-1].rstrip()
    separator = b"" if inner.endswith(b"{") else b","
    return inner + separator + member + b"}"


def _first_member(data: bytes) -> bytes:
    name, value = next(iter(json.loads(data).items()))
    return json.dumps({name: value}, ensure_ascii=False).encode("utf-8")[1:-1]
