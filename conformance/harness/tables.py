"""Counts behind every report: format x language, signer x verifier, timings; and a language's
status when it has no counts to show (not run, build failed)."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from conformance.harness.langrun import LanguageRun
from conformance.harness.outcome import Outcome, Result
from conformance.harness.runner import RunData

BUILD_LINES = 12  # lines of a failed build's output shown in the terminal and the summary


@dataclass
class Cell:
    """Outcome counts and time of a group of results."""

    counts: Counter[Outcome] = field(default_factory=Counter)
    unexpected: int = 0
    expected_failures: int = 0
    seconds: float = 0.0
    others: Counter[Outcome] = field(default_factory=Counter)  # not passed, not expected to
    listed_passes: int = 0  # expected to fail, but passed (the list must shrink)

    def add(self, result: Result) -> None:
        """Count one result in."""
        self.counts[result.outcome] += 1
        self.unexpected += result.unexpected
        expected = result.expected_failure and not result.unexpected
        self.expected_failures += expected
        if result.outcome is not Outcome.PASS and not expected:
            self.others[result.outcome] += 1
        self.listed_passes += result.expected_failure and result.outcome is Outcome.PASS
        self.seconds += result.seconds

    @property
    def total(self) -> int:
        """All results in the cell."""
        return sum(self.counts.values())

    def text(self) -> str:
        """e.g. ``437/437`` or ``430/437 (5 xfail, 2 fail)``: an expected failure is counted
        once, as xfail; the other notes are the outcomes nobody expected (skips too)."""
        passed = self.counts[Outcome.PASS]
        run = self.total - self.counts[Outcome.SKIP]
        notes = [f"{self.expected_failures} xfail"] if self.expected_failures else []
        notes += [f"{n} {o.value}" for o, n in sorted(self.others.items())]
        notes += [f"{self.listed_passes} listed but passed"] if self.listed_passes else []
        return f"{passed}/{run}" + (f" ({', '.join(notes)})" if notes else "")


def by_format(data: RunData) -> dict[str, dict[str, Cell]]:
    """format -> language -> cell, vector cases only."""
    table: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    for run in data.runs:
        for result in run.results:
            table[result.format][result.language].add(result)
    return table


def by_language(results: list[Result]) -> dict[str, Cell]:
    """language -> cell."""
    table: dict[str, Cell] = defaultdict(Cell)
    for result in results:
        table[result.language].add(result)
    return table


def cross_matrix(data: RunData) -> dict[str, dict[str, Cell]]:
    """signer -> verifier -> cell."""
    table: dict[str, dict[str, Cell]] = defaultdict(lambda: defaultdict(Cell))
    for result in data.cross:
        table[result.signer][result.language].add(result)
    return table


@dataclass(frozen=True)
class Timing:
    """One language's timings, in seconds."""

    build: float
    run: float
    cases: int
    noop_rtt: float
    median_rtt: float
    mean_case: float
    mean_rtt: float

    @property
    def harness_overhead(self) -> float:
        """Mean harness-side time per case beyond the round trip (judging, bookkeeping)."""
        return max(self.mean_case - self.mean_rtt, 0.0)


def timings(data: RunData) -> dict[str, Timing]:
    """language -> timing of its vector cases."""
    out = {}
    for run in data.runs:
        served = [r for r in run.results if r.rtt > 0]
        rtts = [r.rtt for r in served] or [0.0]
        cases = [r.seconds for r in served] or [0.0]
        out[run.language] = Timing(
            run.build_seconds,
            run.run_seconds,
            len(served),
            run.noop_rtt,
            statistics.median(rtts),
            statistics.fmean(cases),
            statistics.fmean(rtts),
        )
    return out


def unexpected(data: RunData) -> list[Result]:
    """Every result that makes the run fail."""
    return [result for result in data.results() if result.unexpected]


def status(run: LanguageRun) -> str:
    """What a language's cells say instead of counts: "not run", "build failed", or ""."""
    if run.not_run:
        return "not run"
    return "build failed" if run.build_log else ""


def build_lines(run: LanguageRun, limit: int = BUILD_LINES) -> list[str]:
    """The first lines a failed build printed (the compiler's), without the command echoes."""
    lines = [line for line in run.build_log.splitlines() if line.strip()]
    output = [line for line in lines if not line.startswith("$ ")]
    shown = output[:limit]
    more = len(output) - len(shown)
    return shown + ([f"[... {more} more lines in the reports]"] if more > 0 else [])
