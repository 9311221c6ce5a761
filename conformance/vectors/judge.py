"""Running cases through the reference: its answers are the expected results.

When the reference's answer differs from what a case was built to test, the case keeps the
reference's answer and a :class:`Dispute` is recorded (printed by the CLI, never hidden).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from conformance.reference import EmbedsealError, sign, verify
from conformance.vectors.cases import OK, Judged, SignCase, VerifyCase
from conformance.vectors.intent import sign_intent
from conformance.vectors.randomness import random_for
from specmodel.model import Format


@dataclass(frozen=True)
class Dispute:
    """A case whose intended outcome the reference does not give."""

    format: str
    id: str
    intended: str
    reference: str

    def __str__(self) -> str:
        return (
            f"{self.format}: {self.id}: intended {self.intended}, reference says {self.reference}"
        )


class ReferenceCrash(Exception):  # noqa: N818 - names what happened, like the reference's errors
    """The reference raised something other than :class:`EmbedsealError` for a case."""

    def __init__(self, format_name: str, case_id: str, error: Exception) -> None:
        super().__init__(f"{format_name}: {case_id}: the reference crashed: {error!r}")


def judge_sign(fmt: Format, case: SignCase) -> Judged:
    """The reference's sign answer (``Signed.as_json`` or ``{ok: false, error}``)."""
    random = random_for(fmt, case.id)
    try:
        signed = sign(fmt, case.secret, copy.deepcopy(case.fields), case.now, random)
        expected = signed.as_json()
    except EmbedsealError as error:
        expected = {"ok": False, "error": error.code.value}
    except Exception as error:  # a reference bug: stop loudly, never guess an answer
        raise ReferenceCrash(fmt.name, case.id, error) from error
    return Judged(case, expected, random)


def judge_verify(fmt: Format, case: VerifyCase) -> Judged:
    """The reference's verify answer (``{ok: true, claims}`` or ``{ok: false, error}``)."""
    try:
        claims = verify(fmt, case.secret, case.token, case.now)
        expected: dict[str, Any] = {"ok": True, "claims": claims}
    except EmbedsealError as error:
        expected = {"ok": False, "error": error.code.value}
    except Exception as error:  # a reference bug: stop loudly, never guess an answer
        raise ReferenceCrash(fmt.name, case.id, error) from error
    return Judged(case, expected)


def outcome(judged: Judged) -> str:
    """``ok`` or the error code of a judged case."""
    return OK if judged.expected["ok"] else str(judged.expected["error"])


def dispute(fmt: Format, judged: Judged) -> Dispute | None:
    """A :class:`Dispute` when the case meant something the reference did not answer."""
    case = judged.case
    intended = case.expect
    if intended is None and isinstance(case, SignCase):
        intended = sign_intent(fmt, case.secret, case.fields)
    got = outcome(judged)
    if intended is not None and intended != got:
        return Dispute(fmt.name, case.id, intended, got)
    published = case.published if isinstance(case, SignCase) else None
    for name, value in (published or {}).items():
        if judged.expected.get(name) != value:  # the vendor's own answer is the judge here
            return Dispute(fmt.name, case.id, f"{name} {value!r}", repr(judged.expected.get(name)))
    return None
