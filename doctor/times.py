"""The verifier's time rules one by one, each with its times and the leeway.

Same rules and order as :func:`conformance.reference.timepolicy.check_times` (a test holds
the two together): a JWS token's undeclared registered claims typed first, then expiry
(declared, then registered ``exp``), maximum age, not before and issued at (each declared,
then registered), lifetime.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from conformance.reference.errors import ErrorCode
from conformance.reference.jsontext import MAX_SAFE_INTEGER
from conformance.reference.timepolicy import expiry, expiry_label, registered_names
from doctor.causes import Cause
from doctor.report import Diagnosis, Evidence
from doctor.timefmt import duration, iso_utc, when
from specmodel.model import Format, VerifyPolicy

Claims = dict[str, Any]


@dataclass(frozen=True)
class Rule:
    """One time rule applied to one token: whether it holds, and what it compared."""

    holds: bool
    text: str
    code: ErrorCode
    diagnosis: Diagnosis


def time_rules(fmt: Format, claims: Claims, now: int) -> list[Rule]:
    """The rules the format sets and the token's claims let apply, in the verifier's order."""
    policy, registered = fmt.verify, registered_names(fmt)
    declared = {field.name for field in fmt.fields}
    rules = [*_registered_types(registered, declared, claims)]
    if not all(rule.holds for rule in rules):
        return rules  # the verifier stops there: a time that is not a number compares to nothing
    for name in _names(policy.expires, registered.get("expires")):
        instant = _instant(policy, claims, name)
        if instant is not None:
            rules += _expiry(*instant, policy.leeway, now)
    rules += _max_age(policy, claims, now)
    for role in ("not_before", "issued_at"):
        for name in _names(getattr(policy, role), registered.get(role)):
            rules += _not_before(name, policy.leeway, claims, now)
    return [*rules, *_lifetime(policy, claims, now)]


def _names(declared: str | None, registered: str | None) -> list[str]:
    return [name for name in (declared, registered) if name is not None]


def _registered_types(
    registered: dict[str, str], declared: set[str], claims: Claims
) -> Iterator[Rule]:
    """An undeclared exp, nbf or iat the token carries must be a NumericDate (RFC 7519 §2)."""
    for name in registered.values():
        if name in claims and name not in declared:
            value = claims[name]
            holds = isinstance(value, int) and not isinstance(value, bool)
            holds = holds and abs(value) <= MAX_SAFE_INTEGER
            text = f"{name} {value!r} is {'' if holds else 'not '}a NumericDate (integer seconds)"
            diagnosis = Diagnosis(Cause.INVALID_CLAIM, text, {"claim": name, "value": value})
            yield Rule(holds, text, ErrorCode.INVALID_CLAIM, diagnosis)


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


def _instant(policy: VerifyPolicy, claims: Claims, name: str) -> tuple[str, int] | None:
    """An expiry claim's name and value; for ``expires: {sum: [a, b]}``, "a + b" and the sum."""
    if name != policy.expires or policy.expires_plus is None:
        return (name, claims[name]) if name in claims else None
    value = expiry(policy, claims)
    return None if value is None else (expiry_label(policy), value)


def _expiry(name: str, value: int, leeway: int, now: int) -> list[Rule]:
    holds = not value <= now - leeway
    verb = "is after" if holds else "is not after"
    text = f"{name} {when(value, now)} {verb} now - leeway {leeway} s ({now - leeway})"
    evidence = _evidence(name, value, now, leeway)
    return [
        Rule(holds, text, ErrorCode.EXPIRED, Diagnosis(Cause.EXPIRED, f"expired: {text}", evidence))
    ]


def _max_age(policy: VerifyPolicy, claims: Claims, now: int) -> list[Rule]:
    name, leeway, age = policy.issued_at, policy.leeway, policy.max_age
    if name is None or age is None or name not in claims:
        return []
    value = claims[name]
    holds = not value + age <= now - leeway
    verb = "is after" if holds else "is not after"
    text = (
        f"{name} {when(value, now)} + max age {age} s {verb} now - leeway {leeway} s "
        f"({now - leeway})"
    )
    evidence = _evidence(name, value, now, leeway, max_age=age, age=now - value)
    summary = f"too old: issued {duration(max(now - value, 0))} ago; {text}"
    return [Rule(holds, text, ErrorCode.EXPIRED, Diagnosis(Cause.TOO_OLD, summary, evidence))]


def _not_before(name: str, leeway: int, claims: Claims, now: int) -> list[Rule]:
    if name not in claims:
        return []
    value = claims[name]
    holds = not value > now + leeway
    verb = "is not after" if holds else "is after"
    text = f"{name} {when(value, now)} {verb} now + leeway {leeway} s ({now + leeway})"
    evidence = _evidence(name, value, now, leeway, ahead=value - now)
    diagnosis = Diagnosis(Cause.NOT_YET_VALID, f"not yet valid: {text}", evidence)
    return [Rule(holds, text, ErrorCode.NOT_YET_VALID, diagnosis)]


def _lifetime(policy: VerifyPolicy, claims: Claims, now: int) -> Iterator[Rule]:
    limit = policy.max_lifetime
    instant = _instant(policy, claims, policy.expires) if policy.expires else None
    if instant is None or limit is None:
        return
    name, ends = instant
    start_name = policy.issued_at if policy.issued_at in claims else None
    start = claims[start_name] if start_name is not None else now
    lives = ends - start
    holds = not lives > limit
    since = start_name or "now"
    text = f"{name} - {since} = {lives} s ({duration(abs(lives))}), at most {limit} s"
    evidence = _evidence(
        name, ends, now, policy.leeway, start=start, lifetime=lives, max_lifetime=limit
    )
    diagnosis = Diagnosis(Cause.LIFETIME_TOO_LONG, f"lifetime too long: {text}", evidence)
    yield Rule(holds, text, ErrorCode.LIFETIME_TOO_LONG, diagnosis)
