"""Reading a signed URL back: match the template, split the query, keep the received text.

The MAC is computed over the text as received, never over a re-serialization of
the parsed values.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ._encoding import percent_decode, percent_encode
from ._json_parser import parse_json
from .errors import InvalidClaim, MalformedToken

__all__ = ["MessagePart", "QueryParam", "ReceivedUrl", "TemplatePart", "parse_signed_url"]

_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")


class TemplatePart(NamedTuple):
    """A literal piece of a URL template, or a field placeholder (raw or %-encoded)."""

    literal: str = ""
    field: str | None = None
    percent: bool = False


class QueryParam(NamedTuple):
    """A query parameter: a field's value (``text`` or ``json``), or the signature."""

    name: str
    field: str | None = None
    encode: str = "text"
    signature: bool = False


class MessagePart(NamedTuple):
    """One piece of a signed string: ``prefix`` + the text of ``field`` (text, json or percent)."""

    field: str
    prefix: str = ""
    encode: str = "text"


@dataclass
class _Received:
    raw: str
    text: str
    encode: str


@dataclass
class ReceivedUrl:
    """A parsed signed URL: each field's received text, the signature and the raw query."""

    fields: dict[str, _Received] = field(default_factory=dict)
    raw_query: str = ""
    signature: str = ""

    def signed_text(self, parts: Sequence[MessagePart], join: str, *, safe: str, space: str) -> str:
        """The signed string rebuilt from the received text of each part's field."""
        pieces = []
        for part in parts:
            got = self.fields.get(part.field)
            if got is None:
                continue
            if part.encode == "percent":
                text = got.raw if got.encode == "percent" else percent_encode(got.text, safe, space)
            else:
                text = got.text
            pieces.append(part.prefix + text)
        return join.join(pieces)

    def signed_query(self) -> str:
        """The raw query without its last (signature) parameter."""
        return self.raw_query.rsplit("&", 1)[0] if "&" in self.raw_query else ""

    def value(self, name: str, kind: str) -> Any:
        """A received field's value: JSON parsed, integers and booleans read, else the text.

        Raises:
            MalformedToken: a JSON value is not strict JSON.
            InvalidClaim: an integer or boolean is not spelled canonically.
        """
        got = self.fields[name]
        if got.encode == "json":
            return parse_json(got.text)
        if kind in ("integer", "unix-time"):
            if not _INTEGER.fullmatch(got.text) or got.text == "-0":
                raise InvalidClaim(f"{name}: not an integer")
            return int(got.text)
        if kind == "boolean":
            if got.text not in ("true", "false"):
                raise InvalidClaim(f"{name}: not true or false")
            return got.text == "true"
        return got.text


def parse_signed_url(
    url: str, base: Sequence[TemplatePart], query: Sequence[QueryParam]
) -> ReceivedUrl:
    """Split ``url`` by the format's template and query parameters.

    Raises:
        MalformedToken: the URL does not match the template; a query parameter
            is unknown, repeated, out of order or without ``=``; the signature
            parameter is not last; a %-escape is invalid.
    """
    base_text, _, query_text = url.split("#", 1)[0].partition("?")
    received = ReceivedUrl()
    pattern = "".join("(.*?)" if p.field is not None else re.escape(p.literal) for p in base)
    match = re.fullmatch(pattern, base_text, flags=re.DOTALL)
    if match is None:
        raise MalformedToken("the URL does not match the format's base URL")
    placeholders = [p for p in base if p.field is not None]
    for part, raw in zip(placeholders, match.groups(), strict=True):
        assert part.field is not None
        text = percent_decode(raw, plus_is_space=False) if part.percent else raw
        received.fields[part.field] = _Received(raw, text, "percent" if part.percent else "text")
    pairs = [_pair(item) for item in query_text.split("&")] if query_text else []
    position = 0
    for name, raw in pairs:
        while position < len(query) and query[position].name != name:
            position += 1
        if position == len(query):
            raise MalformedToken(f"unexpected, repeated or out-of-order query parameter {name!r}")
        param = query[position]
        position += 1
        if param.signature:
            received.signature = percent_decode(raw, plus_is_space=False)
        elif param.field is not None:
            text = percent_decode(raw, plus_is_space=False)
            received.fields[param.field] = _Received(raw, text, param.encode)
    if not pairs or query[-1].name != pairs[-1][0]:
        raise MalformedToken("the URL does not end with its signature parameter")
    received.raw_query = query_text
    return received


def _pair(item: str) -> tuple[str, str]:
    name, equals, raw = item.partition("=")
    if not equals:
        raise MalformedToken("a query item has no '='")
    return percent_decode(name, plus_is_space=False), raw
