"""Expiry, not-before and lifetime checks with an explicit leeway.

Expired: ``exp <= now - leeway``, or ``issued_at + max_age <= now - leeway``.
Not yet valid: ``not_before > now + leeway`` or ``issued_at > now + leeway``.
Lifetime too long: ``exp - (issued_at, or now without one) > max_lifetime``.
"""

from __future__ import annotations

from .errors import LifetimeTooLong, TokenExpired, TokenNotYetValid

__all__ = ["check_times"]


def check_times(
    now: int,
    *,
    leeway: int,
    expires: int | None = None,
    issued_at: int | None = None,
    not_before: int | None = None,
    max_age: int | None = None,
    max_lifetime: int | None = None,
) -> None:
    """Apply the time rules in a fixed order: expired, not yet valid, lifetime.

    Raises:
        TokenExpired: the expiry (or ``issued_at + max_age``) has passed.
        TokenNotYetValid: ``not_before`` or ``issued_at`` is in the future.
        LifetimeTooLong: the token lives longer than ``max_lifetime``.
    """
    if expires is not None and expires <= now - leeway:
        raise TokenExpired(f"expired at {expires}, now is {now} (leeway {leeway}s)")
    if issued_at is not None and max_age is not None and issued_at + max_age <= now - leeway:
        raise TokenExpired(f"issued at {issued_at}, older than {max_age}s")
    for name, value in (("not before", not_before), ("issued at", issued_at)):
        if value is not None and value > now + leeway:
            raise TokenNotYetValid(f"{name} {value} is after now {now} (leeway {leeway}s)")
    if expires is not None and max_lifetime is not None:
        start = issued_at if issued_at is not None else now
        if expires - start > max_lifetime:
            raise LifetimeTooLong(f"lives {expires - start}s, at most {max_lifetime}s allowed")
