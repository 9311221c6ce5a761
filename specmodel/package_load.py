"""Loading ``embedseal.yaml``: YAML with positions → JSON Schema (file:line:col errors) → model."""

from __future__ import annotations

from pathlib import Path

from specmodel.errors import Location, SpecError, SpecErrors
from specmodel.loader import REPO_ROOT, display_path
from specmodel.package import Package, package_from
from specmodel.schema import PACKAGE_SCHEMA_PATH, schema_errors
from specmodel.source import read_source

PACKAGE_PATH = REPO_ROOT / "embedseal.yaml"


def load_package(path: Path = PACKAGE_PATH) -> Package:
    """The validated package description; raises :class:`SpecErrors` at its location."""
    display = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecErrors([SpecError(Location(display, 1, 1), f"cannot read: {error}")]) from None
    source = read_source(display, text)
    if not isinstance(source.data, dict):
        raise SpecErrors([source.error((), "a package description holds one mapping")])
    if errors := schema_errors(source, PACKAGE_SCHEMA_PATH):
        raise SpecErrors(errors)
    return package_from(source.data)
