"""What the doctor finds, as plain data: the CLI prints it, ``--json`` dumps it.

Every value is JSON (strings, integers, booleans, lists, objects), so a second
implementation (the browser inspector) can produce and compare the same report.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from doctor.causes import Cause

Evidence = dict[str, Any]


class Status(StrEnum):
    """The outcome of one verifier check."""

    HELD = "held"
    FAILED = "failed"
    SKIPPED = "skipped"  # could not run for want of a secret
    NOT_RUN = "not-run"  # an earlier check it needs did not hold


@dataclass(frozen=True)
class Diagnosis:
    """A cause, a sentence saying it, and the evidence (offsets, bytes, times, names)."""

    cause: Cause
    summary: str
    evidence: Evidence = field(default_factory=dict)


@dataclass(frozen=True)
class Check:
    """One verifier check, in the verifier's order.

    ``after_verdict``: an earlier check already decided the verdict; the verifier would have
    stopped there, and this one ran for information only.
    """

    name: str
    status: Status
    detail: str
    error: str | None = None
    after_verdict: bool = False


@dataclass(frozen=True)
class Part:
    """One piece of the token as received (a segment, a member, a URL parameter)."""

    name: str
    text: str
    decoded: str | None = None
    note: str = ""


@dataclass(frozen=True)
class FieldView:
    """A field's received value; times also as ISO 8601 UTC and relative to ``now``."""

    name: str
    value: Any
    iso: str | None = None
    relative: str | None = None
    signed: bool = True


@dataclass(frozen=True)
class SigningInput:
    """The exact bytes the verifier MACs, escaped, and the MACs (the computed one only as a
    short prefix, so that it is never disclosed)."""

    algorithm: str
    length: int
    escaped: str
    received_mac: str
    expected_prefix: str | None = None
    matches: bool | None = None


@dataclass(frozen=True)
class LintNote:
    """A lint finding of the format, said of this token."""

    risk: str
    severity: str
    message: str
    reason: str = ""


@dataclass(frozen=True)
class Verdict:
    """``ok`` is True (valid), False (refused with ``error``) or None (no secret: unverified)."""

    ok: bool | None
    error: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class Report:
    """Everything ``explain`` says about one token."""

    format: str
    family: str
    now: int
    verdict: Verdict
    parts: tuple[Part, ...] = ()
    fields: tuple[FieldView, ...] = ()
    checks: tuple[Check, ...] = ()
    signing_input: SigningInput | None = None
    diagnoses: tuple[Diagnosis, ...] = ()
    lint: tuple[LintNote, ...] = ()

    @property
    def causes(self) -> tuple[Cause, ...]:
        """The cause codes, most telling first."""
        return tuple(d.cause for d in self.diagnoses)

    def as_json(self) -> dict[str, Any]:
        """The report as one JSON object (enums as their string values)."""
        plain: dict[str, Any] = _plain(asdict(self))
        return plain


def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
