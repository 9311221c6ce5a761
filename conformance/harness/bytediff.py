"""Readable differences between an expected and an actual answer (bytes for sign results)."""

from __future__ import annotations

import json
from typing import Any

CONTEXT = 24


def first_difference(expected: bytes, actual: bytes) -> int:
    """The offset of the first differing byte (the shorter length when one is a prefix)."""
    for offset, (left, right) in enumerate(zip(expected, actual, strict=False)):
        if left != right:
            return offset
    return min(len(expected), len(actual))


def byte_diff(name: str, expected: str, actual: str) -> str:
    """Where two strings' UTF-8 bytes part, with context on both sides."""
    left, right = expected.encode(), actual.encode()
    at = first_difference(left, right)
    start = max(at - CONTEXT, 0)
    return (
        f"{name}: {len(left)} vs {len(right)} bytes, first difference at byte {at}\n"
        f"  expected ...{left[start : at + CONTEXT]!r}\n"
        f"  actual   ...{right[start : at + CONTEXT]!r}\n"
        f"  {' ' * (len(repr(left[start:at])) + 11)}^"
    )


def answer_diff(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    """Member by member: byte diffs for strings, JSON for everything else."""
    lines = []
    for name in sorted(set(expected) | set(actual)):
        left, right = expected.get(name), actual.get(name)
        if left == right:
            continue
        if isinstance(left, str) and isinstance(right, str):
            lines.append(byte_diff(name, left, right))
        else:
            lines.append(
                f"{name}: expected {_json(left)}\n{' ' * len(name)}  actual   {_json(right)}"
            )
    return "\n".join(lines)


def _json(value: Any) -> str:
    return "(absent)" if value is None else json.dumps(value, ensure_ascii=False)
