"""Expiry, not-before and lifetime checks, with PyJWT's boundary semantics and explicit leeway.

expired: exp <= now - leeway (PyJWT), or issued_at + max_age <= now - leeway;
not yet valid: nbf > now + leeway or issued_at > now + leeway;
lifetime too long: exp - (iat, or now when the format has no iat) > max_lifetime.
"""

from __future__ import annotations

from typing import Any, NoReturn

from conformance.reference.errors import EmbedsealError, ErrorCode
from specmodel.model import VerifyPolicy


def check_times(policy: VerifyPolicy, claims: dict[str, Any], now: int) -> None:
    """Apply the policy's time rules in the fixed order: expired, not yet valid, lifetime."""
    expires = _claim(claims, policy.expires)
    issued = _claim(claims, policy.issued_at)
    not_before = _claim(claims, policy.not_before)
    leeway = policy.leeway
    if expires is not None and expires <= now - leeway:
        _fail(ErrorCode.EXPIRED, f"expired at {expires}, now {now}, leeway {leeway}s")
    if (
        issued is not None
        and policy.max_age is not None
        and issued + policy.max_age <= now - leeway
    ):
        _fail(ErrorCode.EXPIRED, f"issued at {issued}, older than {policy.max_age}s")
    for name, value in ((policy.not_before, not_before), (policy.issued_at, issued)):
        if value is not None and value > now + leeway:
            _fail(ErrorCode.NOT_YET_VALID, f"{name} {value} is after now {now} + leeway {leeway}s")
    if expires is not None and policy.max_lifetime is not None:
        start = issued if issued is not None else now
        if expires - start > policy.max_lifetime:
            _fail(
                ErrorCode.LIFETIME_TOO_LONG,
                f"lives {expires - start}s, at most {policy.max_lifetime}s",
            )


def _claim(claims: dict[str, Any], name: str | None) -> int | None:
    return None if name is None else claims.get(name)


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
