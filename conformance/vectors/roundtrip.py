"""Verify cases from the sign cases: every token the reference signed, verified as it came."""

from __future__ import annotations

from conformance.vectors.cases import Judged, SignCase, VerifyCase

TIME_CODES = frozenset({"expired", "not_yet_valid", "lifetime_too_long"})


def roundtrip_cases(signed: list[Judged]) -> list[VerifyCase]:
    """One case per successful sign case: same secret, same clock."""
    return [_roundtrip(judged) for judged in signed if judged.expected["ok"]]


def _roundtrip(judged: Judged) -> VerifyCase:
    case = judged.case
    assert isinstance(case, SignCase)
    token = judged.expected.get("token") or judged.expected["url"]
    cid = "verify/signed/" + case.id.removeprefix("sign/")
    comment = f"The token of {case.id}, verified at the time it was signed."
    return VerifyCase(cid, comment, token, case.secret, case.now, ("roundtrip", *case.flags))


def refused_roundtrips(verified: list[Judged]) -> list[str]:
    """Round trips refused for a reason other than time: the reference signs what it refuses."""
    return [
        f"{judged.case.id}: {judged.expected['error']}"
        for judged in verified
        if "roundtrip" in judged.case.flags
        and not judged.expected["ok"]
        and judged.expected["error"] not in TIME_CODES
    ]
