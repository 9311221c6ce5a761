"""A time written in milliseconds where the format counts seconds."""

from __future__ import annotations

from typing import Any

from doctor.causes import Cause
from doctor.report import Diagnosis
from doctor.timefmt import iso_utc
from doctor.times import time_rules
from specmodel.model import Format

# Unix seconds reach 10^11 in the year 5138; milliseconds passed it in 1973.
_SURELY_MILLISECONDS = 10**11


def milliseconds(fmt: Format, claims: dict[str, Any], now: int) -> Diagnosis | None:
    """The time claim that, read as milliseconds, makes every time rule hold."""
    policy = fmt.verify
    for name in (policy.expires, policy.issued_at, policy.not_before):
        value = claims.get(name) if name is not None else None
        if name is None or not isinstance(value, int) or abs(value) < _SURELY_MILLISECONDS:
            continue
        seconds = value // 1000
        if all(rule.holds for rule in time_rules(fmt, {**claims, name: seconds}, now)):
            summary = (
                f"{name} {value} is in milliseconds: read as seconds it is {seconds} "
                f"({iso_utc(seconds)}), and then every time rule holds"
            )
            evidence = {"claim": name, "value": value, "seconds": seconds, "iso": iso_utc(seconds)}
            return Diagnosis(Cause.TIME_IN_MILLISECONDS, summary, evidence)
    return None
