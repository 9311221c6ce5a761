"""One language's part of a run: build its adapter, serve it every chosen case, time it."""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from conformance.harness import exchange
from conformance.harness.backend import Adapter, BuildError, MissingToolError, VendorError
from conformance.harness.cases import Case
from conformance.harness.compare import judge
from conformance.harness.outcome import BAD, Outcome, Result
from conformance.harness.progress import Progress
from conformance.harness.protocol import VERSION, Hello
from conformance.harness.session import GaveUp, Session
from conformance.harness.warmup import warm_up

NOOP_SAMPLES = 200


@dataclass
class LanguageRun:
    """Everything one language produced."""

    language: str
    results: list[Result] = field(default_factory=list)
    signed: dict[str, dict[str, Any]] = field(default_factory=dict)  # sign case key -> answer
    hello: Hello | None = None
    build_seconds: float = 0.0
    warm_up_seconds: float = 0.0
    run_seconds: float = 0.0
    noop_rtt: float = 0.0  # median seconds of a no-op round trip (a `start` request)
    problem: str = ""  # why the adapter could not serve (build failure, no handshake)
    build_log: str = ""  # a failed build's output: the language ran no case
    not_run: str = ""  # the one-line reason a language was not run (its toolchain is missing)
    missing_tool: str = ""  # a build line found no such command (the runner words not_run)
    required: bool = False  # --require (or CI=true): not running is a failure
    session: Session | None = None

    @property
    def failed_requirement(self) -> bool:
        """Not run although required."""
        return bool(self.not_run) and self.required

    @property
    def ran(self) -> bool:
        """Its adapter was built and served cases (neither not run nor a failed build)."""
        return not (self.not_run or self.build_log)


@dataclass
class Control:
    """Shared between the language threads: ``--fail-fast``."""

    fail_fast: bool = False
    stopped: threading.Event = field(default_factory=threading.Event)

    def record(self, result: Result) -> None:
        """Stop everyone after the first unexpected result when failing fast."""
        if self.fail_fast and result.unexpected:
            self.stopped.set()


def run_language(
    run: LanguageRun,
    adapter: Adapter,
    session: Session,
    cases: list[Case],
    progress: Progress,
    control: Control,
) -> None:
    """Build, warm up, then every case in order (skips after the adapter gave up or fail-fast).

    A build that fails runs no case: ``run.build_log`` holds its output (one failure of the
    run, not one per case); when it found a command missing (exit 127), ``run.missing_tool``
    says which, and the caller marks the language not run instead.
    """
    run.session = session
    try:
        run.build_seconds = adapter.build().seconds
        progress.note(f"{run.language}: adapter built in {run.build_seconds:.1f} s")
    except MissingToolError as error:
        run.missing_tool = error.tool
        progress.add_total(-len(cases))
        return
    except BuildError as error:
        run.problem, run.build_log = f"build failed: {error}", str(error) or "(no output)"
        progress.note(f"{run.language}: adapter build failed")
        progress.add_total(-len(cases))
        if control.fail_fast:
            control.stopped.set()
        return
    run.warm_up_seconds = warm_up(run.language, session, cases)
    started = time.perf_counter()
    for case in cases:
        result = one_case(run, session, case, control)
        run.results.append(result)
        progress.done(result)
        control.record(result)
    run.run_seconds = time.perf_counter() - started
    run.hello = session.hello
    if not run.problem and not control.stopped.is_set():
        run.noop_rtt = noop_round_trip(session)


def one_case(run: LanguageRun, session: Session, case: Case, control: Control) -> Result:
    """Run and judge one case (or say why it was not run)."""
    base = Result(run.language, case.format, case.key, case.op, Outcome.SKIP)
    base.expected = case.expected
    if run.problem:
        base.outcome, base.detail = Outcome.ERROR, run.problem
    elif control.stopped.is_set():
        base.detail = "skipped: --fail-fast stopped the run"
    else:
        _serve(run, session, case, base)
    return base


def _serve(run: LanguageRun, session: Session, case: Case, result: Result) -> None:
    started = time.perf_counter()
    try:
        reason = unsupported(session, case)
        if reason:
            result.detail = reason
            return
        request_id = f"{run.language}:{case.key}"
        if case.exchange:
            reply, more = exchange.call(session, case, request_id)
        else:
            reply, more = session.call(case.request(request_id)), []
    except GaveUp as error:
        run.problem = result.detail = f"adapter unusable: {error}"
        result.outcome = Outcome.CRASH
        return
    except VendorError as error:
        result.outcome, result.detail = Outcome.ERROR, str(error)
        return
    if case.exchange:
        judged = judge(exchange.expected_answer(case), exchange.without_retry_after(reply))
    else:
        judged = judge(case.expected, reply)
    result.outcome, result.detail, result.diff = judged
    if more and result.outcome in (Outcome.PASS, Outcome.FAIL):
        result.outcome = Outcome.FAIL
        result.detail = "; ".join(filter(None, [result.detail, *more]))[:2000]
    result.actual, result.rtt = reply.answer, reply.seconds
    if result.outcome in BAD and result.outcome is not Outcome.FAIL:
        result.extra["stderr"] = session.stderr_text()[-2000:]
    if case.op == "sign" and reply.answer and reply.answer.get("ok") is True:
        run.signed[case.key] = reply.answer
    result.seconds = time.perf_counter() - started


def unsupported(session: Session, case: Case) -> str:
    """A skip reason when the handshake says the adapter lacks the format or the operation."""
    session.call_ready()
    hello = session.hello
    assert hello is not None
    if case.format not in hello.formats:
        return f"skipped: the adapter does not support format {case.format}"
    if case.op not in hello.operations:
        return f"skipped: the adapter does not support {case.op}"
    return ""


def noop_round_trip(session: Session) -> float:
    """Median seconds of a `start` request: the protocol's cheapest round trip."""
    times = []
    for n in range(NOOP_SAMPLES):
        reply = session.call({"id": f"noop-{n}", "op": "start", "protocol": VERSION})
        if reply.answer is None:
            return 0.0
        times.append(reply.seconds)
    return statistics.median(times)
