"""Stable case ids: made from what a case is (kind, field path, variant), never from a counter."""

from __future__ import annotations

Path = tuple[str | int, ...]
_ESCAPES = {"%": "%25", "/": "%2F", ".": "%2E", "[": "%5B", "]": "%5D"}


def path_label(path: Path) -> str:
    """``scopes[0].type``: names joined by dots, array positions in brackets."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += ("." if out else "") + _escape(step)
    return out


def _escape(name: str) -> str:
    """Field names may be any JSON string: keep ``/``, ``.`` and brackets unambiguous."""
    return "".join(_ESCAPES.get(char, char) for char in name) or '""'


def case_id(*parts: str) -> str:
    """``sign/string/workspace_id/non-bmp``."""
    return "/".join(parts)
