"""Cross-language check: every language's signed tokens, verified by every language.

The expected answer for a token is the reference verifier's. A token signed the same by several
languages is sent once per verifier (the verifier is deterministic in token, secret and clock);
its answer then counts for every signer that produced it.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from conformance.harness.cases import Case
from conformance.harness.compare import judge
from conformance.harness.langrun import Control, LanguageRun
from conformance.harness.outcome import Outcome, Result
from conformance.harness.progress import Progress
from conformance.harness.session import GaveUp, Reply, Session
from conformance.reference import EmbedsealError, verify
from specmodel import resolve_format
from specmodel.model import Format

Job = tuple[str, str, int, str]  # format, secret, now, token


@dataclass(frozen=True)
class Signed:
    """One token a language signed for one sign case."""

    signer: str
    case: Case
    token: str


def signed_tokens(runs: list[LanguageRun], cases: list[Case]) -> dict[Job, list[Signed]]:
    """Unique verify jobs -> who signed that token for which case."""
    jobs: dict[Job, list[Signed]] = defaultdict(list)
    for run in runs:
        for case in cases:
            answer = run.signed.get(case.key)
            if case.op != "sign" or not case.expected.get("ok") or answer is None:
                continue
            token = str(answer.get("token") or answer.get("url") or "")
            jobs[(case.format, case.secret, case.now, token)].append(
                Signed(run.language, case, token)
            )
    return dict(jobs)


@cache
def _format(name: str) -> Format | None:
    try:
        fmt = resolve_format(name)
    except Exception:  # a vendor's extra vectors may have no spec here: no cross check
        return None
    return fmt if isinstance(fmt, Format) else None  # exchange formats sign nothing


def reference_answer(job: Job) -> dict[str, Any] | None:
    """What the reference verifier says about a job's token (``None``: format unknown)."""
    fmt = _format(job[0])
    if fmt is None:
        return None
    try:
        return {"ok": True, "claims": verify(fmt, job[1], job[3], job[2])}
    except EmbedsealError as error:
        return {"ok": False, "error": error.code.value}


def verify_all(
    run: LanguageRun,
    jobs: dict[Job, list[Signed]],
    expected: dict[Job, dict[str, Any]],
    progress: Progress,
    control: Control,
) -> list[Result]:
    """Results of ``run``'s verifier on every job, one per (signer, case)."""
    session, results = run.session, []
    for n, (job, signers) in enumerate(jobs.items()):
        if job not in expected:
            continue
        started = time.perf_counter()
        reply = _ask(run, session, job, n, control)
        outcome, detail, diff = _judged(expected[job], reply)
        for signed in signers:
            result = _result(run.language, signed, outcome, detail, diff, reply)
            result.seconds, result.expected = time.perf_counter() - started, expected[job]
            results.append(result)
            progress.done(result)
            control.record(result)
    return results


def _ask(
    run: LanguageRun, session: Session | None, job: Job, n: int, control: Control
) -> Reply | str:
    if session is None or run.problem or control.stopped.is_set():
        return run.problem or "skipped: not run"
    request: dict[str, Any] = {"id": f"{run.language}:cross:{n}", "op": "verify"}
    request.update(format=job[0], secret=job[1], now=job[2], token=job[3])
    try:
        return session.call(request)
    except GaveUp as error:
        run.problem = f"adapter unusable: {error}"
        return run.problem


def _judged(expected: dict[str, Any], reply: Reply | str) -> tuple[Outcome, str, str]:
    if isinstance(reply, str):
        return (Outcome.SKIP if reply.startswith("skipped") else Outcome.ERROR), reply, ""
    return judge(expected, reply)


def _result(
    verifier: str, signed: Signed, outcome: Outcome, detail: str, diff: str, reply: Reply | str
) -> Result:
    key = f"{signed.case.format}/cross/{signed.signer}/{signed.case.id.removeprefix('sign/')}"
    result = Result(verifier, signed.case.format, key, "verify", outcome, detail=detail, diff=diff)
    result.kind, result.signer = "cross", signed.signer
    if not isinstance(reply, str):
        result.rtt, result.actual = reply.seconds, reply.answer
    return result


def expectations(
    jobs: dict[Job, list[Signed]],
    answer: Callable[[Job], dict[str, Any] | None] = reference_answer,
) -> dict[Job, dict[str, Any]]:
    """The reference's answer for every job whose format the reference knows."""
    found = {job: answer(job) for job in jobs}
    return {job: value for job, value in found.items() if value is not None}
