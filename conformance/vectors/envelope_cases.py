"""Envelope verify cases: byte-encoding spellings, JSON faults, the signature member.

The envelope's claims are checked before its MAC (see the reference's verify order), so
most of these are refused whatever the signature; they still carry a valid one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from conformance.reference.encodings import encode_bytes
from conformance.vectors import wire
from conformance.vectors.cases import OK, Context, VerifyCase
from conformance.vectors.codecs import EnvelopeCodec
from conformance.vectors.json_faults import json_faults, with_member
from conformance.vectors.spellings import Transform, noncanonical, respell_json

MALFORMED, BAD_SIGNATURE = "malformed", "bad_signature"
MISSING_CLAIM, INVALID_CLAIM = "missing_claim", "invalid_claim"


class EnvelopeCases:
    """The cases of one envelope format, around its example token."""

    def __init__(self, ctx: Context, codec: EnvelopeCodec) -> None:
        self.ctx, self.codec = ctx, codec
        self.members = codec.envelope(codec.claims, codec.signature)
        assert ctx.fmt.envelope_encoding is not None
        self.encoding = ctx.fmt.envelope_encoding

    def all(self) -> list[VerifyCase]:
        """Every envelope-specific case, in a fixed order."""
        groups = (self.spellings, self.json, self.signature_member, self.malleable)
        return [case for group in groups for case in group()]

    def case(
        self, name: str, comment: str, token: str, expect: str | None, flag: str
    ) -> VerifyCase:
        """A case of this family (ids under ``verify/envelope/``)."""
        flags = ("envelope", flag)
        return self.ctx.verify_case(
            f"verify/envelope/{name}", comment, token, flags=flags, expect=expect
        )

    def raw(self, data: bytes) -> str:
        """``data`` in the envelope's byte encoding."""
        return encode_bytes(data, self.encoding)

    def spellings(self) -> Iterator[VerifyCase]:
        """The example envelope in each non-canonical spelling of its byte encoding."""
        for label, transform in noncanonical(self.encoding).items():
            token = self._respelled(transform)
            if token is not None:
                comment = f"Envelope text: {label}; a lenient decoder gets the same bytes."
                yield self.case(f"encoding/{label}", comment, token, MALFORMED, "encoding")

    def _respelled(self, transform: Transform) -> str | None:
        data = wire.json_text(self.members, self.ctx.fmt).encode("utf-8")
        return respell_json(data, self.raw, transform)

    def json(self) -> Iterator[VerifyCase]:
        """Faulty JSON around the example envelope."""
        data = wire.json_text(self.members, self.ctx.fmt).encode("utf-8")
        for label, fault, expect in json_faults(data):
            comment = f"Envelope JSON: {label}."
            yield self.case(f"json/{label}", comment, self.raw(fault), expect, "json")

    def signature_member(self) -> Iterator[VerifyCase]:
        """The signature member missing, mistyped, empty, cut, twice or non-canonical."""
        for label, value, expect in self._signature_rows(str(self.codec.signature)):
            token = self._with_signature(value, present=label != "missing")
            comment = f"Signature member: {label}."
            yield self.case(f"signature/{label}", comment, token, expect, "signature")
        data = wire.json_text(self.members, self.ctx.fmt).encode("utf-8")
        member = json.dumps({self.codec.carrier: self.codec.signature})[1:-1].encode("utf-8")
        twice = self.raw(with_member(data, member))
        yield self.case(
            "signature/duplicated", "The signature member twice.", twice, MALFORMED, "signature"
        )

    def _signature_rows(self, signature: str) -> list[tuple[str, Any, str]]:
        rows: list[tuple[str, Any, str]] = [
            ("missing", None, MISSING_CLAIM),
            ("integer", 1, INVALID_CLAIM),
            ("null", None, INVALID_CLAIM),
            ("empty", "", BAD_SIGNATURE),
            ("truncated", signature[:-2], BAD_SIGNATURE),
        ]
        spellings = noncanonical(self.ctx.fmt.signature.encoding).items()
        return rows + [(label, t(signature), MALFORMED) for label, t in spellings if t(signature)]

    def _with_signature(self, value: Any, present: bool) -> str:
        members = self.codec.envelope(self.codec.claims, value)
        if not present:
            members.pop(self.codec.carrier)
        return self.codec.encode(members)

    def malleable(self) -> Iterator[VerifyCase]:
        """Same members and signature, other JSON text: the MAC does not cover the bytes."""
        reordered = dict(reversed(self.members.items()))
        compact = json.dumps(self.members, separators=(",", ":"), ensure_ascii=False)
        pretty = json.dumps(self.members, indent=2, ensure_ascii=True)
        rows = (
            ("reordered", self.codec.encode(reordered)),
            ("compact", self.raw(compact.encode("utf-8"))),
            ("pretty", self.raw(pretty.encode("utf-8"))),
        )
        for label, token in rows:
            comment = f"Envelope JSON {label}, signature kept: still valid (MAC over fields)."
            yield self.case(f"malleable/{label}", comment, token, OK, "malleable")
