"""Validation against spec/schema/format.schema.json, with errors mapped to YAML locations.

Two kinds of message are rewritten for a reader: an unknown key names the nearest known keys
(did you mean …?), and the missing keys of one mapping are listed in one message.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from jsonschema.exceptions import best_match

from specmodel.errors import SpecError
from specmodel.source import Source
from specmodel.suggest import did_you_mean, nearest

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
    precise = [_precise(error) for error in _validator(schema).iter_errors(source.data)]
    missing = [error for error in precise if error.validator == "required"]
    others = [error for error in precise if error not in missing]
    return _missing_keys(missing, _misspelt(others), source) + [
        _to_spec_error(error, source) for error in others
    ]


def _misspelt(errors: list[ValidationError]) -> set[tuple[tuple[str | int, ...], str]]:
    """(mapping path, known key) for each unknown key that looks like a known one."""
    found = set()
    for error in errors:
        key = _unexpected_key(error)
        if key is not None:
            found |= {(tuple(error.absolute_path), near) for near in nearest(key, _declared(error))}
    return found


def _precise(error: ValidationError) -> ValidationError:
    # For oneOf/anyOf, the most relevant branch error says more than "is not valid under…".
    return best_match(error.context) if error.context else error


def _to_spec_error(error: ValidationError, source: Source) -> SpecError:
    path = tuple(error.absolute_path)
    key = _unexpected_key(error)
    if key is not None:
        known = _declared(error)
        where = (*path, key)
        return source.key_error(where, f"{_describe(where)}: unknown key{did_you_mean(key, known)}")
    return source.error(path, f"{_describe(path)}: {error.message}")


def _missing_keys(
    errors: list[ValidationError], misspelt: set[tuple[tuple[str | int, ...], str]], source: Source
) -> list[SpecError]:
    """One message per mapping: ``the format: missing keys 'json', 'url'`` (a key that is only
    misspelt is left to the unknown key's did-you-mean)."""
    by_path: dict[tuple[str | int, ...], list[str]] = {}
    for error in errors:
        required: list[str] = list(error.validator_value)  # type: ignore[arg-type]
        instance, path = error.instance, tuple(error.absolute_path)
        names = [key for key in required if isinstance(instance, dict) and key not in instance]
        names = [key for key in names if (path, key) not in misspelt]
        if names:
            by_path.setdefault(path, []).extend(names)
    out = []
    for path, names in by_path.items():
        listed = ", ".join(repr(name) for name in dict.fromkeys(names))
        noun = "key" if len(names) == 1 else "keys"
        out.append(source.error(path, f"{_describe(path)}: missing {noun} {listed}"))
    return out


def _declared(error: ValidationError) -> list[str]:
    return list(error.schema.get("properties", {})) if isinstance(error.schema, dict) else []


def _unexpected_key(error: ValidationError) -> str | None:
    """For an unknown key, the key (the message points at it, not at the mapping holding it)."""
    if error.validator != "additionalProperties" or not isinstance(error.instance, dict):
        return None
    declared = _declared(error)
    unknown = [key for key in error.instance if key not in declared]
    return str(unknown[0]) if unknown else None


def _describe(path: tuple[str | int, ...]) -> str:
    if not path:
        return "the format"
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)[
        1 if isinstance(path[0], str) else 0 :
    ]
