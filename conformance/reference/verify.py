"""Verification, interpreted from the format's YAML model. MACs the bytes received.

Order of checks (shared by all six languages, so error codes agree):
- jws: 3 segments → each segment canonical base64url → header JSON object → alg allowed →
  no "crit" header → MAC → payload JSON object → claims in declared order → times.
- envelope: canonical decoding → JSON object → claims (incl. the signature field) → MAC → times.
- signed-url: URL matches the template → query parameters known and in order, signature last →
  canonical signature → MAC over the received text → claims → times.
"""

from __future__ import annotations

from typing import Any, NoReturn

from conformance.reference import jsontext
from conformance.reference.encodings import decode_bytes, mac, same_mac
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.message import signed_string
from conformance.reference.sign import load_key
from conformance.reference.timepolicy import check_times
from conformance.reference.urlparse import ReceivedUrl, parse_received_url
from conformance.reference.values import check_shape, verified_claims
from specmodel.model import Family, Format, Placement, Source

Claims = dict[str, Any]
_JWS_HASH = {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}


def verify(fmt: Format, secret: str, token: str, now: int) -> Claims:
    """The verified claims, or :class:`EmbedsealError` with a shared code."""
    key = load_key(fmt, secret)
    verifier = {
        Family.JWS: _verify_jws,
        Family.ENVELOPE: _verify_envelope,
        Family.SIGNED_URL: _verify_url,
    }
    claims = verifier[fmt.family](fmt, key, token)
    check_times(fmt, claims, now)
    return claims


def _verify_jws(fmt: Format, key: bytes, token: str) -> Claims:
    segments = token.split(".")
    if len(segments) != 3:
        _fail(ErrorCode.MALFORMED, f"a JWS has 3 segments, this has {len(segments)}")
    header_bytes, payload_bytes, signature = (decode_bytes(s, "base64url-nopad") for s in segments)
    header = _json_object(header_bytes, "header")
    algorithm = header.get("alg")
    if algorithm not in fmt.verify.algorithms:
        _fail(
            ErrorCode.ALG_NOT_ALLOWED, f"alg {algorithm!r} is not in {list(fmt.verify.algorithms)}"
        )
    if (
        "crit" in header
    ):  # RFC 7515 §4.1.11: no extension is understood here, so none may be critical
        _fail(
            ErrorCode.MALFORMED,
            "the header lists critical extensions this verifier does not support",
        )
    signing_input = f"{segments[0]}.{segments[1]}".encode("ascii")
    if not same_mac(mac(_JWS_HASH[algorithm], key, signing_input), signature):
        _fail(ErrorCode.BAD_SIGNATURE, "the signature does not match")
    payload = _json_object(payload_bytes, "payload")
    check_jws_claims(fmt, header, payload)
    header_fields = fmt.placed(Placement.HEADER)
    return {**payload, **{f.name: header[f.name] for f in header_fields if f.name in header}}


def check_jws_claims(fmt: Format, header: Claims, payload: Claims) -> None:
    """The payload's claims, then the header's (mirrored copies too), then each mirrored
    value the same in both: the order every language checks them in (the doctor too)."""
    verified_claims(fmt.placed(Placement.PAYLOAD), payload)
    verified_claims(fmt.header_members, header)
    for f in fmt.fields:
        if f.also_in_header and header[f.name] != payload[f.name]:
            _fail(ErrorCode.INVALID_CLAIM, f"{f.name} in the header differs from the payload's")


def _json_object(data: bytes, what: str) -> Claims:
    value = jsontext.parse(data)
    if not isinstance(value, dict):
        _fail(ErrorCode.MALFORMED, f"the {what} is not a JSON object")
    return value


def _verify_envelope(fmt: Format, key: bytes, token: str) -> Claims:
    assert fmt.envelope_encoding is not None and fmt.signature.message is not None
    envelope = _json_object(decode_bytes(token, fmt.envelope_encoding), "token")
    carrier = next(f for f in fmt.fields if f.source is Source.SIGNATURE)
    verified_claims(fmt.fields, envelope)
    if carrier.name not in envelope:
        _fail(ErrorCode.MISSING_CLAIM, f"{carrier.name} is required")
    check_shape(carrier.shape, envelope[carrier.name], carrier.name, ErrorCode.INVALID_CLAIM)
    received = decode_bytes(envelope[carrier.name], fmt.signature.encoding)
    message = signed_string(fmt, fmt.signature.message, envelope)
    if not same_mac(mac(fmt.signature.algorithm, key, message.encode("utf-8")), received):
        _fail(ErrorCode.BAD_SIGNATURE, "the signature does not match")
    return {name: value for name, value in envelope.items() if name != carrier.name}


def _verify_url(fmt: Format, key: bytes, url: str) -> Claims:
    received: ReceivedUrl = parse_received_url(fmt, url)
    signature = decode_bytes(received.signature, fmt.signature.encoding)
    expected = mac(fmt.signature.algorithm, key, received.signed_text.encode("utf-8"))
    if not same_mac(expected, signature):
        _fail(ErrorCode.BAD_SIGNATURE, "the signature does not match")
    claims = received.claims()
    verified_claims(fmt.fields, claims)
    return claims


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
