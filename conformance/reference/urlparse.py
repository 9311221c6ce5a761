"""Reading a signed URL back: match the template, read the query by name, keep the text.

The MAC is computed over the text as received (never a re-serialization of parsed values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NoReturn

from conformance.reference import jsontext
from conformance.reference.encodings import percent_decode, percent_encode
from conformance.reference.errors import EmbedsealError, ErrorCode
from specmodel.model import Format, QueryParam, TemplatePart

_INTEGER = re.compile(r"-?(0|[1-9][0-9]*)")


@dataclass
class Received:
    """One field as it arrived: the raw text, the decoded text, and how it was encoded."""

    raw: str
    text: str
    encode: str  # text | json | percent (a %-encoded template placeholder)


@dataclass
class ReceivedUrl:
    """A parsed signed URL: each field's received text, the signature and the signed text."""

    fmt: Format
    fields: dict[str, Received] = field(default_factory=dict)
    maps: dict[str, dict[str, str]] = field(default_factory=dict)  # a map field's keys and text
    raw_base: str = ""
    raw_query: str = ""
    signature: str = ""
    signed_text: str = ""

    def claims(self) -> dict[str, Any]:
        """Typed values of the received fields (JSON parsed, integers and booleans read)."""
        typed = {name: _typed(self.fmt, name, got) for name, got in self.fields.items()}
        return {**typed, **self.maps}


def parse_received_url(fmt: Format, url: str) -> ReceivedUrl:
    """Split ``url`` by the format's template and query; anything unexpected is malformed."""
    base, _, query = url.split("#", 1)[0].partition("?")
    received = ReceivedUrl(fmt, raw_base=base)
    _match_template(fmt, base, received)
    _read_query(fmt, query, received)
    received.signed_text = _signed_text(fmt, received)
    return received


def _match_template(fmt: Format, base: str, received: ReceivedUrl) -> None:
    pattern = "".join(_pattern(part) for part in fmt.url.base)
    match = re.fullmatch(pattern, base, flags=re.DOTALL)
    if match is None:
        _fail("the URL does not match the format's base URL")
    names = [part for part in fmt.url.base if part.placeholder is not None]
    for part, raw in zip(names, match.groups(), strict=True):
        assert part.placeholder is not None
        text = percent_decode(raw, plus_is_space=False) if part.percent else raw
        received.fields[part.placeholder] = Received(
            raw, text, "percent" if part.percent else "text"
        )


def _pattern(part: TemplatePart) -> str:
    return re.escape(part.literal) if part.placeholder is None else "(.*?)"


def _read_query(fmt: Format, query: str, received: ReceivedUrl) -> None:
    """Each of the format's parameters at most once, in any order (a vendor's server reads them
    by name: Looker's own SDK orders them alphabetically); nothing else. When the signature
    covers the query text itself, it must come last: the text before it is what was signed."""
    pairs = [_pair(item, fmt) for item in query.split("&")] if query else []
    seen: set[str] = set()
    for name, raw in pairs:
        param = query_param(fmt, name)
        if param is None or name in seen:
            _fail(f"unexpected or repeated query parameter {name!r}")
        seen.add(name)
        text = percent_decode(raw, fmt.url.percent.plus_is_space)
        if param.per_key:
            received.maps.setdefault(param.field or "", {})[name[len(param.name) :]] = text
        elif param.value == "signature":
            received.signature = text
        elif param.field is not None:
            received.fields[param.field] = Received(raw, text, param.encode)
    signature = next(p.name for p in fmt.url.query if p.value == "signature")
    if signature not in seen:
        _fail(f"the URL has no {signature!r} parameter")
    message = fmt.signature.message
    if message is not None and message.covers_url_text and pairs[-1][0] != signature:
        _fail(f"the {signature!r} parameter must come last: the query before it is signed")
    received.raw_query = query


def query_param(fmt: Format, name: str) -> QueryParam | None:
    """The format's parameter a received (decoded) ``name`` is: a declared one, or a map's (a
    non-empty key after its prefix); None for a foreign one."""
    for param in fmt.url.query:
        if param.per_key and name.startswith(param.name) and len(name) > len(param.name):
            return param
        if not param.per_key and param.name == name:
            return param
    return None


def _pair(item: str, fmt: Format) -> tuple[str, str]:
    name, equals, raw = item.partition("=")
    if not equals:
        _fail(f"query item {item!r} has no '='")
    return percent_decode(name, fmt.url.percent.plus_is_space), raw


def _signed_text(fmt: Format, received: ReceivedUrl) -> str:
    message = fmt.signature.message
    assert message is not None
    if message.covers_url_text:
        query = received.raw_query.rsplit("&", 1)[0] if "&" in received.raw_query else ""
        return f"{received.raw_base}?{query}" if message.url else query
    pieces = []
    for part in message.parts:
        got = received.fields.get(part.field)
        if got is not None:
            pieces.append(part.prefix + _part_text(fmt, part.encode, got))
    return message.join.join(pieces)


def _part_text(fmt: Format, encode: str, got: Received) -> str:
    if encode == "percent":
        if got.encode == "percent":
            return got.raw
        return percent_encode(got.text, fmt.url.percent.safe, fmt.url.percent.space)
    return got.text


def _typed(fmt: Format, name: str, got: Received) -> Any:
    if got.encode == "json":
        return jsontext.parse(got.text)
    kind = fmt.field(name).shape.type
    if kind in ("integer", "unix-time"):
        if not _INTEGER.fullmatch(got.text) or got.text == "-0":
            raise EmbedsealError(ErrorCode.INVALID_CLAIM, f"{name}: {got.text!r} is not an integer")
        return int(got.text)
    if kind == "boolean":
        if got.text not in ("true", "false"):
            raise EmbedsealError(ErrorCode.INVALID_CLAIM, f"{name}: {got.text!r} is not true/false")
        return got.text == "true"
    return got.text


def _fail(detail: str) -> NoReturn:
    raise EmbedsealError(ErrorCode.MALFORMED, detail)
