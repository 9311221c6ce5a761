"""The doctor's time rules, one by one, fail first exactly where the reference's
``check_times`` does, for every policy shape over a grid of times (in a JWS format, so the
registered claims the policy does not declare are checked too, typed or not)."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from conformance.reference.errors import EmbedsealError
from conformance.reference.timepolicy import check_times
from doctor.milliseconds import milliseconds
from doctor.timefmt import duration, iso_utc, relative
from doctor.times import time_rules
from specmodel import resolve_format
from specmodel.model import Format, VerifyPolicy

NOW = 1_700_000_000
POLICIES = [
    VerifyPolicy(expires="exp", issued_at="iat", max_lifetime=3600, leeway=30),
    VerifyPolicy(expires="exp", leeway=60),
    VerifyPolicy(issued_at="time", max_age=0, leeway=300),
    VerifyPolicy(issued_at="ts", max_age=518400),
    VerifyPolicy(expires="exp", not_before="nbf", issued_at="iat", max_age=600, max_lifetime=900),
    VerifyPolicy(expires="exp", max_lifetime=600, leeway=5),
]
JWS = resolve_format("embedseal-v1")
OFFSETS = (-100_000, -3601, -601, -301, -61, -31, -30, -1, 0, 1, 30, 31, 301, 601, 3601, 100_000)


def _format(policy: VerifyPolicy) -> Format:
    """A JWS format with this policy and no declared fields: every registered claim is checked."""
    return dataclasses.replace(JWS, verify=policy, fields=())


def _claims(policy: VerifyPolicy, values: tuple[int | None, ...]) -> dict[str, object]:
    names = (policy.expires or "exp", policy.issued_at or "iat", policy.not_before or "nbf")
    return {n: NOW + v for n, v in zip(names, values, strict=True) if v is not None}


def _reference(fmt: Format, claims: dict[str, object]) -> str:
    try:
        check_times(fmt, claims, NOW)
    except EmbedsealError as error:
        return error.code.value
    return "ok"


@pytest.mark.parametrize("policy", POLICIES)
def test_the_first_failing_rule_is_the_references_error(policy: VerifyPolicy) -> None:
    fmt = _format(policy)
    grid = itertools.product((*OFFSETS, None), repeat=3)
    for values in grid:
        claims = _claims(policy, values)
        failing = [r for r in time_rules(fmt, claims, NOW) if not r.holds]
        mine = failing[0].code.value if failing else "ok"
        assert mine == _reference(fmt, claims), (policy, claims)


@pytest.mark.parametrize("value", ["1700000000", 1.5, True, None, 2**53])
def test_an_undeclared_registered_claim_that_is_not_a_number_is_invalid(value: object) -> None:
    fmt = _format(POLICIES[1])
    claims = {"exp": NOW + 60, "nbf": value}
    failing = [r for r in time_rules(fmt, claims, NOW) if not r.holds]
    assert [r.code.value for r in failing] == ["invalid_claim"] == [_reference(fmt, claims)]


def test_a_time_in_milliseconds_is_named_when_seconds_make_every_rule_hold() -> None:
    fmt = _format(POLICIES[0])
    claims = {"iat": NOW, "exp": (NOW + 600) * 1000}
    found = milliseconds(fmt, claims, NOW + 60)
    assert found is not None and found.evidence["seconds"] == NOW + 600
    assert milliseconds(fmt, {"iat": NOW, "exp": (NOW + 7200) * 1000}, NOW) is None
    assert milliseconds(fmt, {"iat": NOW, "exp": NOW + 600}, NOW) is None


def test_times_read_as_iso_8601_utc_and_relative_to_now() -> None:
    assert iso_utc(NOW) == "2023-11-14T22:13:20Z"
    assert iso_utc(10**18) is None
    assert relative(NOW + 600, NOW) == "in 10 min"
    assert relative(NOW - 5400, NOW) == "1.5 h ago"
    assert relative(NOW, NOW) == "now"
    assert duration(59) == "59 s"
