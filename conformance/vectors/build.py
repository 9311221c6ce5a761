"""One format's vector file: cases generated from the model, judged by the reference."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conformance.reference.sign import load_key
from conformance.vectors.cases import Context, Judged, VerifyCase
from conformance.vectors.claim_cases import ClaimCases
from conformance.vectors.codecs import Codec, EnvelopeCodec, JwsCodec, UrlCodec, codec_for
from conformance.vectors.document import document
from conformance.vectors.envelope_cases import EnvelopeCases
from conformance.vectors.judge import Dispute, dispute, judge_sign, judge_verify
from conformance.vectors.jws_cases import JwsCases
from conformance.vectors.key_cases import sign_key_cases, verify_key_cases
from conformance.vectors.roundtrip import refused_roundtrips, roundtrip_cases
from conformance.vectors.sign_inputs import input_cases
from conformance.vectors.sign_values import value_cases
from conformance.vectors.sources import FormatSource
from conformance.vectors.time_cases import time_cases
from conformance.vectors.url_cases import UrlCases
from conformance.vectors.vendor_cases import vendor_sign_cases, vendor_verify_cases


@dataclass
class Built:
    """A format's vector document, with what the generator noticed on the way."""

    document: dict[str, Any]
    disputes: list[Dispute] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def build_document(source: FormatSource) -> Built:
    """Sign cases, then verify cases around the example's token, all judged."""
    ctx = Context(source.fmt, source.example)
    signed = [judge_sign(ctx.fmt, case) for case in _sign_cases(ctx)]
    baseline = signed[0].expected
    token = baseline.get("token") or baseline["url"]
    verified = [judge_verify(ctx.fmt, case) for case in _verify_cases(ctx, signed, token)]
    judged = signed + verified
    disputes = [d for d in (dispute(ctx.fmt, j) for j in judged) if d is not None]
    built = Built(document(source, signed, verified), disputes, refused_roundtrips(verified))
    built.disputes += _codec_check(ctx, token)
    return built


def _sign_cases(ctx: Context) -> list[Any]:
    return [*input_cases(ctx), *value_cases(ctx), *sign_key_cases(ctx), *vendor_sign_cases(ctx)]


def _verify_cases(ctx: Context, signed: list[Judged], token: str) -> list[VerifyCase]:
    codec = _codec(ctx, token)
    empty = ctx.verify_case(
        "verify/token/empty", "An empty token.", "", flags=("structure",), expect="malformed"
    )
    return [
        *roundtrip_cases(signed),
        *time_cases(ctx, codec, token),
        *ClaimCases(ctx, codec).all(),
        *_family_cases(ctx, codec),
        *verify_key_cases(ctx, token),
        *vendor_verify_cases(ctx),
        empty,
    ]


def _codec(ctx: Context, token: str) -> Codec:
    key = load_key(ctx.fmt, ctx.example.secret)
    return codec_for(ctx.fmt, key, token, ctx.example.secret, ctx.example.now)


def _family_cases(ctx: Context, codec: Codec) -> list[VerifyCase]:
    if isinstance(codec, JwsCodec):
        return JwsCases(ctx, codec).all()
    if isinstance(codec, EnvelopeCodec):
        return EnvelopeCases(ctx, codec).all()
    assert isinstance(codec, UrlCodec)
    return UrlCases(ctx, codec).all()


def _codec_check(ctx: Context, token: str) -> list[Dispute]:
    """The raw builders must re-make the reference's example token byte for byte."""
    codec = _codec(ctx, token)
    remade = codec.forge(codec.claims)
    if remade == token:
        return []
    return [Dispute(ctx.fmt.name, "sign/example", f"raw builder: {remade}", f"reference: {token}")]
