"""Spec errors that point at file:line:col."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Location:
    """A place in a YAML file; line and column count from 1."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class SpecError:
    """One thing wrong with a spec, and where."""

    location: Location
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class SpecErrors(Exception):  # noqa: N818 - a collection of SpecError, named for what it holds
    """Raised when a spec cannot be loaded; carries every error found, sorted by place."""

    def __init__(self, errors: list[SpecError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(error) for error in self.errors))


class FormatNotFoundError(LookupError):
    """A format name, or a folder of formats, that names no format file (one line, no place)."""
