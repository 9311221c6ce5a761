"""From a trace to its diagnoses: what the checks observed, what the proofs show, ranked.

Proofs need the secret: a repair the reference verifies, a MAC that matches under another
assumption, another format that verifies the token. A refused signature that nothing
explains gets the honest generic cause, never a guess.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from conformance.reference.errors import ErrorCode
from doctor.causes import PRIORITY, PROVEN_BY_MAC, Cause
from doctor.envelope_trace import EnvelopeTrace
from doctor.jws_trace import JwsTrace
from doctor.mac_proofs import mac_proofs
from doctor.message_variants import message_variants
from doctor.milliseconds import milliseconds
from doctor.other_format import other_format
from doctor.repairs import Repair, proven, undone
from doctor.report import Check, Diagnosis, Status
from doctor.token_repairs import envelope_repairs, jws_repairs
from doctor.trace import Found, Trace
from doctor.url_repairs import url_repairs
from doctor.url_trace import UrlTrace
from specmodel.model import Format


@dataclass(frozen=True)
class Context:
    """What a diagnosis may use besides the trace."""

    text: str
    secret: str | None
    others: Sequence[Format]
    input_repairs: Sequence[Repair]


def diagnoses(trace: Trace, context: Context, observed: Iterable[Found]) -> tuple[Diagnosis, ...]:
    """Every diagnosis, the most telling first."""
    found = [*observed, *trace.found, *_times(trace)]
    if context.secret is not None and trace.failure is not None:
        proofs = list(_proofs(trace, context, context.secret))
        found = _attach(found, proofs)
    if _unexplained_signature(trace, found):
        found.append(Found(_generic(trace), after_verdict=_signature_after_verdict(trace)))
    ranked = sorted(found, key=lambda f: (f.after_verdict, PRIORITY.index(f.diagnosis.cause)))
    return tuple(f.diagnosis for f in ranked)


def _times(trace: Trace) -> Iterator[Found]:
    check = _check(trace, "times")
    if check is None or check.status is not Status.FAILED or trace.claims is None:
        return
    found = milliseconds(trace.fmt, trace.claims, trace.now)
    if found is not None:
        yield Found(found, check.after_verdict)


def _check(trace: Trace, name: str) -> Check | None:
    return next((c for c in trace.checks if c.name == name), None)


def _proofs(trace: Trace, context: Context, secret: str) -> Iterator[Diagnosis]:
    fmt, now = trace.fmt, trace.now
    yield from proven(fmt, [*context.input_repairs, *_family_repairs(trace)], secret, now)
    if trace.mac is not None and _mac_in_question(trace):
        yield from mac_proofs(fmt, trace.mac, secret, message_variants(trace))
    found = other_format(fmt, context.text, secret, now, context.others)
    if found is not None:
        yield found


def _family_repairs(trace: Trace) -> Iterator[Repair]:
    if isinstance(trace, JwsTrace):
        yield from jws_repairs(trace)
    elif isinstance(trace, EnvelopeTrace):
        yield from envelope_repairs(trace)
    elif isinstance(trace, UrlTrace):
        yield from url_repairs(trace)


def _mac_in_question(trace: Trace) -> bool:
    """The key or the MAC failed, or the MAC's text is not canonical."""
    if trace.mac is not None and trace.mac.received is None:
        return True
    return any(c.name in ("key", "signature") and c.status is Status.FAILED for c in trace.checks)


def _attach(found: list[Found], proofs: Iterable[Diagnosis]) -> list[Found]:
    """Add each proof; one that proves an observed cause completes that observation."""
    out = list(found)
    for proof in proofs:
        if any(_is_proof(f.diagnosis) and f.diagnosis.cause is proof.cause for f in out):
            continue  # proven already, another way
        index = _index_of(out, proof.cause) if "repaired" in proof.evidence else None
        if index is None:
            out.append(Found(proof, after_verdict=False))
            continue
        seen = out[index].diagnosis
        merged = dataclasses.replace(
            seen,
            summary=seen.summary + undone(proof.evidence["repaired"]),
            evidence={**seen.evidence, **proof.evidence},
        )
        out[index] = Found(merged, out[index].after_verdict)
    return out


def _is_proof(diagnosis: Diagnosis) -> bool:
    return diagnosis.cause in PROVEN_BY_MAC or "repaired" in diagnosis.evidence


def _index_of(found: list[Found], cause: Cause) -> int | None:
    return next((i for i, f in enumerate(found) if f.diagnosis.cause is cause), None)


def _bad_signature(trace: Trace) -> Check | None:
    return next((c for c in trace.checks if c.error == ErrorCode.BAD_SIGNATURE.value), None)


def _unexplained_signature(trace: Trace, found: list[Found]) -> bool:
    if _bad_signature(trace) is None:
        return False
    return not any(_is_proof(f.diagnosis) for f in found)


def _signature_after_verdict(trace: Trace) -> bool:
    check = _bad_signature(trace)
    return check is not None and check.after_verdict


def _generic(trace: Trace) -> Diagnosis:
    length = len(trace.mac.message) if trace.mac is not None else None
    summary = (
        "wrong secret or altered content: the MAC does not match, and no other reading of "
        "the secret, other hash, signature encoding, JSON spelling, parameter order or "
        "encoding, or other format makes it match. Either the secret is not the one that "
        "signed the token, or what it signed was changed afterwards"
    )
    return Diagnosis(Cause.WRONG_SECRET_OR_ALTERED, summary, {"signing_input_bytes": length})
