"""Re-making a format's token with other claims: correctly signed, or with the old signature.

One codec per family, each built from the model; the verify cases that change claims
(tamper, drop, retype, add) use only this interface and so work for every format.
"""

from __future__ import annotations

from typing import Any, Protocol

from conformance.reference import verify
from conformance.vectors.codec_envelope import EnvelopeCodec
from conformance.vectors.codec_jws import JwsCodec
from conformance.vectors.codec_url import UrlCodec, url_signature
from specmodel.model import Family, Format

Claims = dict[str, Any]


class Codec(Protocol):
    """A baseline token taken apart into claims, and the ways to put it back together."""

    fmt: Format
    claims: Claims

    def forge(self, claims: Claims) -> str:
        """A token carrying ``claims``, correctly signed."""

    def restamp(self, claims: Claims) -> str:
        """A token carrying ``claims`` with the baseline's signature kept."""

    def covered(self) -> frozenset[str]:
        """Names of the claims the MAC covers."""

    def droppable(self) -> tuple[str, ...]:
        """Claims that a token can physically leave out."""


def codec_for(fmt: Format, key: bytes, token: str, secret: str, now: int) -> Codec:
    """The family's codec for ``token`` (a token, or the URL for signed-url formats)."""
    if fmt.family is Family.JWS:
        return JwsCodec.parse(fmt, key, token)
    if fmt.family is Family.ENVELOPE:
        return EnvelopeCodec.parse(fmt, key, token)
    return UrlCodec(fmt, key, verify(fmt, secret, token, now), url_signature(fmt, token))


__all__ = ["Claims", "Codec", "EnvelopeCodec", "JwsCodec", "UrlCodec", "codec_for"]
