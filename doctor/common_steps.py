"""The checks every family runs: the key first, the MAC, the claims' verdict, the times last."""

from __future__ import annotations

from collections.abc import Callable

from conformance.reference.encodings import mac, same_mac
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.sign import load_key
from doctor.causes import Cause
from doctor.report import Diagnosis
from doctor.times import time_rules
from doctor.trace import Failure, MacInput, NotRun, Skip, Trace, fail

NO_SECRET = "no secret given"
_KEY_CAUSES = {ErrorCode.INVALID_KEY: Cause.INVALID_KEY, ErrorCode.WEAK_KEY: Cause.WEAK_KEY}
_CLAIM_CAUSES = {
    ErrorCode.MISSING_CLAIM: Cause.MISSING_CLAIM,
    ErrorCode.INVALID_CLAIM: Cause.INVALID_CLAIM,
}


def check_key(trace: Trace) -> str:
    """The secret becomes key bytes as the format reads it (and is long enough)."""
    fmt = trace.fmt
    if trace.secret is None:
        raise Skip(NO_SECRET)
    try:
        trace.key = load_key(fmt, trace.secret)
    except EmbedsealError as error:
        cause = _KEY_CAUSES[error.code]
        diagnosis = Diagnosis(cause, error.detail, {"encoding": fmt.secret_encoding})
        raise Failure(error, diagnosis) from None
    minimum = f" (at least {fmt.min_key_bytes})" if fmt.min_key_bytes else ""
    return f"the secret read as {fmt.secret_encoding} gives {len(trace.key)} bytes{minimum}"


def check_mac(trace: Trace, build: Callable[[Trace], MacInput]) -> str:
    """Build the MAC input (which may find the received MAC malformed), then compare."""
    trace.mac = build(trace)
    if trace.mac.received is None:
        raise trace.mac.failure or NotRun("the signature did not decode")
    if trace.secret is None:
        raise Skip(NO_SECRET)
    if trace.key is None:
        raise NotRun("the key did not hold")
    expected = mac(trace.mac.algorithm, trace.key, trace.mac.message)
    if not same_mac(expected, trace.mac.received):
        raise fail(ErrorCode.BAD_SIGNATURE, "the signature does not match")
    return f"HMAC-{trace.mac.algorithm.upper()} over {len(trace.mac.message)} bytes matches"


def claims_verdict(trace: Trace, check: Callable[[], None]) -> str:
    """Run the reference's claim checks; a refusal names the claim."""
    try:
        check()
    except EmbedsealError as error:
        cause = _CLAIM_CAUSES.get(error.code)
        diagnosis = (
            None if cause is None else Diagnosis(cause, error.detail, {"detail": error.detail})
        )
        raise Failure(error, diagnosis) from None
    trace.claims_ok = True
    return "every declared claim is present where required and has its declared shape"


def check_times(trace: Trace) -> str:
    """The format's time rules, in the verifier's order, each with its times."""
    if not trace.claims_ok or trace.claims is None:
        raise NotRun("the claims did not hold")
    rules = time_rules(trace.fmt, trace.claims, trace.now)
    for rule in rules:
        if not rule.holds:
            raise fail(rule.code, rule.text, rule.diagnosis)
    if not rules:
        return "no time rule applies to this token"
    return "; ".join(rule.text for rule in rules)
