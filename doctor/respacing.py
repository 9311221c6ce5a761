"""JSON as the format's profile writes it, against the bytes a token carries: where they first
differ, and whether the difference is spacing, key order or escaping."""

from __future__ import annotations

import json
from typing import Any

from conformance.reference import jsontext
from doctor.escape import describe_byte, first_difference, window
from doctor.report import Evidence
from specmodel.model import Format


def profile_json(fmt: Format, value: Any) -> bytes:
    """``value`` written with the format's JSON profile (separators, escaping, key order)."""
    profile = fmt.json
    return jsontext.encode(
        value,
        jsontext.JsonProfile(
            profile.item_separator, profile.key_separator, profile.ascii_only, profile.sort_keys
        ),
    ).encode("utf-8")


def json_difference(part: str, received: bytes, expected: bytes) -> Evidence:
    """Where ``received`` first differs from the profile's ``expected`` bytes, and how."""
    offset = first_difference(received, expected)
    assert offset is not None
    return {
        "part": part,
        "offset": offset,
        "expected": describe_byte(expected, offset),
        "received": describe_byte(received, offset),
        "kind": difference_kind(received, expected),
        "near": window(received, offset),
    }


def describe_difference(evidence: Evidence) -> str:
    """One sentence for :func:`json_difference`'s evidence."""
    return (
        f"{evidence['part']} differs from the format's JSON at byte {evidence['offset']} "
        f"({evidence['kind']}): the profile writes {evidence['expected']}, the token carries "
        f"{evidence['received']} (…{evidence['near']}…)"
    )


def difference_kind(received: bytes, expected: bytes) -> str:
    """``key order``, ``spacing`` or ``escaping``: the first that explains the difference."""
    if _keys(received) != _keys(expected):
        return "key order"
    if _without_spacing(received) == _without_spacing(expected):
        return "spacing"
    return "escaping"


def _keys(data: bytes) -> list[Any]:
    found: list[Any] = []

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        found.append([key for key, _ in pairs])
        return dict(pairs)

    json.loads(data, object_pairs_hook=hook)
    return found


def _without_spacing(data: bytes) -> bytes:
    """``data`` without the whitespace between JSON tokens (strings kept as they are)."""
    out, in_string, escaped = bytearray(), False, False
    for byte in data:
        if escaped:
            escaped = False
        elif in_string:
            escaped, in_string = byte == 0x5C, byte != 0x22
        elif byte == 0x22:
            in_string = True
        elif byte in b" \t\r\n":
            continue
        out.append(byte)
    return bytes(out)
