"""Validation against spec/schema/format.schema.json, with errors mapped to YAML locations."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match

from specmodel.errors import SpecError
from specmodel.source import Source

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"  # package data: works installed too
SCHEMA_PATH = SCHEMA_DIR / "format.schema.json"
PACKAGE_SCHEMA_PATH = SCHEMA_DIR / "package.schema.json"


@cache
def _validator(path: Path) -> Draft202012Validator:
    schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(source: Source, schema: Path = SCHEMA_PATH) -> list[SpecError]:
    """Every violation of ``schema`` in ``source``, one message each, at its YAML location."""
    return [_to_spec_error(error, source) for error in _validator(schema).iter_errors(source.data)]


def _to_spec_error(error: ValidationError, source: Source) -> SpecError:
    # For oneOf/anyOf, the most relevant branch error says more than "is not valid under…".
    precise = best_match(error.context) if error.context else error
    path = tuple(precise.absolute_path) + _unexpected_key(precise)
    return source.error(path, f"{_describe(path)}: {precise.message}")


def _unexpected_key(error: ValidationError) -> tuple[str, ...]:
    """For an unknown key, point at that key rather than at the mapping holding it."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return ()
    declared = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
    unknown = [key for key in error.instance if key not in declared]
    return (unknown[0],) if unknown else ()


def _describe(path: tuple[str | int, ...]) -> str:
    if not path:
        return "the format"
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[
        1 if isinstance(path[0], str) else 0 :
    ]
