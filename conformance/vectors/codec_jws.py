"""The JWS codec: header literals kept, payload (and header-placed claims) re-encoded."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from conformance.vectors import wire
from specmodel.model import Format, Placement

Claims = dict[str, Any]


@dataclass
class JwsCodec:
    """Header literals kept; payload (and header-placed claims) re-encoded with the profile."""

    fmt: Format
    key: bytes
    header: Claims
    claims: Claims
    signature: str

    @classmethod
    def parse(cls, fmt: Format, key: bytes, token: str) -> JwsCodec:
        """Split a canonical JWS made by the reference."""
        header_text, payload_text, signature = token.split(".")
        header = wire.parse_json(wire.decode_any(header_text, "base64url-nopad"))
        payload = wire.parse_json(wire.decode_any(payload_text, "base64url-nopad"))
        return cls(fmt, key, header, {**payload, **cls._header_claims(fmt, header)}, signature)

    @staticmethod
    def _header_claims(fmt: Format, header: Claims) -> Claims:
        return {f.name: header[f.name] for f in fmt.placed(Placement.HEADER) if f.name in header}

    def parts(self, claims: Claims) -> tuple[Claims, Claims]:
        """The header and payload objects carrying ``claims`` (a mirrored claim in both)."""
        in_header = {f.name for f in self.fmt.header_members}
        only_header = {f.name for f in self.fmt.placed(Placement.HEADER)}
        # A header claim left out of ``claims`` leaves the header too (in place otherwise).
        kept = {
            k: claims.get(k, v) for k, v in self.header.items() if k not in in_header or k in claims
        }
        header = {**kept, **{k: v for k, v in claims.items() if k in in_header}}
        return header, {k: v for k, v in claims.items() if k not in only_header}

    def encoded(self, part: Claims) -> bytes:
        """A header or payload object as the format writes its JSON."""
        return wire.json_text(part, self.fmt).encode("utf-8")

    def signing_input(self, claims: Claims) -> str:
        """``header.payload`` for these claims."""
        return ".".join(wire.b64url(self.encoded(part)) for part in self.parts(claims))

    def forge(self, claims: Claims) -> str:
        """Correctly signed with the format's algorithm."""
        text = self.signing_input(claims)
        return f"{text}.{wire.jws_mac(text, self.key, self.fmt.jws_algorithm)}"

    def restamp(self, claims: Claims) -> str:
        """The baseline's signature on a new signing input."""
        return f"{self.signing_input(claims)}.{self.signature}"

    def covered(self) -> frozenset[str]:
        """A JWS MAC covers every claim (declared or not)."""
        declared = (f.name for f in self.fmt.fields if f.placement is not Placement.URL)
        return frozenset(self.claims).union(declared)

    def droppable(self) -> tuple[str, ...]:
        """Every claim can be left out of a JWS."""
        return tuple(self.claims)
