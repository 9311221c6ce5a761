"""Turning field values into text: signed strings, query strings and embed URLs."""

from __future__ import annotations

from typing import Any

from conformance.reference import jsontext
from conformance.reference.encodings import percent_encode
from conformance.reference.errors import EmbedsealError, ErrorCode
from specmodel.model import Format, Message, TemplatePart

Values = dict[str, Any]


def value_text(value: Any, encode: str, fmt: Format) -> str:
    """A value as it is written into a message or URL: plain text, JSON text or %-encoded."""
    if encode == "json":
        return jsontext.encode(value, _profile(fmt))
    text = plain_text(value)
    return _percent(text, fmt) if encode == "percent" else text


def plain_text(value: Any) -> str:
    """Strings as they are; integers in decimal; booleans as true/false."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _profile(fmt: Format) -> jsontext.JsonProfile:
    profile = fmt.json
    return jsontext.JsonProfile(
        profile.item_separator, profile.key_separator, profile.ascii_only, profile.sort_keys
    )


def _percent(text: str, fmt: Format) -> str:
    return percent_encode(text, fmt.url.percent.safe, fmt.url.percent.space)


def signed_string(fmt: Format, message: Message, values: Values) -> str:
    """The exact text a signed-string format MACs."""
    if message.query:
        return query_string(fmt, values, signature=None)
    if message.url:  # the URL as built, before the signature is appended (no fragment)
        base = render_template(fmt.url.base, fmt, values, None, raw_forbidden="?#")
        return f"{base}?{query_string(fmt, values, signature=None)}"
    pieces = [
        part.prefix + value_text(values[part.field], part.encode, fmt)
        for part in message.parts
        if part.field in values
    ]
    return message.join.join(pieces)


def query_string(
    fmt: Format, values: Values, signature: str | None, token: str | None = None
) -> str:
    """``name=value&…`` in declared order; absent fields are left out, as is the signature
    parameter while there is no signature yet."""
    pairs = []
    for param in fmt.url.query:
        if param.per_key:
            pairs.extend(_per_key_pairs(param.name, values.get(param.field or ""), fmt))
            continue
        if param.value == "signature":
            text = signature
        elif param.value == "token":
            text = token
        else:
            assert param.field is not None
            present = param.field in values
            text = value_text(values[param.field], param.encode, fmt) if present else None
        if text is not None:
            pairs.append(f"{_percent(param.name, fmt)}={_percent(text, fmt)}")
    return "&".join(pairs)


def _per_key_pairs(prefix: str, entries: dict[str, str] | None, fmt: Format) -> list[str]:
    """A map's parameters, ``prefix + key = value``, sorted by encoded name: the one order
    every language can write alike (a Go map has none, a JS object moves integer keys)."""
    encoded = [
        (_percent(prefix + key, fmt), _percent(text, fmt)) for key, text in (entries or {}).items()
    ]
    return [f"{name}={text}" for name, text in sorted(encoded)]


def render_template(
    parts: tuple[TemplatePart, ...],
    fmt: Format,
    values: Values,
    token: str | None,
    raw_forbidden: str = "",
) -> str:
    """A URL template with its placeholders filled (raw, or %-encoded where marked).

    A raw value holding one of ``raw_forbidden`` would end the URL part early (a ``?`` or
    ``#`` in a base URL): it is refused, so every URL signed here can be read back.
    """
    out = []
    for part in parts:
        if part.placeholder is None:
            out.append(part.literal)
            continue
        text = token if part.placeholder == "token" else plain_text(_lookup(fmt, values, part))
        assert text is not None
        if not part.percent and any(char in text for char in raw_forbidden):
            raise EmbedsealError(
                ErrorCode.INVALID_INPUT, f"{part.placeholder}: '?' and '#' cannot appear here"
            )
        out.append(_percent(text, fmt) if part.percent else text)
    return "".join(out)


def _lookup(fmt: Format, values: Values, part: TemplatePart) -> Any:
    """A placeholder's value: a field's, or a nested property's (``{content.projectUuid}``)."""
    assert part.placeholder is not None
    value: Any = values
    for step in fmt.placeholder_path(part.placeholder):
        value = value[step.name]
    return value


def embed_url(fmt: Format, values: Values, token: str | None, signature: str | None) -> str:
    """The full embed URL: base, query (with token or signature), fragment."""
    url = render_template(fmt.url.base, fmt, values, token, raw_forbidden="?#")
    query = query_string(fmt, values, signature, token)
    if query:
        url += "?" + query
    if fmt.url.fragment is not None:
        url += "#" + render_template(fmt.url.fragment, fmt, values, token)
    return url
