"""The envelope codec: members in declared order, the signature member computed or kept."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from conformance.reference.encodings import encode_bytes
from conformance.vectors import wire
from specmodel.model import Format, Placement, Source

Claims = dict[str, Any]


@dataclass
class EnvelopeCodec:
    """The envelope's members in declared order, the signature member computed or kept."""

    fmt: Format
    key: bytes
    claims: Claims
    signature: Any
    carrier: str = field(default="")

    @classmethod
    def parse(cls, fmt: Format, key: bytes, token: str) -> EnvelopeCodec:
        """Decode a canonical envelope made by the reference."""
        assert fmt.envelope_encoding is not None
        envelope = wire.parse_json(wire.decode_any(token, fmt.envelope_encoding))
        carrier = next(f.name for f in fmt.fields if f.source is Source.SIGNATURE)
        claims = {k: v for k, v in envelope.items() if k != carrier}
        return cls(fmt, key, claims, envelope[carrier], carrier)

    def envelope(self, claims: Claims, signature: Any) -> Claims:
        """Declared members first, in order; then any others as given."""
        values = {**claims, self.carrier: signature}
        declared = [f.name for f in self.fmt.fields if f.placement is not Placement.URL]
        out = {name: values[name] for name in declared if name in values}
        return {**out, **{k: v for k, v in values.items() if k not in out}}

    def encode(self, members: Claims) -> str:
        """JSON with the profile, then the envelope's byte encoding."""
        assert self.fmt.envelope_encoding is not None
        data = wire.json_text(members, self.fmt).encode("utf-8")
        return encode_bytes(data, self.fmt.envelope_encoding)

    def forge(self, claims: Claims) -> str:
        """Signature computed over the message parts of ``claims``."""
        signature = wire.mac_text(self.fmt, self.key, wire.parts_message(self.fmt, claims))
        return self.encode(self.envelope(claims, signature))

    def restamp(self, claims: Claims) -> str:
        """The baseline's signature member kept."""
        return self.encode(self.envelope(claims, self.signature))

    def covered(self) -> frozenset[str]:
        """The fields named by the message parts."""
        assert self.fmt.signature.message is not None
        return frozenset(part.field for part in self.fmt.signature.message.parts)

    def droppable(self) -> tuple[str, ...]:
        """Every member can be left out of the JSON object."""
        return tuple(self.claims)
