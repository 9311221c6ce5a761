"""``python -m conformance.vectors [--check] [--formats-dir DIR] [--out DIR]``.

Writes ``<out>/<format>.json`` for every ``<formats-dir>/*.yaml`` (only files whose text
changes). ``--check`` writes nothing and exits 1 listing every missing, stale or extra file.
A spec error exits 2 with the spec's one-line messages, before anything is written (so
does a generated file that breaks the vector schema); a reference crash exits 3.
Disagreements between a case's intent and the reference are printed as warnings.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path

from conformance.vectors.build import Built, build_document
from conformance.vectors.document import render
from conformance.vectors.exchange_case import ExchangeSource
from conformance.vectors.exchange_document import build_exchange_document
from conformance.vectors.files import apply, plan
from conformance.vectors.judge import ReferenceCrash
from conformance.vectors.schema import schema_errors
from conformance.vectors.sources import AnySource, load_sources
from specmodel import FORMATS_DIR, FormatNotFoundError, SpecErrors
from specmodel.argparsing import Parser

OUT_DIR = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Run the command; the exit status is 0, 1 (``--check`` found differences), 2 or 3."""
    args = _parser().parse_args(argv)
    try:
        built = _build_all(args.formats_dir)
    except SpecErrors as error:
        _stderr(str(problem) for problem in error.errors)
        return 2
    except FormatNotFoundError as error:
        _stderr([f"error: {error}"])
        return 2
    except ReferenceCrash as crash:
        _stderr([f"error: {crash}"])
        return 3
    if not _valid(built):
        return 2
    _report(built, verbose=args.verbose)
    return _finish(args, {name: render(b.document) for name, b in built.items()})


def _build_all(formats_dir: Path) -> dict[str, Built]:
    return {f"{src.fmt.name}.json": _build(src) for src in load_sources(formats_dir)}


def _build(source: AnySource) -> Built:
    if isinstance(source, ExchangeSource):
        return Built(*build_exchange_document(source))
    return build_document(source)


def _stderr(lines: Iterable[str]) -> None:
    for line in lines:
        print(line, file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m conformance.vectors", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if files differ"
    )
    parser.add_argument(
        "--formats-dir", type=Path, default=FORMATS_DIR, help="folder of *.yaml formats"
    )
    parser.add_argument(
        "--out", type=Path, default=OUT_DIR, help="folder for the <format>.json files"
    )
    parser.add_argument("--verbose", action="store_true", help="also list refused round trips")
    return parser


def _valid(built: dict[str, Built]) -> bool:
    problems = [
        f"{name}: {line}" for name, b in built.items() for line in schema_errors(b.document)
    ]
    for line in problems:
        print(f"error: schema: {line}", file=sys.stderr)
    return not problems


def _report(built: dict[str, Built], verbose: bool) -> None:
    for b in built.values():
        for disputed in b.disputes:
            print(f"warning: reference disagrees with case intent: {disputed}", file=sys.stderr)
        for note in b.notes if verbose else ():
            print(
                f"note: {b.document['format']}: sign/verify round trip refused: {note}",
                file=sys.stderr,
            )


def _finish(args: argparse.Namespace, texts: dict[str, str]) -> int:
    result = plan(args.out, texts)
    if args.check:
        _stderr(result.problems())
        return 1 if result.problems() else 0
    apply(result)
    for path in result.write:
        print(f"wrote {path}")
    for path in result.extra:
        print(f"removed {path}")
    return 0
