"""The vector files' JSON Schema (``schema/vectors.schema.json``) and validation against it."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / "vectors.schema.json"


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_errors(doc: Any) -> list[str]:
    """One line per violation (``$.testGroups[3].tests[0].id: …``), empty when valid."""
    errors = sorted(_validator().iter_errors(doc), key=lambda error: list(error.absolute_path))
    return [f"{_where(error.absolute_path)}: {error.message}" for error in errors]


def _where(path: Any) -> str:
    return "$" + "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)
