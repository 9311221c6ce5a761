"""The verifier's time rules one by one, each with its times and the leeway.

Same rules and order as :func:`conformance.reference.timepolicy.check_times` (a test holds
the two together): expiry, maximum age, not before, issued at, lifetime.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from conformance.reference.errors import ErrorCode
from doctor.causes import Cause
from doctor.report import Diagnosis, Evidence
from doctor.timefmt import duration, iso_utc, when
from specmodel.model import VerifyPolicy

Claims = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    """One time rule applied to one token: whether it holds, and what it compared."""

    holds: bool
    text: str
    code: ErrorCode
    diagnosis: Diagnosis


def time_rules(policy: VerifyPolicy, claims: Claims, now: int) -> list[Rule]:
    """The rules the policy sets and the token's claims let apply, in the verifier's order."""
    makers: tuple[Callable[[VerifyPolicy, Claims, int], Iterator[Rule]], ...] = (
        _expiry,
        _max_age,
        _not_before,
        _lifetime,
    )
    return [rule for maker in makers for rule in maker(policy, claims, now)]


def _evidence(name: str, value: int, now: int, leeway: int, **more: Any) -> Evidence:
    return {
        "claim": name,
        "value": value,
        "iso": iso_utc(value),
        "now": now,
        "now_iso": iso_utc(now),
        "leeway": leeway,
        **more,
    }


def _expiry(policy: VerifyPolicy, claims: Claims, now: int) -> Iterator[Rule]:
    name, leeway = policy.expires, policy.leeway
    if name is None or name not in claims:
        return
    value = claims[name]
    holds = not value <= now - leeway
    verb = "is after" if holds else "is not after"
    text = f"{name} {when(value, now)} {verb} now - leeway {leeway} s ({now - leeway})"
    summary = f"expired: {text}"
    yield Rule(
        holds,
        text,
        ErrorCode.EXPIRED,
        Diagnosis(Cause.EXPIRED, summary, _evidence(name, value, now, leeway)),
    )


def _max_age(policy: VerifyPolicy, claims: Claims, now: int) -> Iterator[Rule]:
    name, leeway, age = policy.issued_at, policy.leeway, policy.max_age
    if name is None or age is None or name not in claims:
        return
    value = claims[name]
    holds = not value + age <= now - leeway
    verb = "is after" if holds else "is not after"
    text = (
        f"{name} {when(value, now)} + max age {age} s {verb} now - leeway {leeway} s "
        f"({now - leeway})"
    )
    evidence = _evidence(name, value, now, leeway, max_age=age, age=now - value)
    summary = f"too old: issued {duration(max(now - value, 0))} ago; {text}"
    yield Rule(holds, text, ErrorCode.EXPIRED, Diagnosis(Cause.TOO_OLD, summary, evidence))


def _not_before(policy: VerifyPolicy, claims: Claims, now: int) -> Iterator[Rule]:
    leeway = policy.leeway
    for name in (policy.not_before, policy.issued_at):
        if name is None or name not in claims:
            continue
        value = claims[name]
        holds = not value > now + leeway
        verb = "is not after" if holds else "is after"
        text = f"{name} {when(value, now)} {verb} now + leeway {leeway} s ({now + leeway})"
        evidence = _evidence(name, value, now, leeway, ahead=value - now)
        diagnosis = Diagnosis(Cause.NOT_YET_VALID, f"not yet valid: {text}", evidence)
        yield Rule(holds, text, ErrorCode.NOT_YET_VALID, diagnosis)


def _lifetime(policy: VerifyPolicy, claims: Claims, now: int) -> Iterator[Rule]:
    name, limit = policy.expires, policy.max_lifetime
    if name is None or limit is None or name not in claims:
        return
    start_name = policy.issued_at if policy.issued_at in claims else None
    start = claims[start_name] if start_name is not None else now
    lives = claims[name] - start
    holds = not lives > limit
    since = start_name or "now"
    text = f"{name} - {since} = {lives} s ({duration(abs(lives))}), at most {limit} s"
    evidence = _evidence(
        name, claims[name], now, policy.leeway, start=start, lifetime=lives, max_lifetime=limit
    )
    diagnosis = Diagnosis(Cause.LIFETIME_TOO_LONG, f"lifetime too long: {text}", evidence)
    yield Rule(holds, text, ErrorCode.LIFETIME_TOO_LONG, diagnosis)
