"""The reference verifier's answer, and what an answer proves about the signature."""

from __future__ import annotations

from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.verify import verify
from doctor.report import Verdict
from specmodel.model import Family, Format

_TIME_CODES = frozenset({ErrorCode.EXPIRED, ErrorCode.NOT_YET_VALID, ErrorCode.LIFETIME_TOO_LONG})
_CLAIM_CODES = frozenset({ErrorCode.MISSING_CLAIM, ErrorCode.INVALID_CLAIM})


def reference_verdict(fmt: Format, secret: str, token: str, now: int) -> Verdict:
    """What :func:`conformance.reference.verify` says of ``token``."""
    try:
        verify(fmt, secret, token, now)
    except EmbedsealError as error:
        return Verdict(False, error.code.value, error.detail)
    return Verdict(True)


def valid_but_for_time(verdict: Verdict) -> bool:
    """Valid, or refused only by a time rule (checked after everything else)."""
    return verdict.ok is True or verdict.error in _TIME_CODES


def past_signature(fmt: Format, verdict: Verdict) -> bool:
    """Whether the verifier got past the MAC: valid, or refused by a later check (the claims
    come after the MAC in jws and signed-url, before it in envelope)."""
    after_mac = _CLAIM_CODES if fmt.family is not Family.ENVELOPE else frozenset()
    return valid_but_for_time(verdict) or verdict.error in after_mac
