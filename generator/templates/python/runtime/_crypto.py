"""Secrets, HMAC and constant-time comparison.

No function here puts a secret, or any part of one, into an error message.
"""

from __future__ import annotations

import base64
import hmac
import re
from typing import Literal, get_args

from .errors import InvalidKey, WeakKey

__all__ = [
    "HmacAlgorithm",
    "SecretEncoding",
    "check_key_length",
    "constant_time_equal",
    "decode_secret",
    "hmac_digest",
]

SecretEncoding = Literal["utf8", "hex", "base64", "base64url"]
"""How a configured secret is written: ``hex`` in either case, ``base64`` padded,
``base64url`` with or without padding."""

HmacAlgorithm = Literal["sha1", "sha256", "sha384", "sha512"]

_HMAC_ALGORITHMS = frozenset(get_args(HmacAlgorithm))
_HEX = re.compile(r"(?:[0-9A-Fa-f]{2})*")
_BASE64 = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_BASE64URL = re.compile(r"(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?")


def decode_secret(text: str, encoding: SecretEncoding, *, min_bytes: int = 1) -> bytes:
    """Return the key bytes of a secret written in ``encoding``.

    Raises:
        InvalidKey: the secret is empty, decodes to no bytes, or is not valid
            in ``encoding``.
        WeakKey: the key is shorter than ``min_bytes``.
    """
    if not text:
        raise InvalidKey("the secret is empty")
    key = _decode(text, encoding)
    if not key:
        raise InvalidKey("the secret decodes to no bytes")
    check_key_length(key, min_bytes)
    return key


def check_key_length(key: bytes, min_bytes: int) -> None:
    """Refuse a key shorter than ``min_bytes``.

    Raises:
        WeakKey: ``len(key) < min_bytes``.
    """
    if len(key) < min_bytes:
        raise WeakKey(f"the key has {len(key)} bytes; at least {min_bytes} are required")


def _decode(text: str, encoding: str) -> bytes:
    if encoding == "utf8":
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidKey("the secret is not valid Unicode text") from None
    if encoding == "hex":
        _check_syntax(_HEX, text, "an even number of hex digits")
        return bytes.fromhex(text)
    if encoding == "base64":
        _check_syntax(_BASE64, text, "padded base64")
        return base64.b64decode(text)
    if encoding == "base64url":
        _check_syntax(_BASE64URL, text, "base64url")
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    raise ValueError(f"unknown secret encoding {encoding!r}")


def _check_syntax(pattern: re.Pattern[str], text: str, expected: str) -> None:
    if pattern.fullmatch(text) is None:
        raise InvalidKey(f"the secret is not {expected}")


def hmac_digest(algorithm: HmacAlgorithm, key: bytes, message: bytes) -> bytes:
    """Return the HMAC of ``message`` under ``key`` with ``algorithm``."""
    if algorithm not in _HMAC_ALGORITHMS:
        raise ValueError(f"unsupported HMAC algorithm {algorithm!r}")
    return hmac.digest(key, message, algorithm)


def constant_time_equal(expected: bytes, received: bytes) -> bool:
    """Compare two MACs in time that does not depend on where they differ."""
    return hmac.compare_digest(expected, received)
