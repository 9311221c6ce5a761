"""Values a fuzz case puts in a sign call: the tricky ones every implementation must agree on."""

from __future__ import annotations

import random
from typing import Any

from specmodel.model import Shape

# Strings where implementations have differed: escapes, non-ASCII, astral characters, lone
# surrogates, URL and JSON delimiters, control characters, U+2028, long text.
STRINGS = (
    "", "a", " ", "x y", "Zoë", "Ångström", "😀", "\U0001d518", "\u2028", "\u2029", "\x00",
    "\x1f", "\x7f", "a\nb", "tab\there", '"', "\\", "/", "<&>", "?", "#", "%", "%41", "+", "=",
    "&", "'", ";",
    "\ud800", "\udfff", "a\ud83d", "\ufeff", "\uffff", "é" * 40, "z" * 300, "null", "1", "-0",
)  # fmt: skip
# Integers around every boundary a language's types or the JSON contract put somewhere.
INTEGERS = (
    0, 1, -1, 59, 60, 3600, 86400, 1_699_999_999, 1_700_000_000, 1_700_003_600,
    2**31 - 1, 2**31, -(2**31), 2**53 - 1, 2**53, -(2**53 - 1), -(2**53), 2**63 - 1, -(2**63),
    2**64, 10**20,
)  # fmt: skip
NOWS = (0, 1, 1_700_000_000, 1_699_999_999, 1_700_003_600, 2**53 - 1, 2**53, 2**62, -(2**63))
KEY_CHARS = "abcxyzAZ_-.é😀 "


def any_json(rng: random.Random, depth: int = 0) -> Any:
    """A random JSON value (free objects with sorted, non-numeric keys)."""
    kind = rng.choice(("string", "integer", "boolean", "null", "array", "object", "float"))
    if depth >= 3 and kind in ("array", "object"):
        kind = "string"
    if kind == "string":
        return rng.choice(STRINGS)
    if kind == "integer":
        return rng.choice(INTEGERS)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "float":
        return rng.choice((1.5, -0.0, 1e21, 0.1))
    if kind == "array":
        return [any_json(rng, depth + 1) for _ in range(rng.randrange(3))]
    return free_object(rng, depth + 1)


def free_object(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    """A free object: keys sorted by code point and never integer-like (see the package doc)."""
    keys = {
        "k" + "".join(rng.choice(KEY_CHARS) for _ in range(rng.randrange(1, 4)))
        for _ in range(rng.randrange(4))
    }
    return {key: any_json(rng, depth) for key in sorted(keys)}


def nested(depth: int) -> Any:
    """A free value ``depth`` containers deep (around the 64-level limit)."""
    value: Any = "leaf"
    for level in range(depth):
        value = {"d": value} if level % 2 else [value]
    return value


def valid_value(shape: Shape, rng: random.Random) -> Any:
    """A value of ``shape`` that meets its constraints (strings from the tricky palette)."""
    if shape.type == "union":
        return valid_value(rng.choice(shape.variants), rng)
    if shape.enum:
        return rng.choice(shape.enum)
    if shape.type == "string":
        text = rng.choice([s for s in STRINGS if not _lone_surrogate(s)])
        return text if shape.max_length is None else text[: shape.max_length]
    if shape.type in ("integer", "unix-time"):
        low = shape.minimum if shape.minimum is not None else -(2**53 - 1)
        high = shape.maximum if shape.maximum is not None else 2**53 - 1
        return rng.choice([v for v in (*INTEGERS, low, high) if low <= v <= high] or [low])
    if shape.type == "boolean":
        return rng.random() < 0.5
    if shape.type == "array":
        assert shape.items is not None
        return [valid_value(shape.items, rng) for _ in range(rng.randrange(3))]
    if shape.type == "map":
        assert shape.values is not None
        return {_map_key(rng): valid_value(shape.values, rng) for _ in range(rng.randrange(5))}
    if shape.is_free_object:
        return free_object(rng)
    return _valid_object(shape, rng)


# Keys whose written order differs between ordinal, culture-aware and numeric comparisons.
_ORDER_KEYS = ("a", "B", "b", "A", "10", "9", "1", "_x", "a-b", "ab", "Ä", "z")


def _map_key(rng: random.Random) -> str:
    """A map key: one that tests sorting, or a non-empty tricky string."""
    if rng.random() < 0.6:
        return rng.choice(_ORDER_KEYS)
    return rng.choice([text for text in STRINGS if text and not _lone_surrogate(text)])


def _valid_object(shape: Shape, rng: random.Random) -> dict[str, Any]:
    out: dict[str, Any] = {}
    chosen = rng.choice(shape.exactly_one_of) if shape.exactly_one_of else None
    for member in shape.properties:
        needed = member.name == chosen or (
            member.required and member.name not in shape.exactly_one_of
        )
        maybe = not shape.exactly_one_of and not member.required and rng.random() < 0.5
        if needed or maybe:
            out[member.name] = valid_value(member.shape, rng)
    return out


def _lone_surrogate(text: str) -> bool:
    return any(0xD800 <= ord(char) <= 0xDFFF for char in text)
