"""``--vectors FILE``: a vendor's own vector file, checked before anything runs or is written.

A file is refused, with one line naming it, when it cannot be read, is not JSON (or nests too
deeply to parse), breaks the vector schema, holds no case, names a format no spec here has, or
reuses an id of the shipped vectors (or its own). The schema is the shipped files' one with the
provenance keys made optional: a hand-made file need not claim ``"generator":
"conformance.vectors"``, nor a ``spec`` and its ``spec_sha256``, nor ``numberOfTests`` (when it
gives one, it must be right).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from conformance.harness.cases import Case, cases_of
from conformance.vectors.schema import SCHEMA_PATH

MAX_BYTES = 256 * 1024 * 1024
OPTIONAL = ("generator", "spec", "spec_sha256", "numberOfTests")


class VectorFileError(Exception):
    """A ``--vectors`` file the harness will not run (the message is one line)."""


@cache
def _validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    schema["required"] = [key for key in schema["required"] if key not in OPTIONAL]
    schema["properties"]["generator"] = {"type": "string"}
    return Draft202012Validator(schema)


def check(paths: Iterable[Path], shipped: list[Case], formats: Iterable[str]) -> list[Case]:
    """Every case of the extra files; ``VectorFileError`` for the first bad one."""
    known, seen = set(formats), {case.key: case.source for case in shipped}
    cases: list[Case] = []
    for path in paths:
        found, declared = _cases(path, known)
        for case in found:
            if case.key in seen:
                raise VectorFileError(f"{path}: case {case.key} is already in {seen[case.key]}")
            seen[case.key] = path.name
        if declared is not None and declared != len(found):
            raise VectorFileError(f"{path}: numberOfTests is {declared}, the file has {len(found)}")
        cases.extend(found)
    return cases


def _cases(path: Path, known: set[str]) -> tuple[list[Case], int | None]:
    """The file's cases and its ``numberOfTests`` (when it gives one)."""
    document = _read(path)
    # The shallowest problem first: a wrong group type, not the tests it then mismatches.
    problems = sorted(
        _validator().iter_errors(document),
        key=lambda e: (len(e.absolute_path), [str(step) for step in e.absolute_path]),
    )
    if problems:
        first = problems[0]
        where = "$" + "".join(
            f"[{step}]" if isinstance(step, int) else f".{step}" for step in first.absolute_path
        )
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        raise VectorFileError(f"{path}: {where}: {first.message[:200]}{more}")
    if document["format"] not in known:
        listed = ", ".join(sorted(known))
        raise VectorFileError(
            f"{path}: format {document['format']!r} has no spec (known: {listed})"
        )
    found = cases_of(document, path.name)
    if not found:
        raise VectorFileError(f"{path}: holds no case")
    return found, document.get("numberOfTests")


def _read(path: Path) -> Any:
    if not path.is_file():
        raise VectorFileError(f"{path}: {'is a folder' if path.is_dir() else 'no such file'}")
    if path.stat().st_size > MAX_BYTES:
        raise VectorFileError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise VectorFileError(f"{path}: cannot read: {error}") from None
    except json.JSONDecodeError as error:
        raise VectorFileError(f"{path}: not JSON: {error}") from None
    except RecursionError:
        raise VectorFileError(f"{path}: JSON nested too deeply to read") from None
