"""``python -m conformance.fuzz [--cases N] [--seed S] [--lang L …] [--format F …]``.

Differential fuzzing on the local toolchains: N sign and N verify cases per signing format,
made from the seed (printed: rerun with it to reproduce), judged by the reference, sent to each
language's adapter. Prints each divergence class with its smallest request and writes
build/fuzz/report.json. Exit 0 with no divergence, 1 with some, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys

from conformance.fuzz.run import Plan, languages_with_adapters, run
from conformance.harness import toolchains
from conformance.harness.backend import BuildError
from conformance.harness.descriptor import LANGUAGES, ROOT

REPORT = ROOT / "build" / "fuzz" / "report.json"


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; the exit code says whether anything diverged."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        required = toolchains.parse_require(args.require or ())
    except ValueError as error:
        parser.error(str(error))
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)
    plan = Plan(
        seed, args.cases, tuple(args.format or ()), languages_with_adapters(args.lang or ()), ROOT
    )
    try:
        report = run(plan, note=lambda text: print(text, file=sys.stderr, flush=True))
    except BuildError as error:
        # An adapter that does not build is one failure with the compiler's first lines.
        lines = str(error).splitlines()
        print("fuzz: an adapter did not build:", *lines[:12], sep="\n  ", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(
        json.dumps(report.as_json(), indent=2, ensure_ascii=True) + "\n", encoding="utf-8"
    )
    unrun = sorted(set(report.not_run) & required)
    if unrun:
        print(f"fuzz: required but not run: {', '.join(unrun)}", file=sys.stderr)
    return 1 if report.divergences or unrun else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m conformance.fuzz", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--cases",
        type=_positive,
        default=500,
        help="sign and verify cases per format (default 500 each)",
    )
    parser.add_argument("--seed", type=int, help="the seed (default: a fresh one, printed)")
    parser.add_argument(
        "--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)"
    )
    parser.add_argument("--format", action="append", help="only this format (repeatable)")
    parser.add_argument(
        "--require",
        action="append",
        help="languages that must run (comma-separated, or all; CI=true requires all)",
    )
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value
