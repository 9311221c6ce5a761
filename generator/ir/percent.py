"""Percent-encoding at generation time: constant query names are written already encoded."""

from __future__ import annotations

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def percent_encode(text: str, safe: str, space: str) -> str:
    """``text`` as the format's percent rule writes it (UTF-8 bytes, uppercase hex)."""
    out: list[str] = []
    for char in text:
        if char in _UNRESERVED or char in safe:
            out.append(char)
        elif char == " ":
            out.append(space)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8"))
    return "".join(out)
