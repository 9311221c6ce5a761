"""The jws family's checks, in the order of :mod:`conformance.reference.verify`:
key → 3 segments → canonical base64url → header object → alg allowed → no crit → MAC →
payload object → claims → times."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conformance.reference import jsontext
from conformance.reference.encodings import decode_bytes
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.verify import check_jws_claims
from doctor.causes import Cause
from doctor.common_steps import check_key, check_mac, check_times, claims_verdict
from doctor.encoding_faults import encoding_fault
from doctor.json_faults import json_object_fault
from doctor.report import Diagnosis, Part
from doctor.trace import Failure, MacInput, NotRun, Trace, fail, run_steps
from specmodel.model import Format, Placement

SEGMENTS = ("header", "payload", "signature")
JWS_HASH = {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}
_ENCODING = "base64url-nopad"


@dataclass
class JwsTrace(Trace):
    """A JWS as decoded so far: its segments' text and bytes, the header and payload."""

    segments: list[str] = field(default_factory=list)
    decoded: dict[str, bytes] = field(default_factory=dict)
    header: dict[str, Any] | None = None
    payload: dict[str, Any] | None = None
    algorithm_ok: bool = False


def trace_jws(fmt: Format, token: str, secret: str | None, now: int) -> JwsTrace:
    """Run the jws checks on ``token``."""
    steps = (
        ("key", check_key),
        ("segments", _segments),
        ("encoding", _encoding),
        ("header", _header),
        ("algorithm", _algorithm),
        ("critical", _critical),
        ("signature", lambda t: check_mac(t, _mac_input)),
        ("payload", _payload),
        ("claims", _claims),
        ("times", check_times),
    )
    return run_steps(JwsTrace(fmt, token, secret, now), steps)


def _segments(trace: JwsTrace) -> str:
    trace.segments = trace.token.split(".")
    count = len(trace.segments)
    if count != 3:
        detail = f"a JWS has 3 segments, this has {count}"
        summary = f"{detail} (separated by '.'): {_count_hint(count)}"
        diagnosis = Diagnosis(Cause.SEGMENT_COUNT, summary, {"count": count})
        raise fail(ErrorCode.MALFORMED, detail, diagnosis)
    return "3 segments: header.payload.signature"


def _count_hint(count: int) -> str:
    if count == 1:
        return "this is not a JWS"
    return (
        "the signature segment is missing"
        if count == 2
        else "more than one token, or a '.' too many"
    )


def _encoding(trace: JwsTrace) -> str:
    if len(trace.segments) != 3:
        raise NotRun("the segments did not hold")
    failures = []
    for name, text in zip(SEGMENTS, trace.segments, strict=True):
        try:
            trace.decoded[name] = decode_bytes(text, _ENCODING)
        except EmbedsealError as error:
            failures.append(Failure(error, encoding_fault(text, _ENCODING, name)))
        trace.parts.append(_part(name, text, trace.decoded.get(name)))
    if failures:
        raise failures[0]
    return "each segment is canonical base64url without padding"


def _part(name: str, text: str, data: bytes | None) -> Part:
    if data is None:
        return Part(name, text, None, "not decodable")
    if name == "signature":
        return Part(name, text, None, f"{len(data)} bytes")
    return Part(name, text, data.decode("utf-8", errors="backslashreplace"), f"{len(data)} bytes")


def _json_object(trace: JwsTrace, name: str) -> dict[str, Any]:
    if name not in trace.decoded:
        raise NotRun(f"the {name} segment did not decode")
    data = trace.decoded[name]
    fault = json_object_fault(data, name)
    if fault is not None:
        raise fail(ErrorCode.MALFORMED, fault.summary, fault)
    value: dict[str, Any] = jsontext.parse(data)
    return value


def _header(trace: JwsTrace) -> str:
    trace.header = _json_object(trace, "header")
    return f"a JSON object with {len(trace.header)} members"


def _algorithm(trace: JwsTrace) -> str:
    if trace.header is None:
        raise NotRun("the header did not hold")
    algorithm, allowed = trace.header.get("alg"), list(trace.fmt.verify.algorithms)
    if algorithm not in allowed:
        detail = f"alg {algorithm!r} is not in {allowed}"
        summary = f"{_alg_words(algorithm)}; this format accepts only {', '.join(allowed)}"
        diagnosis = Diagnosis(
            Cause.ALG_NOT_ALLOWED, summary, {"alg": algorithm, "allowed": allowed}
        )
        raise fail(ErrorCode.ALG_NOT_ALLOWED, detail, diagnosis)
    trace.algorithm_ok = True
    return f"alg {algorithm} is allowed"


def _alg_words(algorithm: Any) -> str:
    if algorithm is None:
        return "the header has no alg"
    if isinstance(algorithm, str) and algorithm.lower() == "none":
        return "alg 'none' means unsigned: never accepted"
    return f"alg {algorithm!r} is not allowed"


def _critical(trace: JwsTrace) -> str:
    if trace.header is None:
        raise NotRun("the header did not hold")
    if "crit" in trace.header:
        detail = "the header lists critical extensions this verifier does not support"
        evidence = {"crit": trace.header["crit"]}
        diagnosis = Diagnosis(Cause.CRIT_HEADER, f"{detail}: {trace.header['crit']!r}", evidence)
        raise fail(ErrorCode.MALFORMED, detail, diagnosis)
    return "no crit member"


def _mac_input(trace: Trace) -> MacInput:
    assert isinstance(trace, JwsTrace)
    if not trace.algorithm_ok or any(name not in trace.decoded for name in SEGMENTS[:2]):
        raise NotRun("the header, the payload or the algorithm did not hold")
    assert trace.header is not None
    message = f"{trace.segments[0]}.{trace.segments[1]}".encode("ascii")
    algorithm = JWS_HASH[trace.header["alg"]]
    return MacInput(message, algorithm, trace.segments[2], trace.decoded.get("signature"))


def _payload(trace: JwsTrace) -> str:
    trace.payload = _json_object(trace, "payload")
    header_fields = trace.fmt.placed(Placement.HEADER)
    header = trace.header or {}
    trace.claims = {
        **trace.payload,
        **{f.name: header[f.name] for f in header_fields if f.name in header},
    }
    return f"a JSON object with {len(trace.payload)} members"


def _claims(trace: JwsTrace) -> str:
    if trace.payload is None or trace.header is None:
        raise NotRun("the header or payload did not hold")
    fmt, payload, header = trace.fmt, trace.payload, trace.header

    return claims_verdict(trace, lambda: check_jws_claims(fmt, header, payload))
