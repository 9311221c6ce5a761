"""Why a text is not the one canonical spelling of its bytes: alphabet, padding, length, bits.

The reference refuses such text with one word (``not canonical base64url``); this says which
character, where, and what the encoding expects there.
"""

from __future__ import annotations

import base64
import binascii
import string
from collections.abc import Callable

from conformance.reference.encodings import encode_bytes
from doctor.causes import Cause
from doctor.report import Diagnosis

_BASE64 = string.ascii_letters + string.digits
_ALPHABET = {
    "hex": "0123456789abcdefABCDEF",
    "base64": _BASE64 + "+/",
    "base64url": _BASE64 + "-_",
    "base64url-nopad": _BASE64 + "-_",
}
_PADDED = ("base64", "base64url")
_HINTS = {
    "+": "'+' and '/' belong to standard base64",
    "/": "'+' and '/' belong to standard base64",
    "-": "'-' and '_' belong to base64url",
    "_": "'-' and '_' belong to base64url",
    ".": "'.' separates the segments of a JWS",
    "%": "'%' starts a percent-escape: the text is still URL-encoded",
    "=": "'=' is padding, which only ends a text",
}

Finder = Callable[[str, str, str], Diagnosis | None]


def encoding_fault(text: str, encoding: str, part: str) -> Diagnosis:
    """The first fault that keeps ``text`` from being canonical ``encoding``."""
    finders: tuple[Finder, ...] = (_alphabet, _padding, _length, _trailing_bits)
    for finder in finders:
        found = finder(text, encoding, part)
        if found is not None:
            return found
    return Diagnosis(
        Cause.NOT_CANONICAL, f"{part} is not canonical {encoding}", _where(part, encoding)
    )


def _where(part: str, encoding: str, **more: object) -> dict[str, object]:
    return {"part": part, "encoding": encoding, **more}


def _alphabet(text: str, encoding: str, part: str) -> Diagnosis | None:
    body = text.rstrip("=") if encoding in _PADDED or encoding == "base64url-nopad" else text
    for offset, char in enumerate(body):
        if char not in _ALPHABET[encoding]:
            hint = _HINTS.get(char, f"{char!r} is not in the {encoding} alphabet")
            summary = f"{part}: character {char!r} at offset {offset} is not {encoding} ({hint})"
            return Diagnosis(
                Cause.BAD_ALPHABET, summary, _where(part, encoding, offset=offset, char=char)
            )
    return _uppercase_hex(text, part) if encoding == "hex" else None


def _uppercase_hex(text: str, part: str) -> Diagnosis | None:
    for offset, char in enumerate(text):
        if char.isupper():
            summary = f"{part}: hex is written in lowercase; {char!r} at offset {offset}"
            return Diagnosis(
                Cause.NOT_CANONICAL, summary, _where(part, "hex", offset=offset, char=char)
            )
    return None


def _padding(text: str, encoding: str, part: str) -> Diagnosis | None:
    if encoding == "hex":
        return None
    body = text.rstrip("=")
    found = len(text) - len(body)
    needed = -len(body) % 4 if encoding in _PADDED else 0
    if found == needed or needed == 3:
        return None
    summary = f"{part}: {encoding} needs {needed} '=' of padding here, the text has {found}"
    evidence = _where(part, encoding, padding_found=found, padding_needed=needed)
    return Diagnosis(Cause.BAD_PADDING, summary, evidence)


def _length(text: str, encoding: str, part: str) -> Diagnosis | None:
    body = text.rstrip("=")
    impossible = len(body) % 2 == 1 if encoding == "hex" else len(body) % 4 == 1
    if not impossible:
        return None
    summary = (
        f"{part}: {len(body)} characters cannot be {encoding} "
        "(a character is missing or extra: cut off, or pasted with something)"
    )
    return Diagnosis(Cause.BAD_LENGTH, summary, _where(part, encoding, length=len(body)))


def _trailing_bits(text: str, encoding: str, part: str) -> Diagnosis | None:
    canonical = _canonical(text, encoding)
    if canonical is None or canonical == text:
        return None
    offset = next(i for i, (a, b) in enumerate(zip(text, canonical, strict=False)) if a != b)
    summary = (
        f"{part}: the character {text[offset]!r} at offset {offset} carries bits that must be "
        f"zero; the one spelling of these bytes has {canonical[offset]!r} there"
    )
    evidence = _where(part, encoding, offset=offset, char=text[offset], canonical=canonical[offset])
    return Diagnosis(Cause.NOT_CANONICAL, summary, evidence)


def _canonical(text: str, encoding: str) -> str | None:
    if encoding == "hex":
        return None
    body = text.rstrip("=")
    altchars = b"-_" if encoding.startswith("base64url") else None
    try:
        data = base64.b64decode(body + "=" * (-len(body) % 4), altchars=altchars, validate=True)
    except (binascii.Error, ValueError):
        return None
    return encode_bytes(data, encoding)
