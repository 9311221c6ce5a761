"""Non-canonical spellings of encoded bytes: each one a lenient decoder would accept.

Keyed by byte encoding (a closed list), so every format's tokens and signatures get them.
A transform returns None when it does not apply to that text (no padding to strip, …).
"""

from __future__ import annotations

import string
from collections.abc import Callable

Transform = Callable[[str], "str | None"]
_STANDARD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
_URL_SAFE = _STANDARD[:-2] + "-_"


def _swap(source: str, target: str) -> Transform:
    def transform(text: str) -> str | None:
        if not any(char in source for char in text):
            return None
        return text.translate(str.maketrans(source, target))

    return transform


def _unpadded(text: str) -> str | None:
    return text.rstrip("=") if text.endswith("=") else None


def _padded(text: str) -> str | None:
    return text + "=" * (-len(text) % 4) if len(text) % 4 else None


def _trailing_bits(alphabet: str) -> Transform:
    def transform(text: str) -> str | None:
        core = text.rstrip("=")
        if len(core) % 4 not in (2, 3):
            return None
        last = alphabet[alphabet.index(core[-1]) | 1]
        return core[:-1] + last + text[len(core) :]

    return transform


def _whitespace(text: str) -> str | None:
    return text[: len(text) // 2] + " " + text[len(text) // 2 :] if text else None


def _invalid_char(text: str) -> str | None:
    middle = len(text) // 2
    return text[:middle] + "*" + text[middle + 1 :] if text else None


def _uppercase(text: str) -> str | None:
    return text.upper() if text.upper() != text else None


def _odd_length(text: str) -> str | None:
    return text[:-1] if text else None


_BY_ENCODING: dict[str, dict[str, Transform]] = {
    "hex": {"uppercase": _uppercase, "odd-length": _odd_length},
    "base64": {
        "unpadded": _unpadded,
        "url-alphabet": _swap("+/", "-_"),
        "trailing-bits": _trailing_bits(_STANDARD),
    },
    "base64url": {
        "unpadded": _unpadded,
        "standard-alphabet": _swap("-_", "+/"),
        "trailing-bits": _trailing_bits(_URL_SAFE),
    },
    "base64url-nopad": {
        "padded": _padded,
        "standard-alphabet": _swap("-_", "+/"),
        "trailing-bits": _trailing_bits(_URL_SAFE),
    },
}


def noncanonical(encoding: str) -> dict[str, Transform]:
    """Label → transform for ``encoding``; every result must be refused as ``malformed``."""
    return {**_BY_ENCODING[encoding], "whitespace": _whitespace, "invalid-char": _invalid_char}


_FILLER = b'"x_b64":"???>>>"'  # encodes to "_" and "-" (or "/" and "+") at some alignment


def respell_json(data: bytes, encode: Callable[[bytes], str], transform: Transform) -> str | None:
    """``encode(data')`` respelled by ``transform``, where ``data'`` is the JSON object ``data``
    with trailing whitespace (and, if needed, a filler member) until the transform applies."""
    for filler in (b"", _FILLER):
        base = _with_member(data, filler) if filler else data
        for spaces in range(12):
            respelled = transform(encode(base + b" " * spaces))
            if respelled is not None:
                return respelled
    return None


def _with_member(data: bytes, member: bytes) -> bytes:
    inner = data.rstrip()[:-1].rstrip()
    return inner + (b"" if inner.endswith(b"{") else b",") + member + b"}"
