"""The sign call's fields: a JSON file (``--fields``) and ``--set NAME=VALUE`` on top, each
value read as the field's declared type."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from embedseal_cli.usage import UsageError
from specmodel.model import Format


def add_field_options(parser: argparse.ArgumentParser) -> None:
    """``--fields FILE`` and ``--set NAME=VALUE``."""
    parser.add_argument(
        "--fields", metavar="FILE", help="a JSON object of field values; - for standard input"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="one field (repeatable); integers, booleans, objects and arrays are written as "
        'JSON (--set exp=1700000600 --set \'params={"region":"EU"}\')',
    )


def read_fields(fmt: Format, args: argparse.Namespace) -> dict[str, Any]:
    """The fields from ``--fields``, then each ``--set``."""
    fields = _from_file(args.fields) if args.fields else {}
    for assignment in args.set:
        name, equals, text = assignment.partition("=")
        if not equals or not name:
            raise UsageError(f"--set {assignment!r}: expected NAME=VALUE")
        fields[name] = _typed(fmt, name, text)
    return fields


def _from_file(path: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        value = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UsageError(f"--fields {path}: {error}") from None
    if not isinstance(value, dict):
        raise UsageError(f"--fields {path}: expected a JSON object")
    return value


def _typed(fmt: Format, name: str, text: str) -> Any:
    try:
        kind = fmt.field(name).shape.type
    except KeyError:
        return text  # the sign call says which inputs the format takes
    if kind == "string":
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise UsageError(f"--set {name}: {text!r} is not a JSON {kind}") from None
