"""Byte encodings, secrets, HMAC and percent-encoding, exactly as the runtime contract pins them.

Decoding is canonical: text is accepted only if encoding the decoded bytes gives it back, so
there is one spelling per value and no malleable signatures.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import string
from collections.abc import Callable
from typing import NoReturn
from urllib.parse import unquote_to_bytes

from conformance.reference.errors import EmbedsealError, ErrorCode

BYTE_ENCODINGS = ("hex", "base64", "base64url", "base64url-nopad")
SECRET_ENCODINGS = ("utf8", "hex", "base64", "base64url")
HMAC_ALGORITHMS: dict[str, Callable[[], hashlib._Hash]] = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}
_ALPHANUMERIC = frozenset(string.ascii_letters + string.digits)
# Secrets: padding complete (base64) or either complete or absent (base64url); trailing bits free.
_SECRET_BASE64 = {
    "base64": re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?"),
    "base64url": re.compile(
        r"(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?"
    ),
}
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


def encode_bytes(data: bytes, encoding: str) -> str:
    """Text form of ``data`` in one of ``BYTE_ENCODINGS``."""
    if encoding == "hex":
        return data.hex()
    if encoding == "base64":
        return base64.b64encode(data).decode("ascii")
    if encoding == "base64url":
        return base64.urlsafe_b64encode(data).decode("ascii")
    if encoding == "base64url-nopad":
        return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")
    raise ValueError(f"unknown byte encoding {encoding!r}")


def decode_bytes(text: str, encoding: str) -> bytes:
    """Inverse of :func:`encode_bytes`; anything but the one canonical spelling is malformed."""
    try:
        data = _decode_lenient(text, encoding)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        _fail(ErrorCode.MALFORMED, f"not valid {encoding}")
    if encode_bytes(data, encoding) != text:
        _fail(ErrorCode.MALFORMED, f"not canonical {encoding}")
    return data


def _decode_lenient(text: str, encoding: str) -> bytes:
    raw = text.encode("ascii")
    if encoding == "hex":
        return bytes.fromhex(text)
    if encoding == "base64":
        return base64.b64decode(raw, validate=True)
    padded = raw + b"=" * (-len(raw) % 4) if encoding == "base64url-nopad" else raw
    return base64.b64decode(padded, altchars=b"-_", validate=True)


def decode_secret(text: str, encoding: str) -> bytes:
    """Key bytes from the configured secret text; never echoes the secret."""
    if text == "":
        _fail(ErrorCode.INVALID_KEY, "the secret is empty")
    try:
        key = _decode_secret(text, encoding)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        _fail(ErrorCode.INVALID_KEY, f"the secret is not valid {encoding}")
    if not key:
        _fail(ErrorCode.INVALID_KEY, "the secret decodes to no bytes")
    return key


def _decode_secret(text: str, encoding: str) -> bytes:
    if encoding == "utf8":
        return text.encode("utf-8")
    if encoding == "hex":
        return binascii.a2b_hex(text)
    if encoding not in _SECRET_BASE64:
        raise ValueError(f"unknown secret encoding {encoding!r}")
    if not _SECRET_BASE64[encoding].fullmatch(text):  # b64decode alone tolerates stray padding
        raise ValueError(f"not {encoding}")
    raw = text.rstrip("=").encode("ascii")
    return base64.b64decode(
        raw + b"=" * (-len(raw) % 4), altchars=b"-_" if encoding == "base64url" else None
    )


def check_key_length(key: bytes, min_bytes: int) -> None:
    """Refuse keys shorter than the format's minimum (PyJWT warns; we refuse)."""
    if len(key) < min_bytes:
        _fail(ErrorCode.WEAK_KEY, f"the key has {len(key)} bytes; this format needs {min_bytes}")


def mac(algorithm: str, key: bytes, message: bytes) -> bytes:
    """HMAC of ``message`` under ``key`` with one of ``HMAC_ALGORITHMS``."""
    return hmac.new(key, message, HMAC_ALGORITHMS[algorithm]).digest()


def same_mac(expected: bytes, received: bytes) -> bool:
    """Constant-time comparison of two MACs."""
    return hmac.compare_digest(expected, received)


def percent_encode(text: str, safe: str, space: str) -> str:
    """Percent-encode UTF-8 bytes: letters, digits and ``safe`` stay; uppercase hex otherwise."""
    out: list[str] = []
    for char in text:
        if char in _ALPHANUMERIC or (char in safe and char.isascii()):
            out.append(char)
        elif char == " ":
            out.append(space)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)


def percent_decode(text: str, plus_is_space: bool) -> str:
    """Inverse of :func:`percent_encode`; a stray ``%`` or invalid UTF-8 is malformed."""
    stray = _STRAY_PERCENT.search(text)
    if stray:
        _fail(ErrorCode.MALFORMED, f"stray '%' at offset {stray.start()}")
    if plus_is_space:
        text = text.replace("+", " ")
    try:
        return unquote_to_bytes(text).decode("utf-8")
    except UnicodeDecodeError:
        _fail(ErrorCode.MALFORMED, "percent-decoded bytes are not UTF-8")
    except UnicodeEncodeError:  # a lone surrogate in the received text itself
        _fail(ErrorCode.MALFORMED, "the text is not valid Unicode (a lone surrogate)")


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
