"""Sample values by JSON type: the tricky strings and numbers every input slot is tried with.

Tables here are per *type*, never per format: a new format gets them all for free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from specmodel.model import Shape


@dataclass(frozen=True)
class Sample:
    """A labelled value; ``flags`` travel into the vector so harnesses can select cases."""

    label: str
    value: Any
    flags: tuple[str, ...] = ()


STRINGS = (
    Sample("non-ascii", "Zoë Ångström", ("unicode",)),
    Sample("non-bmp", "😀 𝄞", ("unicode", "non-bmp")),
    Sample("combining", "e\u0301", ("unicode",)),
    Sample("cjk", "山田太郎", ("unicode",)),
    Sample("line-separators", "a\u2028b\u2029c", ("unicode",)),
    Sample("quotes", "say \"hi\" 'there'", ("json-escape",)),
    Sample("backslash", "a\\b\\", ("json-escape",)),
    Sample("nul", "a\u0000b", ("control-char",)),
    Sample("newline", "a\nb", ("control-char",)),
    Sample("crlf", "a\r\nb", ("control-char",)),
    Sample("tab", "a\tb", ("control-char",)),
    Sample("unit-separator", "\u001f", ("control-char",)),
    Sample("delete", "\u007f", ("control-char",)),
    Sample("slash", "a/b", ("url-special",)),
    Sample("html", "<b>&amp;</b>", ("url-special",)),
    Sample("plus", "a+b", ("url-special",)),
    Sample("equals", "a=b", ("url-special",)),
    Sample("percent", "100%", ("url-special",)),
    Sample("percent-escape", "%41%2", ("url-special",)),
    Sample("ampersand", "a&b=c", ("url-special",)),
    Sample("question-hash", "a?b#c", ("url-special",)),
    Sample("space", "a b", ("url-special",)),
    Sample("surrounding-spaces", " a ", ("url-special",)),
    Sample("empty", "", ("empty",)),
    Sample("json-text", '{"a":1}', ("json-escape",)),
)

INTEGERS = (
    Sample("zero", 0),
    Sample("2^31-1", 2**31 - 1, ("boundary",)),
    Sample("2^31", 2**31, ("boundary",)),
    Sample("2^53-1", 2**53 - 1, ("boundary",)),
    Sample("2^53", 2**53, ("boundary", "unsafe-integer")),
    Sample("negative", -1),
    Sample("-(2^53-1)", -(2**53 - 1), ("boundary",)),
    Sample("-(2^53)", -(2**53), ("boundary", "unsafe-integer")),
)

FREE_OBJECTS = (
    Sample("empty", {}),
    Sample("nested", {"a": {"b": [1, {"c": "d"}, []]}, "e": None, "f": True}),
    Sample("key-order", {"b": 1, "a": 2, "10": 3, "1": 4, "B": 5}, ("key-order",)),
    Sample("unicode-keys", {"Zoë": "😀", "": "empty key", "a/b": "<&>"}, ("unicode",)),
    Sample("nested-float", {"a": [1, 1.5]}, ("float",)),
    Sample("nested-unsafe-integer", {"a": 2**53}, ("unsafe-integer",)),
    Sample("nested-max-safe-integer", {"a": 2**53 - 1, "b": -(2**53 - 1)}, ("boundary",)),
)


# A map's keys name URL parameters and are written sorted by encoded name: orders that differ
# by language (integer-like keys, case, non-ASCII), characters the encoding must escape, and
# what sign refuses (an empty key, a value that is not text).
MAPS = (
    Sample("empty", {}),
    Sample("one", {"Region": "West,Midwest"}),
    Sample("key-order", {"b": "1", "a": "2", "10": "3", "1": "4", "B": "5"}, ("key-order",)),
    Sample("unicode-keys", {"Zoë": "😀", "山": "e\u0301", "a b": "a+b"}, ("unicode",)),
    Sample("url-special", {"a&b=c": "100%", "x?#": "a&b=c", "%41": "%2"}, ("url-special",)),
    Sample("empty-value", {"k": ""}, ("empty",)),
    Sample("control-chars", {"k": "a\nb", "t": "\u0000"}, ("control-char",)),
    Sample("empty-key", {"": "x"}, ("empty",)),
    Sample("integer-value", {"k": 1}, ("wrong-type",)),
    Sample("object-value", {"k": {"a": "b"}}, ("wrong-type",)),
    Sample("null-value", {"k": None}, ("null",)),
)


def _nest(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def free_objects() -> tuple[Sample, ...]:
    """Free-object samples, plus nesting shallower and deeper than the parser's limit (64)."""
    deep = (
        Sample("depth-32", {"d": _nest(32)}, ("depth",)),
        Sample("depth-70", {"d": _nest(70)}, ("depth",)),
    )
    return FREE_OBJECTS + deep


_WRONG_INTEGER = (
    Sample("string", "1", ("wrong-type",)),
    Sample("boolean", True, ("wrong-type",)),
    Sample("float", 1.5, ("float",)),
    Sample("integral-float", 2.0, ("float", "integral-float")),
)
_WRONG_TYPES: dict[str, tuple[Sample, ...]] = {
    "string": (Sample("integer", 1, ("wrong-type",)), Sample("array", ["a"], ("wrong-type",))),
    "boolean": (Sample("string", "true", ("wrong-type",)), Sample("integer", 1, ("wrong-type",))),
    "array": (Sample("object", {}, ("wrong-type",)), Sample("string", "a", ("wrong-type",))),
    "object": (Sample("array", [], ("wrong-type",)), Sample("string", "{}", ("wrong-type",))),
    "map": (Sample("array", [], ("wrong-type",)), Sample("string", "k=v", ("wrong-type",))),
}


_ANY_TYPE = (
    Sample("string", "x", ("wrong-type",)),
    Sample("integer", 1, ("wrong-type",)),
    Sample("boolean", True, ("wrong-type",)),
    Sample("array", [], ("wrong-type",)),
    Sample("object", {}, ("wrong-type",)),
    Sample("float", 1.5, ("float",)),
)


def wrong_types(shape: Shape) -> tuple[Sample, ...]:
    """Values of other JSON types than ``shape``'s (and floats where integers go); for a
    union, of the JSON types none of its variants takes."""
    if shape.type == "union":
        taken = {"number" if v.is_integer else v.type for v in shape.variants}
        return tuple(s for s in _ANY_TYPE if _kind(s.value) not in taken)
    return _WRONG_INTEGER if shape.is_integer else _WRONG_TYPES[shape.type]


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"
