"""The diagnosis corpus: tokens signed by the reference, then changed in one known way, each
with the cause the doctor must name first (and the verifier's verdict)."""

from __future__ import annotations

from dataclasses import dataclass

from doctor.causes import Cause


@dataclass(frozen=True)
class Case:
    """One token and what the doctor must say about it.

    ``cause`` None: nothing to diagnose (the token is valid). ``secret`` None: explained
    without a secret.
    """

    id: str
    format: str
    family: str
    text: str
    secret: str | None
    now: int
    cause: Cause | None
    verdict: str  # "ok", an error code, or "unverified"


def all_cases() -> list[Case]:
    """Every family's cases."""
    from .corpus_envelope import envelope_cases
    from .corpus_jws import jws_cases
    from .corpus_url import url_cases

    return [*jws_cases(), *envelope_cases(), *url_cases()]
