"""Secrets: decoding them independently of the reference, and the key cases of every format.

Variants depend on the secret *encoding* (a closed list in the spec schema), never on a format.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from specmodel.model import Format

INVALID_KEY = "invalid_key"
WEAK_KEY = "weak_key"
_PATTERNS = {
    "hex": re.compile(r"(?:[0-9A-Fa-f]{2})*"),
    "base64": re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"),
    "base64url": re.compile(
        r"(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3}|[A-Za-z0-9_-]{2}==|[A-Za-z0-9_-]{3}=)?"
    ),
}
_UNICODE_KEY = "sëcret-😀-𝄞-Ångström-"
_BINARY_KEY = bytes([0xFB, 0xFF, 0xBF])  # encodes to "+/+/" (base64) and "-_-_" (base64url)


@dataclass(frozen=True)
class SecretVariant:
    """A secret to sign or verify with, and why it is interesting."""

    label: str
    secret: str
    comment: str


def decode_secret(text: str, encoding: str) -> bytes | None:
    """The key bytes, or None when ``text`` is not valid in ``encoding`` (contract §5)."""
    if encoding == "utf8":
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError:
            return None
    if not _PATTERNS[encoding].fullmatch(text):
        return None
    if encoding == "hex":
        return bytes.fromhex(text)
    padded = text + "=" * (-len(text) % 4)
    return base64.b64decode(padded, altchars=b"-_" if encoding == "base64url" else None)


def key_problem(fmt: Format, secret: str) -> str | None:
    """The key error a correct implementation reports for ``secret``, or None."""
    key = decode_secret(secret, fmt.secret_encoding) if secret else None
    if not key:
        return INVALID_KEY
    return WEAK_KEY if len(key) < (fmt.min_key_bytes or 0) else None


def encode_secret(key: bytes, encoding: str) -> str:
    """``key`` as secret text (``utf8`` keys must be UTF-8 already)."""
    if encoding == "utf8":
        return key.decode("utf-8")
    if encoding == "hex":
        return key.hex()
    if encoding == "base64":
        return base64.b64encode(key).decode("ascii")
    return base64.urlsafe_b64encode(key).decode("ascii").rstrip("=")


def key_of_length(fmt: Format, count: int) -> bytes:
    """``count`` key bytes that stress the format's secret encoding."""
    if fmt.secret_encoding != "utf8":
        return (_BINARY_KEY * (count // len(_BINARY_KEY) + 1))[:count]
    key = b""
    for char in _UNICODE_KEY * (count // len(_UNICODE_KEY) + 1):
        if len(key) + len(char.encode("utf-8")) > count:
            break
        key += char.encode("utf-8")
    return key + b"-" * (count - len(key))


def wrong_secret(fmt: Format, secret: str) -> str:
    """A valid secret of the same length with other bytes (the last byte flipped)."""
    key = decode_secret(secret, fmt.secret_encoding) or b"k"
    if fmt.secret_encoding == "utf8":
        return secret[:-1] + ("x" if secret[-1:] != "x" else "y")
    return encode_secret(key[:-1] + bytes([key[-1] ^ 1]), fmt.secret_encoding)
