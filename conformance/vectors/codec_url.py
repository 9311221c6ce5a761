"""The signed-URL codec: the URL rebuilt from typed claims, signature last."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from conformance.vectors import wire
from specmodel.model import Format, TemplatePart

Claims = dict[str, Any]


@dataclass
class UrlCodec:
    """The URL rebuilt from typed claims: base template, query in order, signature last."""

    fmt: Format
    key: bytes
    claims: Claims
    signature: str

    def forge(self, claims: Claims) -> str:
        """Signed over the query (or the message parts) of ``claims``."""
        return self.build(claims, wire.mac_text(self.fmt, self.key, self.message(claims)))

    def restamp(self, claims: Claims) -> str:
        """The baseline's signature kept."""
        return self.build(claims, self.signature)

    def message(self, claims: Claims) -> str:
        """What the MAC covers for these claims."""
        assert self.fmt.signature.message is not None
        if self.fmt.signature.message.query:
            return "&".join(self.pairs(claims, None))
        if self.fmt.signature.message.url:  # the URL as built, before its signature
            return f"{self.render(self.fmt.url.base, claims)}?{'&'.join(self.pairs(claims, None))}"
        return wire.parts_message(self.fmt, claims)

    def pairs(self, claims: Claims, signature: str | None) -> list[str]:
        """``name=value`` items in declared order (absent claims and signature left out)."""
        out: list[str] = []
        for param in self.fmt.url.query:
            if param.per_key:
                out += _map_pairs(param.name, claims.get(param.field or "", {}), self.fmt)
                continue
            text = signature if param.value == "signature" else None
            if param.field is not None and param.field in claims:
                text = wire.value_text(claims[param.field], param.encode, self.fmt)
            if text is not None:
                out.append(f"{wire.percent(param.name, self.fmt)}={wire.percent(text, self.fmt)}")
        return out

    def render(
        self, parts: tuple[TemplatePart, ...], claims: Claims, raw: dict[str, str] | None = None
    ) -> str:
        """A template filled from ``claims`` (``raw`` texts placed as they are)."""
        out = ""
        for part in parts:
            name = part.placeholder
            if name is None:
                out += part.literal
            elif raw is not None and name in raw:
                out += raw[name]
            else:
                text = wire.plain(claims[name])
                out += wire.percent(text, self.fmt) if part.percent else text
        return out

    def build(self, claims: Claims, signature: str, raw: dict[str, str] | None = None) -> str:
        """The whole URL: base, query with the signature, fragment (never verified)."""
        query = "&".join(self.pairs(claims, signature))
        url = f"{self.render(self.fmt.url.base, claims, raw)}?{query}"
        fragment = self.fmt.url.fragment
        return url if fragment is None else f"{url}#{self.render(fragment, claims)}"

    def covered(self) -> frozenset[str]:
        """Query fields (query messages) or the message parts' fields."""
        message = self.fmt.signature.message
        assert message is not None
        if message.covers_url_text:
            query = {p.field for p in self.fmt.url.query if p.field is not None}
            base = {p.placeholder for p in self.fmt.url.base if p.placeholder is not None}
            return frozenset(query | base) if message.url else frozenset(query)
        return frozenset(part.field for part in message.parts)

    def droppable(self) -> tuple[str, ...]:
        """Claims that travel as query parameters."""
        in_query = {p.field for p in self.fmt.url.query}
        return tuple(name for name in self.claims if name in in_query)


def _map_pairs(prefix: str, entries: dict[str, str], fmt: Format) -> list[str]:
    """A map's ``prefix + key = value`` items, sorted by encoded name as signers write them."""
    encoded = (
        (wire.percent(prefix + key, fmt), wire.percent(text, fmt)) for key, text in entries.items()
    )
    return [f"{name}={text}" for name, text in sorted(encoded)]


def url_signature(fmt: Format, url: str) -> str:
    """The signature parameter's text (percent-decoded) in a URL made by the reference."""
    name = wire.percent(next(p.name for p in fmt.url.query if p.value == "signature"), fmt)
    query = url.split("#", 1)[0].partition("?")[2]
    pairs = (item.partition("=") for item in query.split("&"))
    return unquote(next(raw for key, _, raw in pairs if key == name))
