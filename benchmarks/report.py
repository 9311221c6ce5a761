"""What the drivers print, read back; the ratio table, the lines per file, results.json.

A driver prints one fact per line (see benchmarks/speed.py); the ratios are medians over the
interleaved rounds of the per-round ratio (generated / other in the same round), so that a
machine that slows down mid-run moves both sides of a ratio alike.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Any

GOAL_BASELINE = 1.2  # generated / baseline, per language and op (issue 9, item 7)
FORMATS = ("tinybird-jwt", "papermap-iframe", "looker-signed-url")
OPS = ("sign", "verify")
LANGS = ("python", "typescript", "php", "java", "csharp", "go")
# Lines per published file: the goals of issue 9 (item 8).
LINE_GOALS = {
    **{
        ("papermap-iframe", lang): 150 if lang in ("python", "typescript", "go") else 250
        for lang in LANGS
    },
    **{("looker-signed-url", lang): 450 for lang in LANGS},
}


@dataclass
class Run:
    """One language's driver output."""

    lang: str
    clock: str = ""
    libraries: dict[str, str] = field(default_factory=dict)  # format -> "PyJWT 2.15.1" / "none"
    notes: list[str] = field(default_factory=list)  # what a driver wants said (e.g. other bytes)
    outputs: dict[tuple[str, str], str] = field(default_factory=dict)  # (format, token|url)
    cpu: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)  # ns per op

    @classmethod
    def parse(cls, lang: str, text: str) -> Run:
        run = cls(lang)
        for line in text.splitlines():
            kind, _, rest = line.partition(" ")
            if kind == "clock":
                run.clock = rest
            elif kind == "lib":
                fmt, _, name = rest.partition(" ")
                run.libraries[fmt] = name
            elif kind == "note":
                run.notes.append(rest)
            elif kind == "out":
                fmt, what, value = rest.split(" ", 2)
                run.outputs[(fmt, what)] = value
            elif kind == "cpu":
                fmt, op, impl, *values = rest.split()
                run.cpu[(fmt, op, impl)] = [float(value) for value in values]
        return run

    def rows(self) -> list[dict[str, Any]]:
        """Per format and op: medians (ns per op) and ratios of the generated code."""
        rows = []
        for fmt in FORMATS:
            for op in OPS:
                generated = self.cpu.get((fmt, op, "generated"))
                if generated is None:
                    continue
                row: dict[str, Any] = {"language": self.lang, "format": fmt, "op": op}
                row["generated_ns"] = statistics.median(generated)
                for name, key in (
                    ("baseline", (fmt, op, "baseline")),
                    ("hmac", (fmt, "mac", "hmac")),
                    ("jwt", (fmt, op, "jwt")),
                ):
                    other = self.cpu.get(key)
                    row[f"{name}_ns"] = statistics.median(other) if other else None
                    row[f"generated_over_{name}"] = _ratio(generated, other) if other else None
                baseline = self.cpu.get((fmt, op, "baseline"))
                row["baseline_spread"] = _spread(generated, baseline) if baseline else None
                row["jwt_library"] = self.libraries.get(fmt, "none") if fmt == FORMATS[0] else None
                row["meets_goal"] = _goal(row)
                rows.append(row)
        return rows


def _ratio(generated: list[float], other: list[float]) -> float:
    return statistics.median(g / o for g, o in zip(generated, other, strict=True) if o > 0)


def _spread(generated: list[float], other: list[float]) -> float:
    """How far the per-round ratios scatter: their interquartile range over their median."""
    ratios = [g / o for g, o in zip(generated, other, strict=True) if o > 0]
    if len(ratios) < 4:
        return 0.0
    low, _, high = statistics.quantiles(ratios, n=4)
    return (high - low) / statistics.median(ratios)


def _goal(row: dict[str, Any]) -> bool | None:
    """Issue 9's speed goal: at most 1.2x the baseline, and faster than the JWT library."""
    if row["generated_over_baseline"] is None:
        return None
    faster = row["generated_over_jwt"] is None or row["generated_over_jwt"] < 1
    return bool(row["generated_over_baseline"] <= GOAL_BASELINE and faster)


def _time(ns: float | None) -> str:
    if ns is None:
        return "-"
    return f"{ns / 1000:.2f} µs" if ns < 1e6 else f"{ns / 1e6:.2f} ms"


def _times(ratio: float | None) -> str:
    return "-" if ratio is None else f"{ratio:.2f}\u00d7"


def table(rows: list[dict[str, Any]]) -> str:
    """The ratio table: language x format x op."""
    head = (
        f"{'language':<11}{'format':<19}{'op':<7}{'generated':>11}{'baseline':>11}{'gen/base':>9}"
        f"{'IQR':>6}{'HMAC':>10}{'gen/HMAC':>9}{'JWT lib':>11}{'gen/JWT':>9}{'goal':>6}  library"
    )
    lines = [head, "-" * len(head)]
    for row in rows:
        library = row["jwt_library"] or ""
        spread = "-" if row["baseline_spread"] is None else f"{row['baseline_spread']:.0%}"
        goal = {True: "met", False: "no", None: "-"}[row["meets_goal"]]
        lines.append(
            f"{row['language']:<11}{row['format']:<19}{row['op']:<7}"
            f"{_time(row['generated_ns']):>11}{_time(row['baseline_ns']):>11}"
            f"{_times(row['generated_over_baseline']):>9}{spread:>6}{_time(row['hmac_ns']):>10}"
            f"{_times(row['generated_over_hmac']):>9}{_time(row['jwt_ns']):>11}"
            f"{_times(row['generated_over_jwt']):>9}{goal:>6}  {library}"
        )
    return "\n".join(lines)


def line_table(counts: dict[str, dict[str, int | None]], live: set[str]) -> tuple[str, list[Any]]:
    """Lines per published file (format x language), with the goals; and the same as JSON."""
    langs = list(counts)
    formats = sorted({fmt for per_lang in counts.values() for fmt in per_lang})
    formats.sort(key=lambda fmt: (fmt not in FORMATS, FORMATS.index(fmt) if fmt in FORMATS else 0))
    lines = [f"{'format':<24}" + "".join(f"{lang:>16}" for lang in langs)]
    records = []
    for fmt in formats:
        cells = []
        for lang in langs:
            count = counts[lang].get(fmt)
            goal = LINE_GOALS.get((fmt, lang))
            met = None if count is None or goal is None else count <= goal
            records.append(
                {
                    "language": lang,
                    "format": fmt,
                    "lines": count,
                    "goal": goal,
                    "meets_goal": met,
                    "self_contained": lang in live,
                }
            )
            text = "-" if count is None else str(count)
            if goal is not None and count is not None:
                text += f" {'≤' if met else '>'}{goal}"
            cells.append(f"{text + ('' if lang in live else '*'):>16}")
        lines.append(f"{fmt:<24}" + "".join(cells))
    lines.append("goals: papermap-iframe ≤ 250 (≤ 150 in Python, TypeScript, Go), looker ≤ 450")
    if set(langs) - live:
        lines.append("* not self-contained yet: the file still leans on a shared runtime")
    return "\n".join(lines), records
