"""Render benchmark: time to render every format in every language, and lines per language.

Exchange formats are loaded and get their docs page; no language generates code for them yet.

Prints figures; asserts nothing. Run with `nox -s bench` or `python -m benchmarks.render`.
"""

from __future__ import annotations

import statistics
import time
from collections import Counter

from generator.environment import make_environment
from generator.languages.registry import LANGUAGES
from generator.render import render
from specmodel import load_all
from specmodel.model import Format

ROUNDS = 10


def main() -> None:
    """Print load time, cold and warm render times, and line counts per language."""
    started = time.perf_counter()
    formats = load_all()
    loaded = time.perf_counter()
    env = make_environment()
    files = render(formats, env=env)
    cold = time.perf_counter() - loaded
    warm = []
    for _ in range(ROUNDS):
        begin = time.perf_counter()
        render(formats, env=env)
        warm.append(time.perf_counter() - begin)
    exchange = sum(1 for fmt in formats if not isinstance(fmt, Format))
    print(
        f"formats: {len(formats)} ({exchange} exchange: docs page only, no SDK code yet), "
        f"languages: {len(LANGUAGES)}, files: {len(files)}"
    )
    print(f"load + validate specs: {(loaded - started) * 1000:.0f} ms")
    print(f"render cold (templates compiled): {cold * 1000:.0f} ms")
    print(f"render warm, median of {ROUNDS}: {statistics.median(warm) * 1000:.0f} ms")
    _line_counts(files)


def _line_counts(files: dict[str, str]) -> None:
    print(f"\n{'language':<12}{'runtime':>10}{'per format':>12}{'other':>8}")
    for lang in LANGUAGES:
        counts: Counter[str] = Counter()
        for path, text in files.items():
            if not path.startswith(lang.sdk_root + "/"):
                continue
            lines = text.count("\n")
            if "[start:sign]" in text:  # a per-format file (its docs regions)
                counts["format"] += lines
            elif path.startswith(f"{lang.sdk_root}/{lang.runtime_dir}/"):
                counts["runtime"] += lines
            else:
                counts["other"] += lines
        print(f"{lang.label:<12}{counts['runtime']:>10}{counts['format']:>12}{counts['other']:>8}")


if __name__ == "__main__":
    main()
