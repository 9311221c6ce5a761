"""The signed-url family's checks, in the order of :mod:`conformance.reference.verify`:
key → base URL matches the template → query known and in order, signature last →
canonical signature → MAC over the received text → claims → times."""

from __future__ import annotations

import re
from dataclasses import dataclass

from conformance.reference.encodings import decode_bytes, percent_decode
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.urlparse import ReceivedUrl
from conformance.reference.urlsteps import match_base, read_query, signed_text, split_url
from conformance.reference.values import verified_claims
from doctor.causes import Cause
from doctor.common_steps import check_key, check_mac, check_times, claims_verdict
from doctor.encoding_faults import encoding_fault
from doctor.json_faults import json_value_fault
from doctor.query_faults import query_faults, signature_name, split_pairs
from doctor.report import Diagnosis, Part
from doctor.trace import Failure, MacInput, NotRun, Trace, run_steps
from specmodel.model import Format


@dataclass
class UrlTrace(Trace):
    """A signed URL as read so far: the fields, the query, the signature text."""

    received: ReceivedUrl | None = None
    query_ok: bool = False


def trace_url(fmt: Format, url: str, secret: str | None, now: int) -> UrlTrace:
    """Run the signed-url checks on ``url``."""
    steps = (
        ("key", check_key),
        ("url", _base),
        ("query", _query),
        ("signature", lambda t: check_mac(t, _mac_input)),
        ("claims", _claims),
        ("times", check_times),
    )
    return run_steps(UrlTrace(fmt, url, secret, now), steps)


def template_text(fmt: Format) -> str:
    """The base URL template as the YAML writes it."""
    return "".join(
        part.literal
        if part.placeholder is None
        else "{" + part.placeholder + ("|percent" if part.percent else "") + "}"
        for part in fmt.url.base
    )


def _base(trace: UrlTrace) -> str:
    base, query = split_url(trace.token)
    trace.parts.append(Part("base", base))
    trace.parts.extend(Part(p.name, p.raw, _decoded(p.raw)) for p in split_pairs(query))
    try:
        trace.received = match_base(trace.fmt, base)
    except EmbedsealError as error:
        raise Failure(error, _base_fault(trace.fmt, base, error)) from None
    return f"matches {template_text(trace.fmt)}"


def _base_fault(fmt: Format, base: str, error: EmbedsealError) -> Diagnosis:
    """The base URL does not fit the template, or a %-encoded part of it does not decode."""
    template = template_text(fmt)
    pattern = "".join(
        re.escape(p.literal) if p.placeholder is None else "(.*?)" for p in fmt.url.base
    )
    if re.fullmatch(pattern, base, flags=re.DOTALL) is not None:
        summary = f"the base URL fits {template}, but a %-encoded part of it does not decode"
        summary += f": {error.detail}"
        return Diagnosis(Cause.URL_SYNTAX, summary, {"part": "base", "reason": error.detail})
    summary = f"the URL does not match the format's base URL {template}: received {base}"
    return Diagnosis(Cause.URL_MISMATCH, summary, {"template": template, "received": base})


def _decoded(raw: str) -> str | None:
    try:
        return percent_decode(raw, plus_is_space=False)
    except EmbedsealError:
        return None


def _query(trace: UrlTrace) -> str:
    if trace.received is None:
        raise NotRun("the base URL did not match")
    _, query = split_url(trace.token)
    try:
        read_query(trace.fmt, query, trace.received)
        signed_text(trace.fmt, trace.received)
    except EmbedsealError as error:
        raise Failure(error, *query_faults(trace.fmt, query)) from None
    trace.query_ok = True
    message = trace.fmt.signature.message
    last = f", {signature_name(trace.fmt)} last" if message and message.covers_url_text else ""
    return f"each parameter known and given once{last}"


def _mac_input(trace: Trace) -> MacInput:
    assert isinstance(trace, UrlTrace)
    if not trace.query_ok or trace.received is None:
        raise NotRun("the query did not hold")
    fmt, text = trace.fmt, trace.received.signature
    message = trace.received.signed_text.encode("utf-8")
    try:
        received = decode_bytes(text, fmt.signature.encoding)
    except EmbedsealError as error:
        fault = encoding_fault(text, fmt.signature.encoding, signature_name(fmt))
        return MacInput(message, fmt.signature.algorithm, text, None, Failure(error, fault))
    return MacInput(message, fmt.signature.algorithm, text, received)


def _claims(trace: UrlTrace) -> str:
    if not trace.query_ok or trace.received is None:
        raise NotRun("the query did not hold")
    received, fmt = trace.received, trace.fmt
    trace.claims = {name: got.text for name, got in received.fields.items()}

    def check() -> None:
        try:
            claims = received.claims()
        except EmbedsealError as error:
            if error.code is not ErrorCode.MALFORMED:
                raise
            raise Failure(error, *_json_faults(received)) from None
        trace.claims = claims
        verified_claims(fmt.fields, claims)

    return claims_verdict(trace, check)


def _json_faults(received: ReceivedUrl) -> list[Diagnosis | None]:
    return [
        json_value_fault(got.text.encode("utf-8"), name)
        for name, got in received.fields.items()
        if got.encode == "json"
    ]
