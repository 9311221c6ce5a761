"""``python -m conformance.harness``: run the conformance suite and write the reports.

Exit 0 when every case that ran passed (a language whose toolchain is missing is "not run",
one line, unless ``--require`` or ``CI=true`` asks for it); 1 on any unexpected result or a
required language that could not run; 2, with nothing written, on bad input or a setup that
cannot work (see :mod:`.preflight`).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from conformance.harness import descriptor, expected, preflight, reports, sdks, terminal
from conformance.harness.backend import BuildError
from conformance.harness.cases import load_all
from conformance.harness.runner import Options, RunData, execute
from conformance.harness.select import choose, parse_shard
from specmodel.argparsing import Parser, choice


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = Parser(prog="python -m conformance.harness", description=__doc__.split("\n")[0])
    p.add_argument(
        "--backend",
        choices=("docker", "local"),
        help="default: docker when an engine answers, else local",
    )
    p.add_argument(
        "--lang",
        action="append",
        default=[],
        type=choice("language", descriptor.LANGUAGES),
        help="repeatable; default: all six",
    )
    p.add_argument(
        "--require",
        action="append",
        default=[],
        metavar="LANGS|all",
        help="comma-separated: a language that cannot run fails the run (CI=true: all)",
    )
    p.add_argument("--format", action="append", default=[], help="repeatable")
    p.add_argument(
        "-k",
        dest="patterns",
        action="append",
        default=[],
        help="case id substring or glob on <format>/<id> (repeatable)",
    )
    p.add_argument("--shard", default="1/1", help="K/N: run the K-th of N slices")
    p.add_argument(
        "--vectors",
        action="append",
        default=[],
        type=Path,
        help="an extra vector file in the same schema (repeatable)",
    )
    p.add_argument("--fail-fast", action="store_true")
    p.add_argument(
        "--offline",
        action="store_true",
        help="build missing images FROM the debootstrap base (no registry)",
    )
    p.add_argument("--timeout", type=float, default=10.0, help="seconds per case (default 10)")
    p.add_argument(
        "--no-cross", dest="cross", action="store_false", help="skip the cross-language check"
    )
    p.add_argument("--sdks", type=Path, help="an already generated tree (default: generate one)")
    p.add_argument("--out", type=Path, default=reports.OUT, help="report folder")
    p.add_argument(
        "--update-expected",
        action="store_true",
        help="print the change the expected-failure lists need",
    )
    p.add_argument("-q", "--quiet", action="store_true")
    return p


def main(argv: list[str] | None = None) -> int:
    """Run; exit 1 on any unexpected result, 2 on a usage or setup error."""
    args = parser().parse_args(argv)
    try:
        options = _options(args)
    except (ValueError, preflight.SetupError) as error:
        print(f"conformance: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="embedseal-generated-") as scratch:
        if args.sdks is None:
            _note("generating the SDKs ...")
            try:
                options.tree = sdks.generate(Path(scratch))
            except BuildError as error:
                print(f"conformance: {error}", file=sys.stderr)
                return 2
        data = execute(options)
    return _finish(args, data)


def _note(text: str) -> None:
    print(f"conformance: {text}", file=sys.stderr)


def _options(args: argparse.Namespace) -> Options:
    shard = _shard(args.shard)
    required = preflight.required(args.require)
    preflight.out_folder(args.out)
    preflight.extra_vectors(args.vectors)
    specs = [descriptor.load(lang) for lang in (args.lang or descriptor.LANGUAGES)]
    if args.sdks is not None:
        preflight.tree(args.sdks, specs)
    backend, engine, docker = preflight.backend(args.backend, _note)
    if engine is not None:
        cases = choose(load_all(args.vectors), args.format, args.patterns, shard)
        preflight.images(engine, specs, cases, args.offline, _note)
    return Options(
        backend,
        specs,
        args.sdks or Path(),
        formats=args.format,
        patterns=args.patterns,
        shard=shard,
        vectors=args.vectors,
        fail_fast=args.fail_fast,
        offline=args.offline,
        timeout=args.timeout,
        cross=args.cross,
        engine=engine,
        quiet=args.quiet,
        required=required,
        docker=docker,
    )


def _shard(text: str) -> tuple[int, int]:
    try:
        return parse_shard(text)
    except ValueError:
        raise preflight.SetupError(f"--shard {text!r}: need K/N with 1 <= K <= N") from None


def _finish(args: argparse.Namespace, data: RunData) -> int:
    paths = reports.write_all(data, args.out)
    print(terminal.final_table(data))
    print("reports: " + ", ".join(str(p) for p in paths))
    if args.update_expected:
        _print_updates(data)
    stale = [key for keys in data.stale.values() for key in keys]
    return 1 if data.failures() or stale else 0


def _print_updates(data: RunData) -> None:
    changes = []
    for run in data.runs:
        if not run.ran:
            continue
        listed = expected.load(run.language, data.options.expected_folder)
        mine = [r for r in data.results() if r.language == run.language]
        new = expected.updated(listed, mine)
        text = expected.change(run.language, new, data.options.expected_folder)
        changes.append(text)
    print("".join(changes) or "expected-failure lists: no change needed")
