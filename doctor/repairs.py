"""Undo one suspected change and let the reference verify the result: a proof, not a guess.

A :class:`Repair` is the token (or URL) with one change undone; when the reference then
gets past the signature, the change is proven to be why the signature did not hold.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from doctor.outcome import past_signature, reference_verdict
from doctor.report import Diagnosis
from specmodel.model import Format

_PADDED = ("base64", "base64url")


@dataclass(frozen=True)
class Repair:
    """``text`` is the input with the change ``diagnosis`` names undone."""

    diagnosis: Diagnosis
    text: str


def proven(fmt: Format, repairs: Iterable[Repair], secret: str, now: int) -> Iterator[Diagnosis]:
    """The diagnoses whose repair the reference accepts up to (at least) the signature."""
    for repair in repairs:
        verdict = reference_verdict(fmt, secret, repair.text, now)
        if past_signature(fmt, verdict):
            repaired = verdict.error or "ok"
            evidence = {**repair.diagnosis.evidence, "repaired": repaired}
            summary = repair.diagnosis.summary + undone(repaired)
            yield dataclasses.replace(repair.diagnosis, summary=summary, evidence=evidence)


def undone(repaired: str) -> str:
    """The words that end a proven repair's summary (``repaired``: the verdict after it)."""
    outcome = "valid" if repaired == "ok" else f"refused only by {repaired}"
    return f"; undone, the signature holds (then {outcome})"


def fixed_padding(text: str, encoding: str) -> str:
    """``text`` with the padding ``encoding`` wants (none for base64url-nopad and hex)."""
    body = text.rstrip("=")
    return body + "=" * (-len(body) % 4) if encoding in _PADDED else body


def fixed_alphabet(text: str, encoding: str) -> str:
    """``text`` with the other base64 alphabet's two characters swapped into ``encoding``'s."""
    if encoding.startswith("base64url"):
        return text.translate(str.maketrans("+/", "-_"))
    if encoding == "base64":
        return text.translate(str.maketrans("-_", "+/"))
    return text
