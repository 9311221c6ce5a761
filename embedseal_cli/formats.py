"""Choosing a format: by name or YAML path, and only the families that sign locally."""

from __future__ import annotations

import argparse
import functools

from embedseal_cli.usage import UsageError
from specmodel import FORMATS_DIR, ExchangeFormat, Spec, SpecErrors, load_format, resolve_format
from specmodel.errors import FormatNotFoundError
from specmodel.model import Format


def add_format_option(parser: argparse.ArgumentParser) -> None:
    """``--format NAME``."""
    parser.add_argument(
        "--format",
        required=True,
        metavar="NAME",
        help="a format name (papermap-iframe) or the path to its YAML file",
    )


def signing_format(name: str) -> Format:
    """The format, or one line saying why it cannot be used here."""
    try:
        spec = _resolved(name)
    except SpecErrors as error:
        more = f" (+{len(error.errors) - 1} more)" if len(error.errors) > 1 else ""
        raise UsageError(f"--format {name}: {error.errors[0]}{more}") from None
    except FormatNotFoundError as error:
        raise UsageError(f"--format {name}: {error}") from None
    except OSError as error:
        raise UsageError(
            f"--format {name}: cannot read {error.filename}: run the command in a checkout "
            "that has spec/formats/, or give the format's YAML file"
        ) from None
    if isinstance(spec, ExchangeFormat):
        raise UsageError(
            f"--format {name}: an exchange format (the vendor issues its tokens); sign, "
            "verify and explain take jws, envelope and signed-url formats"
        )
    return spec


@functools.cache
def _resolved(name: str) -> Spec:
    """The loaded spec (once per process: tests run many commands in one)."""
    return resolve_format(name)


@functools.cache
def other_signing_formats() -> list[Format]:
    """Every loadable signing format in spec/formats/ (a broken file is skipped)."""
    found = []
    for path in sorted(FORMATS_DIR.glob("*.yaml")):
        try:
            spec = load_format(path)
        except (SpecErrors, OSError):
            continue
        if not isinstance(spec, ExchangeFormat):
            found.append(spec)
    return found
