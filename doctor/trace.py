"""Running a family's checks in the verifier's order and recording what each one found.

A check is a function of the :class:`Trace` that returns what held, or raises
:class:`Failure` (the reference's error, with the doctor's diagnosis), :class:`Skip` (no
secret) or :class:`NotRun` (an earlier check it needs did not hold). The first failure is the
verdict, as in the verifier; the checks after it still run where they can, for information.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from conformance.reference.errors import EmbedsealError, ErrorCode
from doctor.report import Check, Diagnosis, Part, Status
from specmodel.model import Format


class Failure(Exception):  # noqa: N818 - a check outcome, like Skip and NotRun
    """A check failed with the reference's error; the diagnoses say how, when known."""

    def __init__(self, error: EmbedsealError, *diagnoses: Diagnosis | None) -> None:
        super().__init__(error.detail)
        self.error = error
        self.diagnoses = tuple(d for d in diagnoses if d is not None)


class Skip(Exception):  # noqa: N818 - a check outcome, like Failure
    """The check needs the secret, and none was given."""


class NotRun(Exception):  # noqa: N818
    """The check needs something an earlier check did not produce."""


def fail(code: ErrorCode, detail: str, *diagnoses: Diagnosis | None) -> Failure:
    """A :class:`Failure` with a fresh reference error (for raising)."""
    return Failure(EmbedsealError(code, detail), *diagnoses)


@dataclass
class MacInput:
    """What the verifier MACs and compares: the message, the hash, and the MAC received.

    ``received`` is None when the MAC's text is not canonical; ``failure`` then says why
    (None when an earlier check already reported it).
    """

    message: bytes
    algorithm: str
    received_text: str
    received: bytes | None
    failure: Failure | None = None


@dataclass
class Found:
    """A diagnosis, and whether a check after the verdict found it."""

    diagnosis: Diagnosis
    after_verdict: bool


@dataclass
class Trace:
    """The token as the checks decode it, shared by all families (subclassed per family)."""

    fmt: Format
    token: str
    secret: str | None
    now: int
    key: bytes | None = None
    parts: list[Part] = field(default_factory=list)
    claims: dict[str, Any] | None = None
    claims_ok: bool = False
    mac: MacInput | None = None
    checks: list[Check] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)

    @property
    def failure(self) -> Check | None:
        """The check that decided the verdict (the first that failed)."""
        return next((c for c in self.checks if c.status is Status.FAILED), None)


T = TypeVar("T", bound=Trace)
Step = tuple[str, Callable[[T], str]]


def run_steps(trace: T, steps: Sequence[tuple[str, Callable[[T], str]]]) -> T:
    """Run every step in order, recording a :class:`Check` (and any diagnosis) for each."""
    for name, step in steps:
        after = trace.failure is not None
        trace.checks.append(_run_one(trace, name, step, after))
    return trace


def _run_one(trace: T, name: str, step: Callable[[T], str], after: bool) -> Check:
    try:
        return Check(name, Status.HELD, _held(trace, step), after_verdict=after)
    except Failure as failure:
        trace.found.extend(Found(diagnosis, after) for diagnosis in failure.diagnoses)
        error = failure.error
        return Check(name, Status.FAILED, error.detail, error.code.value, after)
    except Skip as skip:
        return Check(name, Status.SKIPPED, str(skip), after_verdict=after)
    except NotRun as reason:
        return Check(name, Status.NOT_RUN, str(reason), after_verdict=after)


def _held(trace: T, step: Callable[[T], str]) -> str:
    """The step's account of what held; a bare reference error becomes a :class:`Failure`."""
    try:
        return step(trace)
    except EmbedsealError as error:
        raise Failure(error) from None
