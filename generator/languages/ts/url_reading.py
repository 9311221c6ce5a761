"""A signed URL read back by ``verify``: its base URL matched, its query's parameters named,
and each received text turned back into its value."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.ir.enums import Kind, TextForm

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, UrlPartIR


def raw_base_fields(f: FormatIR) -> list[FieldIR]:
    """Fields placed raw in the base URL: refused when they hold '?' or '#'."""
    return [p.field for p in f.url_base if p.field is not None and not p.percent]


def _regex_escape(text: str) -> str:
    return re.sub(r"([\\^$.|?*+()\[\]{}/])", r"\\\1", text)


def base_pattern(parts: tuple[UrlPartIR, ...]) -> str:
    """``/^https:\\/\\/(.*?)\\/embed$/s``: the base URL, a lazy group per placeholder."""
    body = "".join(_regex_escape(p.literal) if p.literal is not None else "(.*?)" for p in parts)
    return f"/^{body}$/s"


def received_claim(f: FormatIR, x: FieldIR, text: str, encode: TextForm) -> str:
    """A received field's value from its text: JSON parsed, integers and booleans read."""
    if encode == TextForm.JSON:
        return f"parse({text}, {x.wire_literal})"
    # A union never travels as a signed URL's text (specmodel.checks: "true" is ambiguous).
    assert x.shape.kind is not Kind.UNION, f"{f.name}: a union read back from plain text"
    if x.shape.is_integer:
        return f"integerText({text}, {x.wire_literal})"
    if x.shape.kind is Kind.BOOLEAN:
        return f"booleanText({text}, {x.wire_literal})"
    return text


def base_field_local(f: FormatIR, x: FieldIR) -> str:
    """The local holding a base-URL field's text as received (``…Raw`` when %-encoded)."""
    percent = any(p.field is x and p.percent for p in f.url_base)
    return f"{x.ident}Raw" if percent else f"{x.ident}Text"


def query_fields(f: FormatIR) -> list[tuple[FieldIR, TextForm]]:
    """The fields the query carries, in order, with how each is written."""
    return [(q.field, q.encode) for q in f.url_query if q.field is not None]


def query_names(f: FormatIR) -> str:
    """The query parameters' names, in order, as an array literal (a map's are its keys')."""
    return "[" + ", ".join(q.name_literal for q in f.named_params) + "]"


def signature_param(f: FormatIR) -> str:
    """The name of the query parameter carrying the signature."""
    return next(q.name for q in f.url_query if q.value is not None and q.value.value == "signature")


def boolean_from_text(f: FormatIR) -> bool:
    """Whether a signed URL carries a boolean as plain text."""
    texts = [x for x, encode in query_fields(f) if encode == TextForm.TEXT]
    texts += [p.field for p in f.url_base if p.field is not None]
    return any(x.shape.kind is Kind.BOOLEAN for x in texts)


def signed_url_claims(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The verified values of a signed URL, in the order they arrive: the base URL's fields
    (as received), then the query's (checked)."""
    found: list[tuple[str, str, bool]] = []
    for p in f.url_base:
        if p.field is not None:
            x = p.field
            checked = x.placement.value != "url"
            found.append(
                (
                    x.wire,
                    x.ident if checked else received_claim(f, x, f"{x.ident}Text", TextForm.TEXT),
                    False,
                )
            )
    for x, _ in query_fields(f):
        found.append((x.wire, x.ident, not x.required))
    return found
