"""Reading the spec folder: each format's model, its YAML bytes and its ``example``."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import yaml

from conformance.vectors.cases import Example
from conformance.vectors.exchange_case import ExchangeExample, ExchangeSource
from specmodel import ExchangeFormat, SpecError, SpecErrors, format_paths, load_format
from specmodel.model import Format


@dataclass(frozen=True)
class FormatSource:
    """One YAML file, loaded: the model, the file's bytes and the baseline sign call."""

    fmt: Format
    data: bytes
    example: Example

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the YAML bytes (recorded in the vector file)."""
        return hashlib.sha256(self.data).hexdigest()


AnySource: TypeAlias = FormatSource | ExchangeSource


def load_sources(directory: Path) -> list[AnySource]:
    """Every ``*.yaml`` in ``directory``, sorted by path; all spec errors raised together.

    ``FormatNotFoundError`` when the folder is missing or holds no format (so that a wrong
    ``--formats-dir`` never reads as "every vector file is extra").
    """
    sources: list[AnySource] = []
    errors: list[SpecError] = []
    for path in format_paths(directory):
        try:
            sources.append(_load(path))
        except SpecErrors as failure:
            errors.extend(failure.errors)
    if errors:
        raise SpecErrors(errors)
    return sources


def _load(path: Path) -> AnySource:
    fmt = load_format(path)
    data = path.read_bytes()
    raw: Any = yaml.safe_load(data)["example"]
    if isinstance(fmt, ExchangeFormat):
        example = ExchangeExample(raw["secret"], raw["now"], raw["fields"], raw["response"])
        return ExchangeSource(fmt, hashlib.sha256(data).hexdigest(), example)
    assert isinstance(fmt, Format)
    return FormatSource(fmt, data, Example(raw["secret"], raw["now"], raw["fields"]))
