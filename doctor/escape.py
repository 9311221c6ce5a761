"""Bytes shown exactly: printable ASCII as itself, everything else escaped."""

from __future__ import annotations

_NAMED = {0x5C: "\\\\", 0x0A: "\\n", 0x0D: "\\r", 0x09: "\\t"}


def escape_bytes(data: bytes) -> str:
    """``data`` with ``\\``, ``\\n``, ``\\r``, ``\\t`` and ``\\xHH`` escapes (UTF-8 shown byte by
    byte), so that two texts that differ in any byte look different."""
    return "".join(_escape_byte(byte) for byte in data)


def _escape_byte(byte: int) -> str:
    if byte in _NAMED:
        return _NAMED[byte]
    if 0x20 <= byte <= 0x7E:
        return chr(byte)
    return f"\\x{byte:02x}"


def describe_byte(data: bytes, offset: int) -> str:
    """The byte at ``offset`` as ``',' (0x2c)``, or ``end of text`` past the end."""
    if offset >= len(data):
        return "end of text"
    byte = data[offset]
    return f"'{_escape_byte(byte)}' (0x{byte:02x})"


def first_difference(left: bytes, right: bytes) -> int | None:
    """The offset of the first byte where ``left`` and ``right`` differ; None when equal."""
    for offset, (a, b) in enumerate(zip(left, right, strict=False)):
        if a != b:
            return offset
    return None if len(left) == len(right) else min(len(left), len(right))


def window(data: bytes, offset: int, width: int = 12) -> str:
    """The escaped bytes around ``offset``, for showing where a fault is."""
    start = max(0, offset - width)
    return escape_bytes(data[start : offset + width])
