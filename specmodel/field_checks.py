"""Semantic checks of single fields: sources, shapes, and literals that must fit their type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specmodel.errors import SpecError
from specmodel.map_checks import check_map_shapes
from specmodel.source import Path, Source
from specmodel.suggest import did_you_mean

_PYTHON_TYPES: dict[str, type] = {
    "string": str,
    "boolean": bool,
    "object": dict,
    "array": list,
    "map": dict,
}


def check_field_rules(source: Source) -> Iterator[SpecError]:
    """Every field (nested properties too) against the rules below."""
    for i, raw in enumerate(source.data["fields"]):
        yield from _field_rules(raw, ("fields", i), source)


def _field_rules(raw: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    kind, origin = raw["type"], raw.get("source", "caller")
    if origin == "clock" and kind != "unix-time":
        yield source.error((*path, "source"), "a clock field must have type unix-time")
    if (origin == "random") != ("random" in raw):
        yield source.error(path, "source: random and a random: block go together")
    if origin in ("random", "signature") and kind != "string":
        yield source.error((*path, "type"), f"a {origin} field must have type string")
    random = raw.get("random", {})
    if random.get("encoding") == "uuid" and random.get("bytes") != 16:
        yield source.error((*path, "random", "bytes"), "a uuid is made of exactly 16 bytes")
    yield from _literal_rules(raw, path, source)
    yield from _shape_rules(raw, path, source)


def _literal_rules(raw: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    kind = raw["type"]
    if kind == "union":
        return  # a union's literals and bounds sit on its variants (_union_rules says so)
    default = raw.get("default")
    if "default" in raw and not (kind == "unix-time" and _is_now_plus(default)):
        yield from _literal_fits(raw, default, (*path, "default"), source)
    if "value" in raw:
        yield from _literal_fits(raw, raw["value"], (*path, "value"), source)
    for i, option in enumerate(raw.get("enum", ())):
        if not _fits_type(option, kind):
            yield source.error((*path, "enum", i), f"enum value {option!r} is not a {kind}")
    low, high = raw.get("minimum"), raw.get("maximum")
    if low is not None and high is not None and low > high:
        yield source.error((*path, "minimum"), f"minimum {low} is above maximum {high}")


def _literal_fits(
    raw: dict[str, Any], value: Any, path: Path, source: Source
) -> Iterator[SpecError]:
    kind, what = raw["type"], str(path[-1])
    if not _fits_type(value, kind):
        yield source.error(path, f"{what} {value!r} does not fit type {kind}")
    elif kind in ("object", "array") and value:
        # Only an empty one: a filled literal would have to be typed and validated in six
        # languages, and a caller who wants members passes them.
        empty = "{}" if kind == "object" else "[]"
        message = f"an {kind} {what} must be empty ({empty}); the caller passes members"
        yield source.error(path, message)
    elif raw.get("enum") and value not in raw["enum"]:
        yield source.error(path, f"{what} {value!r} is not one of the enum values")
    elif "max_length" in raw and isinstance(value, str) and len(value) > raw["max_length"]:
        yield source.error(path, f"{what} is longer than max_length {raw['max_length']}")
    elif _is_int(value) and not raw.get("minimum", value) <= value <= raw.get("maximum", value):
        yield source.error(path, f"{what} {value} is outside minimum/maximum")


def _shape_rules(raw: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    kind = raw["type"]
    if ("items" in raw) != (kind == "array"):
        yield source.error(path, "items: is required for arrays and only for arrays")
    if ("properties" in raw or "exactly_one_of" in raw) and kind != "object":
        yield source.error(path, "properties: and exactly_one_of: are for objects only")
    if "max_length" in raw and kind != "string":
        yield source.error((*path, "max_length"), "max_length is for strings only")
    if ("minimum" in raw or "maximum" in raw) and kind not in ("integer", "unix-time"):
        yield source.error(path, "minimum/maximum are for integers only")
    names = {prop["name"] for prop in raw.get("properties", ())}
    for name in raw.get("exactly_one_of", ()):
        if name not in names:
            hint = did_you_mean(name, names)
            yield source.error((*path, "exactly_one_of"), f"{name!r} is not a property here{hint}")
    for i, prop in enumerate(raw.get("properties", ())):
        yield from _nested_rules(prop, (*path, "properties", i), source)
        yield from _field_rules(prop, (*path, "properties", i), source)
    if "items" in raw:
        yield from _shape_rules(raw["items"], (*path, "items"), source)
    yield from _union_rules(raw, path, source)
    yield from check_map_shapes(raw, path, source)


# The JSON type a union's variant is told apart by (a Unix time is a JSON integer).
_JSON_KINDS = {"string": "string", "integer": "number", "unix-time": "number", "boolean": "boolean"}
_ON_VARIANTS = ("enum", "max_length", "minimum", "maximum", "default", "value")


def _union_rules(raw: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    """A union lists scalar variants of distinct JSON types; constraints sit on each variant."""
    if ("variants" in raw) != (raw["type"] == "union"):
        yield source.error(path, "variants: is required for unions and only for unions")
        return
    if raw["type"] != "union":
        return
    for key in _ON_VARIANTS:
        if key in raw:
            yield source.error((*path, key), f"{key}: goes on a union's variants")
    seen: set[str] = set()
    for i, variant in enumerate(raw["variants"]):
        where = (*path, "variants", i)
        kind = _JSON_KINDS.get(variant["type"])
        if kind is None:
            yield source.error(where, "a union's variants are strings, integers or booleans")
        elif kind in seen:
            yield source.error(
                where, f"two variants are JSON {kind}s: a value must tell them apart"
            )
        seen.add(kind or "")
        yield from _shape_rules(variant, where, source)
        yield from _literal_rules(variant, where, source)


# What only a top-level field can say: a property of an object is always the caller's value,
# given or left out (``required: false``), so a fixed or default value there would be signed by
# one side and not expected by the other (issue 13: signed but refused, or silently ignored).
_TOP_LEVEL_ONLY = {
    "value": "give the object's fixed members in the caller's value, or make it a field",
    "default": "a property has no default: the caller gives it or, with required: false, not",
    "source": "a property is the caller's value; clock, random and constant are for fields",
    "in": "a property travels inside its object",
    "spread": "only a top-level field's members can become claims",
}


def _nested_rules(prop: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    for key, why in _TOP_LEVEL_ONLY.items():
        if key in prop:
            yield source.error((*path, key), f"{key}: is for top-level fields only ({why})")


def _is_now_plus(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {"now_plus"} and _is_int(value["now_plus"])


def _fits_type(value: Any, kind: str) -> bool:
    if kind == "union":
        return False  # a union carries no literal of its own (checked above)
    if kind in ("integer", "unix-time"):
        return _is_int(value)
    return isinstance(value, _PYTHON_TYPES[kind])


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
