"""Repairs of a jws or envelope token: padding, the base64 alphabet, and (jws) the JSON bytes
the format's profile would have written."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from conformance.reference.encodings import encode_bytes
from conformance.reference.sign import jws_header, ordered_object
from doctor.causes import Cause
from doctor.envelope_trace import EnvelopeTrace
from doctor.jws_trace import JwsTrace
from doctor.repairs import Repair, fixed_alphabet, fixed_padding
from doctor.report import Diagnosis
from doctor.respacing import describe_difference, json_difference, profile_json
from specmodel.model import Format, Placement

_JWS = "base64url-nopad"
Fix = Callable[[str, str], str]


def envelope_repairs(trace: EnvelopeTrace) -> Iterator[Repair]:
    """Padding and alphabet of the whole token."""
    encoding = trace.fmt.envelope_encoding
    assert encoding is not None
    yield from _spelling(trace.token, lambda fix: fix(trace.token, encoding))


def jws_repairs(trace: JwsTrace) -> Iterator[Repair]:
    """Padding and alphabet of each segment; the header and payload as the profile writes."""
    if len(trace.segments) != 3:
        return

    def respell(fix: Fix) -> str:
        return ".".join(fix(segment, _JWS) for segment in trace.segments)

    yield from _spelling(trace.token, respell)
    yield from _profile_repairs(trace)


def _spelling(token: str, respell: Callable[[Fix], str]) -> Iterator[Repair]:
    fixes: tuple[tuple[Fix, Cause, str], ...] = (
        (fixed_padding, Cause.BAD_PADDING, "the padding"),
        (fixed_alphabet, Cause.BAD_ALPHABET, "the base64 alphabet"),
    )
    for fix, cause, what in fixes:
        text = respell(fix)
        if text != token:
            yield Repair(Diagnosis(cause, f"{what} differs from the encoding's", {}), text)


def _profile_repairs(trace: JwsTrace) -> Iterator[Repair]:
    if trace.header is None or trace.payload is None:
        return
    seen = {trace.token}
    for header, payload in _profile_variants(trace.fmt, trace.header, trace.payload):
        parts = {"header": header, "payload": payload}
        written = {name: profile_json(trace.fmt, value) for name, value in parts.items()}
        segments = [encode_bytes(written[name], _JWS) for name in ("header", "payload")]
        token = ".".join([*segments, trace.segments[2]])
        if token in seen:
            continue
        seen.add(token)
        yield Repair(_respaced(trace, written), token)


def _profile_variants(
    fmt: Format, header: dict[str, Any], payload: dict[str, Any]
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """The objects in the order received, then in the order the format declares."""
    yield header, payload
    declared_header = jws_header(fmt, header)
    declared_payload = ordered_object(fmt.placed(Placement.PAYLOAD), payload, fmt.json.sort_keys)
    if set(declared_header) == set(header) and set(declared_payload) == set(payload):
        yield declared_header, declared_payload


def _respaced(trace: JwsTrace, written: dict[str, bytes]) -> Diagnosis:
    differences = [
        json_difference(name, trace.decoded[name], written[name])
        for name in ("header", "payload")
        if trace.decoded[name] != written[name]
    ]
    summary = "the MAC was computed over the JSON the format's profile writes, but " + "; ".join(
        describe_difference(d) for d in differences
    )
    return Diagnosis(Cause.JSON_RESPACED, summary, {"differences": differences})
