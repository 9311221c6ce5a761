"""Load a format: read YAML → JSON Schema → semantic checks → model → lint.

Each stage reports every error it finds, all pointing at file:line:col; later stages run
only when earlier ones passed, so one mistake yields one message, not a cascade.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from specmodel.build import build_format
from specmodel.checks import semantic_errors
from specmodel.errors import FormatNotFoundError, Location, SpecError, SpecErrors
from specmodel.exchange_build import build_exchange_format
from specmodel.exchange_model import Spec
from specmodel.lint import lint, lint_errors
from specmodel.schema import schema_errors
from specmodel.source import Source, read_source
from specmodel.suggest import did_you_mean

REPO_ROOT = Path(__file__).resolve().parents[1]


def _formats_dir() -> Path:
    """The formats of the checkout the command runs in (an installed ``embedseal`` in a
    vendor's repository), else those of this source tree."""
    here = Path.cwd() / "spec" / "formats"
    return here if here.is_dir() else REPO_ROOT / "spec" / "formats"


FORMATS_DIR = _formats_dir()


def load_format(path: Path) -> Spec:
    """The validated, linted model of one YAML file; raises :class:`SpecErrors`."""
    display = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecErrors([SpecError(Location(display, 1, 1), f"cannot read: {error}")]) from None
    try:
        source = _validated(display, text)
    except SpecErrors as failure:
        raise _truncated(display, text, failure) from None
    fmt = _build(source, display)
    fmt = dataclasses.replace(fmt, findings=lint(fmt, source))
    if errors := lint_errors(fmt):
        raise SpecErrors(errors)
    return fmt


def _validated(display: str, text: str) -> Source:
    source = read_source(display, text)
    if not isinstance(source.data, dict):
        raise SpecErrors([source.error((), "a format file holds one mapping")])
    for stage in (schema_errors, semantic_errors):
        errors = stage(source)
        if errors:
            raise SpecErrors(errors)
    return source


def _truncated(display: str, text: str, failure: SpecErrors) -> SpecErrors:
    """A file cut off mid-line gets one message, not one per key the cut removed."""
    if not text or text.endswith("\n") or len(failure.errors) < 2:
        return failure
    where = Location(display, text.count("\n") + 1, len(text) - text.rfind("\n"))
    first = failure.errors[0]
    message = f"the file ends mid-line: truncated? (first error: {first.location}: {first.message})"
    return SpecErrors([SpecError(where, message)])


def _build(source: Source, display: str) -> Spec:
    if source.data["family"] == "exchange":
        return build_exchange_format(source, display)
    return build_format(source, display)


def format_paths(directory: Path = FORMATS_DIR) -> list[Path]:
    """The ``*.yaml`` files of a formats folder, sorted; ``FormatNotFoundError`` when none."""
    if not directory.is_dir():
        what = "is not a folder" if directory.exists() else "does not exist"
        raise FormatNotFoundError(f"formats folder {directory} {what}")
    paths = sorted(directory.glob("*.yaml"))
    if not paths:
        raise FormatNotFoundError(f"formats folder {directory} holds no *.yaml format file")
    return paths


def load_all(directory: Path = FORMATS_DIR) -> list[Spec]:
    """Every format in ``directory`` (sorted by name); errors of all files are reported together."""
    formats: list[Spec] = []
    errors: list[SpecError] = []
    for path in format_paths(directory):
        try:
            formats.append(load_format(path))
        except SpecErrors as failure:
            errors.extend(failure.errors)
    if errors:
        raise SpecErrors(errors)
    return formats


def resolve_format(name_or_path: str, directory: Path = FORMATS_DIR) -> Spec:
    """A format by name (``papermap-iframe``) or by path to a YAML file.

    ``FormatNotFoundError`` for a name no file in ``directory`` has, or a path that is no file.
    """
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        if not candidate.is_file():
            what = "is a folder" if candidate.is_dir() else "does not exist"
            raise FormatNotFoundError(f"format file {name_or_path} {what}")
        return load_format(candidate)
    path = directory / f"{name_or_path}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in directory.glob("*.yaml"))
        hint = did_you_mean(name_or_path, known) or f"; known: {', '.join(known)}"
        raise FormatNotFoundError(f"unknown format {name_or_path!r}{hint}")
    return load_format(path)


def display_path(path: Path) -> str:
    """``path`` relative to the repository when it is inside it (how errors name files)."""
    resolved = path.resolve()
    if resolved.is_relative_to(REPO_ROOT):
        return resolved.relative_to(REPO_ROOT).as_posix()
    return str(path)
