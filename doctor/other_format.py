"""Was the token made for another format? The reference verifies it as each of the others."""

from __future__ import annotations

from collections.abc import Sequence

from doctor.causes import Cause
from doctor.locate import looks_like_url, token_from_url
from doctor.outcome import reference_verdict, valid_but_for_time
from doctor.report import Diagnosis
from specmodel.model import Family, Format


def other_format(
    fmt: Format, text: str, secret: str, now: int, others: Sequence[Format]
) -> Diagnosis | None:
    """The first other format under which the token is valid (or refused only by time)."""
    for other in others:
        if other.name == fmt.name:
            continue
        candidate = _input_for(other, text)
        if candidate is None:
            continue
        verdict = reference_verdict(other, secret, candidate, now)
        if valid_but_for_time(verdict):
            outcome = "valid" if verdict.ok else f"refused only by {verdict.error}"
            summary = (
                f"this token was made for {other.name} ({other.title}): verified as that "
                f"format with the same secret, it is {outcome}"
            )
            evidence = {"format": other.name, "verdict": verdict.error or "ok"}
            return Diagnosis(Cause.OTHER_FORMAT, summary, evidence)
    return None


def _input_for(other: Format, text: str) -> str | None:
    """What ``other``'s verifier takes: the URL for signed URLs, else the token."""
    if other.family is Family.SIGNED_URL:
        return text if looks_like_url(text) else None
    return token_from_url(other, text) if looks_like_url(text) else text
