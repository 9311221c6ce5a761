"""Semantic checks of ``type: map`` fields and the ``prefix`` query parameters that carry them.

A map is the caller's own names and text values (Sigma's user attributes, ``:ua_Region=West``).
It exists in one place only: a signed URL's query, one parameter per key, covered by a MAC over
the query or URL text. Anywhere else it would need a JSON writer and reader of its own in six
languages for what ``type: object`` already does.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from specmodel.errors import SpecError
from specmodel.source import Path, Source

_NO_MAP_KEYS = {
    "default": "no parameters is the default",
    "value": "a fixed map is a list of fixed parameters",
    "enum": "constrain the values: under values:",
    "max_length": "constrain the values: under values:",
}


def check_map_shapes(raw: dict[str, Any], path: Path, source: Source) -> Iterator[SpecError]:
    """``values:`` belongs to maps, holds a string shape, and a map takes no literals."""
    is_map = raw["type"] == "map"
    if ("values" in raw) != is_map:
        yield source.error(path, "values: is required for maps and only for maps")
    if not is_map:
        return
    values = raw.get("values", {"type": "string"})
    if values["type"] != "string":
        yield source.error((*path, "values", "type"), "a map's values are strings")
    for key in ("items", "properties", "variants", "exactly_one_of"):
        if key in values:
            yield source.error((*path, "values", key), f"{key}: does not apply to a string")
    for key, why in _NO_MAP_KEYS.items():
        if key in raw:
            yield source.error((*path, key), f"a map takes no {key}: ({why})")


def check_maps(source: Source) -> Iterator[SpecError]:
    """Where a map may travel, and the prefix parameters' names."""
    data = source.data
    query = data.get("url", {}).get("query", ())
    carried = {param["field"]: i for i, param in enumerate(query) if "prefix" in param}
    for i, raw in enumerate(data["fields"]):
        if raw["type"] == "map":
            yield from _map_field(source, raw, ("fields", i), carried)
        for j, prop in enumerate(raw.get("properties", ())):
            yield from _nested_map(source, prop, ("fields", i, "properties", j))
    yield from _prefix_params(source, query)
    for name, entry in data["response"].items():
        if isinstance(entry, dict) and _is_map(source, entry["field"]):
            yield source.error(("response", name), "a map is answered inside the url")


def _map_field(
    source: Source, raw: dict[str, Any], path: Path, carried: dict[str, int]
) -> Iterator[SpecError]:
    message = source.data["signature"].get("message", {})
    if source.data["family"] != "signed-url":
        yield source.error((*path, "type"), "a map travels in a signed URL; use type: object")
    elif raw["name"] not in carried:
        yield source.error(path, f"{raw['name']!r}: name a url.query parameter prefix for it")
    elif not (message.get("query") or message.get("url")):
        yield source.error(path, "a map's parameters are signed only with message: query or url")
    if raw.get("required", True):
        yield source.error(path, "a map is required: false (no keys, no parameters)")
    if raw.get("in", "payload") != "payload" or raw.get("source", "caller") != "caller":
        yield source.error(path, "a map is the caller's, in the query: no in: or source:")


def _nested_map(source: Source, raw: dict[str, Any], path: Path) -> Iterator[SpecError]:
    if raw["type"] == "map":
        yield source.error((*path, "type"), "a map is a top-level field; use type: object")
    for i, prop in enumerate(raw.get("properties", ())):
        yield from _nested_map(source, prop, (*path, "properties", i))


def _prefix_params(source: Source, query: list[dict[str, Any]]) -> Iterator[SpecError]:
    """A prefix's parameters must be told apart from every other parameter by name alone."""
    prefixes = [(i, param["prefix"]) for i, param in enumerate(query) if "prefix" in param]
    for i, prefix in prefixes:
        field = query[i]["field"]
        if not _is_map(source, field):
            yield source.error(("url", "query", i, "field"), f"{field!r}: a prefix carries a map")
        elif not _written_before(source, query, i):
            yield source.error(
                ("url", "query", i), "a map's parameters follow one that is always written"
            )
        for j, other in enumerate(query):
            name = other.get("name", other.get("prefix", ""))
            if j != i and name.startswith(prefix):
                yield source.error(
                    ("url", "query", j), f"{name!r} starts with the prefix {prefix!r} of {field!r}"
                )
    for i, param in enumerate(query):
        if "name" in param and _is_map(source, param.get("field", "")):
            yield source.error(("url", "query", i), "a map's parameters are named by a prefix:")


def always_present(raw: dict[str, Any]) -> bool:
    """A field with a value whenever the format signs: required, defaulted, fixed or drawn."""
    drawn = raw.get("source") in ("clock", "random", "constant")
    return raw.get("required", True) or "default" in raw or "value" in raw or drawn


def _written_before(source: Source, query: list[dict[str, Any]], index: int) -> bool:
    """Some parameter before ``index`` is always written: each of a map's parameters then
    starts with "&", a separator every language can write without deciding it at run time."""
    fields = {raw["name"]: raw for raw in source.data["fields"]}
    return any(
        param.get("value") == "token"
        or (param.get("field") in fields and always_present(fields[param["field"]]))
        for param in query[:index]
        if "prefix" not in param and param.get("value") != "signature"
    )


def _is_map(source: Source, name: str) -> bool:
    return any(raw["name"] == name and raw["type"] == "map" for raw in source.data["fields"])
