"""Speed and size of the generated code (issue 9, items 7 and 8): `nox -s bench`.

For tinybird-jwt, papermap-iframe and looker-signed-url, each language's driver
(benchmarks/drivers/<lang>/) loads the files the docs publish, copied alone into a scratch
project under build/bench/<lang>/, and times in one process, interleaved in rounds:

- sign and verify with the generated file;
- the same with a minimal hand-written stdlib version (benchmarks/baselines/<lang>/), after
  checking that it gives the same bytes;
- the raw HMAC over the bytes the format signs;
- for tinybird-jwt, the language's idiomatic JWT library where a registry serves one.

It prints CPU time per op (the process's or thread's CPU clock, never the wall clock), the
ratios of the generated code to each, and the lines of every published file; it writes the
same to build/bench/results.json. Figures are printed, never asserted. A language whose
toolchain is missing, or whose files are not self-contained yet (no ``paste`` recipe in
generator/languages/<lang>.py), gets one line saying so.

A driver is run as ``<run command> ROUNDS BATCH_MS`` and prints lines:
``clock <what it reads>``, ``lib <format> <library and version | none>``,
``out <format> token|url <value>`` (checked against the vectors' sign/example),
``note <text>`` (said under the language's line), and
``cpu <format> sign|verify|mac <generated|baseline|hmac|jwt> <ns per op, one per round>…``.
It exits non-zero when another implementation's bytes differ from the generated code's.
Python, TypeScript and PHP drivers read the examples from inputs.json (their APIs take JSON
values); the Java, C# and Go drivers spell the same examples as typed values, and the ``out``
check proves they are the same inputs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

from benchmarks import report
from benchmarks.projects import PROJECTS, SCRATCH, SNIPPETS, lay_out, published
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES

VECTORS = Path(__file__).resolve().parents[1] / "conformance" / "vectors"


def examples() -> dict[str, dict[str, Any]]:
    """The vectors' sign/example case of each benchmarked format: the YAML example."""
    found = {}
    for fmt in report.FORMATS:
        document = json.loads((VECTORS / f"{fmt}.json").read_text(encoding="utf-8"))
        for group in document["testGroups"]:
            for case in group["tests"]:
                if case["id"] == "sign/example":
                    found[fmt] = {
                        "secret": group["secret"],
                        "now": case["now"],
                        "fields": case["fields"],
                        "random": case.get("random", ""),
                        "expected": {k: case["expected"].get(k) for k in ("token", "url")},
                    }
    return found


def line_counts() -> dict[str, dict[str, int | None]]:
    """``wc -l`` of every published file, per language and format."""
    counts: dict[str, dict[str, int | None]] = {}
    for lang in LANGUAGES:
        counts[lang.name] = {}
        for folder in sorted(SNIPPETS.iterdir()):
            try:
                path = published(folder.name, lang.name, lang.extension)
            except FileNotFoundError:
                continue
            counts[lang.name][folder.name] = path.read_bytes().count(b"\n")
    return counts


def _command(argv: list[str], cwd: Path, log: Path, timeout: float) -> bool:
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(argv)}\n")
        out.flush()
        try:
            done = subprocess.run(argv, cwd=cwd, stdout=out, stderr=out, timeout=timeout)  # noqa: S603
        except (OSError, subprocess.TimeoutExpired) as error:
            out.write(f"{error}\n")
            return False
    return done.returncode == 0


def bench(lang: Language, inputs: dict[str, Any], rounds: int, batch_ms: float) -> report.Run:
    """Lay out, build and run one language's driver; raise RuntimeError with a one-line why."""
    project = PROJECTS[lang.name]
    if lang.paste is None:
        raise RuntimeError("not self-contained yet (no paste recipe): waiting for its conversion")
    missing = project.missing_tools()
    if missing:
        raise RuntimeError(f"toolchain missing: {', '.join(missing)} not on PATH")
    folder = SCRATCH / lang.name
    files = {lang.module_name(fmt): published(fmt, lang.name, lang.extension) for fmt in inputs}
    lay_out(project, files, folder)
    (folder / "inputs.json").write_text(json.dumps(inputs, indent=1), encoding="utf-8")
    log = folder / "bench.log"
    log.write_text("", encoding="utf-8")
    for argv in project.build(folder):
        if not _command(argv, folder, log, timeout=600):
            raise RuntimeError(f"build failed: `{' '.join(argv[:3])} …` (see {_short(log)})")
    argv = [*project.run, str(rounds), str(batch_ms)]
    try:
        done = subprocess.run(argv, cwd=folder, capture_output=True, text=True, timeout=900)  # noqa: S603
    except subprocess.TimeoutExpired:
        raise RuntimeError("the driver ran out of time (900 s)") from None
    (folder / "driver.out").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        why = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"driver failed ({why[:200]}; see {_short(folder / 'driver.out')})")
    run = report.Run.parse(lang.name, done.stdout)
    for fmt, example in inputs.items():
        for what, expected in example["expected"].items():
            if expected is not None and run.outputs.get((fmt, what)) != expected:
                raise RuntimeError(f"{fmt}: the generated {what} is not the vectors' sign/example")
    return run


def _short(path: Path) -> str:
    return str(path.relative_to(SCRATCH.parents[1]))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds (default 21)")
    parser.add_argument("--batch-ms", type=float, default=20, help="CPU ms per batch (default 20)")
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    args = parser.parse_args(argv)
    inputs = examples()
    print("Inputs (the YAML examples, the vectors' sign/example: no seed, no clock):")
    for fmt, example in inputs.items():
        shown = {k: v for k, v in example.items() if k != "expected"}
        print(f"  {fmt}: {json.dumps(shown, ensure_ascii=False)}")
    print(f"{args.rounds} rounds, batches of ~{args.batch_ms:g} ms CPU per implementation\n")
    runs: list[report.Run] = []
    status: dict[str, str] = {}
    for lang in LANGUAGES:
        if args.lang and lang.name not in args.lang:
            continue
        began = time.monotonic()
        try:
            run = bench(lang, inputs, args.rounds, args.batch_ms)
        except (RuntimeError, FileNotFoundError) as error:
            status[lang.name] = str(error)
            print(f"{lang.label}: skipped: {error}")
            continue
        runs.append(run)
        status[lang.name] = "live"
        library = run.libraries.get(report.FORMATS[0], "none")
        print(
            f"{lang.label}: measured in {time.monotonic() - began:.0f} s; clock: {run.clock}; "
            f"JWT library: {library}"
        )
        for note in run.notes:
            print(f"  note: {note}")
    rows = [row for run in runs for row in run.rows()]
    load = os.getloadavg()
    print(
        f"\nload average (1, 5, 15 min) after the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
        f" on {os.cpu_count()} cores (above the core count, the figures are noisy)"
    )
    print("CPU time per op (medians); ratios: median over rounds of generated / other in the same")
    print("round; IQR: the spread of the per-round gen/base ratios; goal: gen/base <= 1.2 and")
    print("gen/JWT < 1 (issue 9, item 7)\n")
    print(report.table(rows) if rows else "(no language measured)")
    live = {lang.name for lang in LANGUAGES if lang.paste is not None}
    text, lines = report.line_table(line_counts(), live)
    print("\nLines per published file (wc -l of docs/generated/snippets/<format>/<lang>/…)\n")
    print(text)
    results = {
        "settings": {"rounds": args.rounds, "batch_ms": args.batch_ms},
        "machine": {"cores": os.cpu_count(), "load_average": load},
        "inputs": {
            fmt: {k: v for k, v in ex.items() if k != "expected"} for fmt, ex in inputs.items()
        },
        "languages": {
            run.lang: {
                "clock": run.clock,
                "libraries": run.libraries,
                "notes": run.notes,
                "cpu_ns": {" ".join(key): values for key, values in run.cpu.items()},
            }
            for run in runs
        },
        "status": status,
        "rows": rows,
        "lines": lines,
    }
    SCRATCH.mkdir(parents=True, exist_ok=True)
    (SCRATCH / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten: {_short(SCRATCH / 'results.json')}")


if __name__ == "__main__":
    main()
