"""A whole run: choose cases, run languages in parallel, cross-check, mark expected failures.

A language whose toolchain is missing (local backend) is not run: it gets a one-line reason
(:mod:`.toolchains`), no cases, no cross checks, no stale expected-failure entries. Secrets are
redacted from every result before anything reads them (:mod:`.redact`).
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.harness import crosscheck, expected, redact, toolchains
from conformance.harness.backend import Adapter, BuildError
from conformance.harness.cases import Case, load_all
from conformance.harness.containers import DockerAdapter
from conformance.harness.descriptor import AdapterSpec
from conformance.harness.dockerhost import ensure_image
from conformance.harness.langrun import Control, LanguageRun, run_language
from conformance.harness.local import LocalAdapter
from conformance.harness.outcome import Result
from conformance.harness.progress import Progress
from conformance.harness.select import choose
from conformance.harness.session import Session


@dataclass
class Options:
    """What to run and how (the CLI's arguments)."""

    backend: str
    specs: list[AdapterSpec]
    tree: Path  # the generated tree holding sdks/<lang>/
    formats: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    shard: tuple[int, int] = (1, 1)
    vectors: list[Path] = field(default_factory=list)
    fail_fast: bool = False
    offline: bool = False
    timeout: float = 10.0
    cross: bool = True
    engine: Any = None
    quiet: bool = False
    expected_folder: Path = expected.FOLDER
    required: frozenset[str] = frozenset()  # languages that must run (--require, CI=true)
    docker: str = "none"  # local backend: "none" (no engine answers) or "declined" (asked)


@dataclass
class RunData:
    """What a run produced, for the reports."""

    options: Options
    cases: list[Case]
    runs: list[LanguageRun]
    cross: list[Result]
    seconds: float
    stale: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[Case] = field(default_factory=list)  # chosen, but not sent (SKIP_REASON)

    def skipped_by_format(self) -> dict[str, int]:
        """Skipped cases per format (exchange cases with the docker backend, for now)."""
        counts: dict[str, int] = {}
        for case in self.skipped:
            counts[case.format] = counts.get(case.format, 0) + 1
        return dict(sorted(counts.items()))

    def results(self) -> list[Result]:
        """Every result, vectors first, then cross checks."""
        return [r for run in self.runs for r in run.results] + self.cross

    def not_run(self) -> list[LanguageRun]:
        """The languages that were not run (each with its one-line reason)."""
        return [run for run in self.runs if run.not_run]

    def failed_requirements(self) -> list[LanguageRun]:
        """Languages not run although ``--require`` (or ``CI=true``) asked for them."""
        return [run for run in self.runs if run.failed_requirement]

    def failed_builds(self) -> list[LanguageRun]:
        """Languages whose adapter did not build (each one failure of the run)."""
        return [run for run in self.runs if run.build_log]

    def failures(self) -> int:
        """What makes the run fail: unexpected results, failed builds, required languages."""
        builds, required = self.failed_builds(), self.failed_requirements()
        return sum(r.unexpected for r in self.results()) + len(builds) + len(required)


def adapter_for(options: Options, spec: AdapterSpec, vendor: bool = False) -> Adapter:
    """The backend's adapter for one language (Docker images are built when missing).

    ``vendor``: exchange cases will run, so a Docker adapter gets its private vendor network.
    """
    sdk = options.tree / spec.sdk
    if options.backend == "docker":
        ensure_image(options.engine, spec, options.offline)
        return DockerAdapter(options.engine, spec.image, sdk, spec.docker, spec.language, vendor)
    return LocalAdapter(sdk, spec.local)


def execute(options: Options) -> RunData:
    """Run everything and mark expected failures; the caller writes the reports."""
    started = time.perf_counter()
    cases = choose(load_all(options.vectors), options.formats, options.patterns, options.shard)
    skipped: list[Case] = []
    control = Control(options.fail_fast)
    runs = [_language_run(options, spec) for spec in options.specs]
    progress = Progress(len(cases) * sum(not r.not_run for r in runs), quiet=options.quiet)
    adapters: list[Adapter] = []
    try:
        _phase_vectors(options, runs, cases, progress, control, adapters)
        cross = _phase_cross(options, [r for r in runs if r.ran], cases, progress, control)
    finally:
        _shutdown(runs, adapters)
        progress.close()
    data = RunData(options, cases, runs, cross, time.perf_counter() - started, skipped=skipped)
    _mark_expected(data)
    redact.run_data(data)
    return data


def _language_run(options: Options, spec: AdapterSpec) -> LanguageRun:
    """A language's run, marked not run when the local backend lacks its toolchain."""
    run = LanguageRun(spec.language, required=spec.language in options.required)
    if options.backend == "local":
        needs = spec.local.requires or toolchains.NEEDS.get(spec.language, ())
        absent = toolchains.missing(needs)
        if absent:
            run.not_run = toolchains.reason(spec.language, absent, options.docker)
    return run


def _phase_vectors(
    options: Options,
    runs: list[LanguageRun],
    cases: list[Case],
    progress: Progress,
    control: Control,
    adapters: list[Adapter],
) -> None:
    def one(pair: tuple[AdapterSpec, LanguageRun]) -> None:
        spec, run = pair
        if run.not_run:
            progress.note(run.not_run)
            return
        formats = tuple(sorted({c.format for c in cases}))
        try:
            adapter = adapter_for(options, spec, vendor=any(c.exchange for c in cases))
        except BuildError as error:
            adapter = _Broken(str(error))
        adapters.append(adapter)
        session = Session(adapter, spec.language, formats, timeout=options.timeout)
        run_language(run, adapter, session, cases, progress, control)
        if run.missing_tool:
            run.not_run = toolchains.reason(spec.language, [run.missing_tool], options.docker)
            progress.note(run.not_run)
            return
        progress.note(f"{spec.language}: {len(run.results)} cases in {run.run_seconds:.1f} s")

    with ThreadPoolExecutor(max_workers=max(len(runs), 1)) as pool:
        list(pool.map(one, zip(options.specs, runs, strict=True)))


def _phase_cross(
    options: Options,
    runs: list[LanguageRun],
    cases: list[Case],
    progress: Progress,
    control: Control,
) -> list[Result]:
    if not options.cross or control.stopped.is_set():
        return []
    jobs = crosscheck.signed_tokens(runs, cases)
    answers = crosscheck.expectations(jobs)
    progress.add_total(sum(len(jobs[j]) for j in answers) * len(runs))
    with ThreadPoolExecutor(max_workers=max(len(runs), 1)) as pool:
        parts = pool.map(lambda r: crosscheck.verify_all(r, jobs, answers, progress, control), runs)
        return [result for part in parts for result in part]


def _shutdown(runs: list[LanguageRun], adapters: list[Adapter]) -> None:
    for run in runs:
        if run.session is not None:
            run.session.stop()
    for adapter in adapters:
        adapter.close()


def _mark_expected(data: RunData) -> None:
    unfiltered = not (data.options.formats or data.options.patterns) and data.options.shard[1] == 1
    for run in data.runs:
        if not run.ran:
            continue
        listed = expected.load(run.language, data.options.expected_folder)
        mine = [r for r in data.results() if r.language == run.language]
        expected.mark(mine, listed)
        if unfiltered and not data.options.fail_fast:
            data.stale[run.language] = expected.stale(listed, mine)


class _Broken(Adapter):
    """Stands in for an adapter whose image or SDK could not be prepared."""

    def __init__(self, message: str) -> None:
        self._message = message

    def build(self) -> Any:
        raise BuildError(self._message)

    def spawn(self) -> Any:
        raise BuildError(self._message)

    def close(self) -> None:
        pass
