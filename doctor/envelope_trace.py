"""The envelope family's checks, in the order of :mod:`conformance.reference.verify`:
key → canonical decoding → JSON object → claims (with the signature member) → MAC → times."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conformance.reference import jsontext
from conformance.reference.encodings import decode_bytes
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.message import signed_string
from conformance.reference.values import check_shape, verified_claims
from doctor.common_steps import check_key, check_mac, check_times, claims_verdict
from doctor.encoding_faults import encoding_fault
from doctor.json_faults import json_object_fault
from doctor.report import Part
from doctor.trace import Failure, MacInput, NotRun, Trace, fail, run_steps
from specmodel.model import Field, Format, Source


@dataclass
class EnvelopeTrace(Trace):
    """An envelope as decoded so far: its bytes and its JSON object."""

    data: bytes | None = None
    envelope: dict[str, Any] | None = None


def trace_envelope(fmt: Format, token: str, secret: str | None, now: int) -> EnvelopeTrace:
    """Run the envelope checks on ``token``."""
    steps = (
        ("key", check_key),
        ("decoding", _decoding),
        ("json", _json),
        ("claims", _claims),
        ("signature", lambda t: check_mac(t, _mac_input)),
        ("times", check_times),
    )
    return run_steps(EnvelopeTrace(fmt, token, secret, now), steps)


def signature_carrier(fmt: Format) -> Field:
    """The member that carries the MAC."""
    return next(f for f in fmt.fields if f.source is Source.SIGNATURE)


def _decoding(trace: EnvelopeTrace) -> str:
    encoding = trace.fmt.envelope_encoding
    assert encoding is not None
    try:
        trace.data = decode_bytes(trace.token, encoding)
    except EmbedsealError as error:
        trace.parts.append(Part("token", trace.token, None, "not decodable"))
        raise Failure(error, encoding_fault(trace.token, encoding, "token")) from None
    decoded = trace.data.decode("utf-8", errors="backslashreplace")
    trace.parts.append(Part("token", trace.token, decoded, f"{len(trace.data)} bytes"))
    return f"canonical {encoding}, {len(trace.data)} bytes"


def _json(trace: EnvelopeTrace) -> str:
    if trace.data is None:
        raise NotRun("the token did not decode")
    fault = json_object_fault(trace.data, "token")
    if fault is not None:
        raise fail(ErrorCode.MALFORMED, fault.summary, fault)
    trace.envelope = jsontext.parse(trace.data)
    assert trace.envelope is not None
    carrier = signature_carrier(trace.fmt).name
    trace.claims = {k: v for k, v in trace.envelope.items() if k != carrier}
    return f"a JSON object with {len(trace.envelope)} members"


def _claims(trace: EnvelopeTrace) -> str:
    if trace.envelope is None:
        raise NotRun("the JSON object did not hold")
    fmt, envelope, carrier = trace.fmt, trace.envelope, signature_carrier(trace.fmt)

    def check() -> None:
        verified_claims(fmt.fields, envelope)
        if carrier.name not in envelope:
            raise EmbedsealError(ErrorCode.MISSING_CLAIM, f"{carrier.name} is required")
        check_shape(carrier.shape, envelope[carrier.name], carrier.name, ErrorCode.INVALID_CLAIM)

    return claims_verdict(trace, check)


def _mac_input(trace: Trace) -> MacInput:
    assert isinstance(trace, EnvelopeTrace)
    if not trace.claims_ok or trace.envelope is None:
        raise NotRun("the claims did not hold")
    fmt, carrier = trace.fmt, signature_carrier(trace.fmt)
    assert fmt.signature.message is not None
    text = trace.envelope[carrier.name]
    message = signed_string(fmt, fmt.signature.message, trace.envelope).encode("utf-8")
    try:
        received = decode_bytes(text, fmt.signature.encoding)
    except EmbedsealError as error:
        failure = Failure(error, encoding_fault(text, fmt.signature.encoding, carrier.name))
        return MacInput(message, fmt.signature.algorithm, text, None, failure)
    return MacInput(message, fmt.signature.algorithm, text, received)
