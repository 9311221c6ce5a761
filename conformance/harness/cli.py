"""``python -m conformance.harness``: run the conformance suite and write the reports."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from conformance.harness import descriptor, dockerhost, expected, reports, sdks, terminal
from conformance.harness.backend import BuildError
from conformance.harness.runner import Options, RunData, execute
from conformance.harness.select import parse_shard


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(prog="python -m conformance.harness", description=__doc__)
    p.add_argument(
        "--backend",
        choices=("docker", "local"),
        help="default: docker when an engine answers, else local",
    )
    p.add_argument(
        "--lang",
        action="append",
        default=[],
        choices=descriptor.LANGUAGES,
        help="repeatable; default: all six",
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
        shard = parse_shard(args.shard)
        options = _options(args, shard)
    except (ValueError, BuildError) as error:
        print(f"conformance: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="embedseal-generated-") as scratch:
        if args.sdks is None:
            print("conformance: generating the SDKs ...", file=sys.stderr)
            options.tree = sdks.generate(Path(scratch))
        data = execute(options)
    return _finish(args, data)


def _options(args: argparse.Namespace, shard: tuple[int, int]) -> Options:
    backend, engine = args.backend, None
    if backend in (None, "docker"):
        engine = dockerhost.client()
        if engine is None and backend == "docker":
            raise BuildError("--backend docker: no Docker engine answers (run .ci/docker-up.sh)")
        if engine is None:
            print("conformance: no Docker engine answers; using --backend local", file=sys.stderr)
        backend = "docker" if engine is not None else "local"
    specs = [descriptor.load(lang) for lang in (args.lang or descriptor.LANGUAGES)]
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
    )


def _finish(args: argparse.Namespace, data: RunData) -> int:
    paths = reports.write_all(data, args.out)
    print(terminal.final_table(data))
    print("reports: " + ", ".join(str(p) for p in paths))
    if args.update_expected:
        _print_updates(data)
    bad = [r for r in data.results() if r.unexpected]
    stale = [key for keys in data.stale.values() for key in keys]
    return 1 if bad or stale else 0


def _print_updates(data: RunData) -> None:
    changes = []
    for run in data.runs:
        listed = expected.load(run.language, data.options.expected_folder)
        mine = [r for r in data.results() if r.language == run.language]
        new = expected.updated(listed, mine)
        text = expected.change(run.language, new, data.options.expected_folder)
        changes.append(text)
    print("".join(changes) or "expected-failure lists: no change needed")
