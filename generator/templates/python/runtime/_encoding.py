"""Text forms of bytes: hex, base64 variants and percent-encoding.

Decoding is canonical: text is accepted only in the exact spelling the encoder
produces, so every signed value has one spelling and tokens are not malleable.
"""

from __future__ import annotations

import base64
import re
import string
from collections.abc import Callable
from typing import Literal, NamedTuple

from .errors import InvalidInput, MalformedToken

__all__ = [
    "ByteEncoding",
    "decode_bytes",
    "encode_bytes",
    "percent_decode",
    "percent_encode",
]

ByteEncoding = Literal["hex", "base64", "base64url", "base64url-nopad"]
"""``hex`` is lowercase; ``base64url-nopad`` is the URL-safe alphabet without ``=``."""


class _Codec(NamedTuple):
    """An encoder and a lenient decoder; :func:`decode_bytes` adds the canonical check."""

    encode: Callable[[bytes], str]
    decode: Callable[[str], bytes]


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _b64url_nopad_encode(data: bytes) -> str:
    return _b64url_encode(data).rstrip("=")


def _b64url_nopad_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


_CODECS: dict[str, _Codec] = {
    "hex": _Codec(bytes.hex, bytes.fromhex),
    "base64": _Codec(_b64encode, base64.b64decode),
    "base64url": _Codec(_b64url_encode, base64.urlsafe_b64decode),
    "base64url-nopad": _Codec(_b64url_nopad_encode, _b64url_nopad_decode),
}
_ALWAYS_SAFE = frozenset((string.ascii_letters + string.digits).encode("ascii"))
_HEX_PAIR = re.compile(r"[0-9A-Fa-f]{2}")
_SPACE = ord(" ")


def encode_bytes(data: bytes, encoding: ByteEncoding) -> str:
    """Return the text form of ``data`` in ``encoding``."""
    return _codec(encoding).encode(data)


def decode_bytes(text: str, encoding: ByteEncoding) -> bytes:
    """Return the bytes spelled by ``text``, which must be canonical.

    Raises:
        MalformedToken: ``text`` is not exactly what :func:`encode_bytes`
            would produce: wrong alphabet or case, missing or extra padding,
            non-zero trailing bits, whitespace.
    """
    codec = _codec(encoding)
    try:
        data = codec.decode(text)
    except ValueError:
        raise MalformedToken(f"not valid {encoding}") from None
    if codec.encode(data) != text:
        raise MalformedToken(f"not canonical {encoding}")
    return data


def _codec(encoding: str) -> _Codec:
    try:
        return _CODECS[encoding]
    except KeyError:
        raise ValueError(f"unknown byte encoding {encoding!r}") from None


def percent_encode(text: str, safe: str, space: str) -> str:
    """Percent-encode the UTF-8 bytes of ``text``.

    ASCII letters, digits and the ASCII characters of ``safe`` are kept; a
    space becomes ``space`` (``"%20"`` or ``"+"``) unless it is in ``safe``;
    every other byte becomes ``%XX`` with uppercase hex. For example,
    ``safe="-_.!~*'()"`` with ``space="%20"`` matches ``encodeURIComponent``.

    Raises:
        InvalidInput: ``text`` holds a lone surrogate.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput("text to percent-encode holds a lone surrogate") from None
    kept = _ALWAYS_SAFE.union(ord(char) for char in safe if char.isascii())
    encoded: list[str] = []
    for byte in data:
        if byte in kept:
            encoded.append(chr(byte))
        elif byte == _SPACE:
            encoded.append(space)
        else:
            encoded.append(f"%{byte:02X}")
    return "".join(encoded)


def percent_decode(text: str, *, plus_is_space: bool) -> str:
    """Decode ``%XX`` escapes (either case) and return the UTF-8 text.

    ``+`` becomes a space only when ``plus_is_space`` is true.

    Raises:
        MalformedToken: a ``%`` is not followed by two hex digits, or the
            decoded bytes are not valid UTF-8.
    """
    first, *escaped = text.split("%")
    data = bytearray(_literal_bytes(first, plus_is_space))
    for part in escaped:
        if not _HEX_PAIR.match(part):
            raise MalformedToken("'%' must be followed by two hex digits")
        data.append(int(part[:2], 16))
        data += _literal_bytes(part[2:], plus_is_space)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedToken("percent-decoded bytes are not valid UTF-8") from None


def _literal_bytes(text: str, plus_is_space: bool) -> bytes:
    if plus_is_space:
        text = text.replace("+", " ")
    # A lone surrogate passes through here and fails the final UTF-8 check.
    return text.encode("utf-8", "surrogatepass")
