"""Values as text: the signed string, percent-encoding, pieces joined with absent ones left out."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.ir.enums import Kind, TextForm
from generator.languages.ts.text import template_literal
from generator.languages.ts.uses import _URI_COMPONENT_SAFE, to_json

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR


def percent_body(safe: str, space: str) -> list[str]:
    """``encodeURIComponent(text)`` and the replacements that turn it into the format's rule:
    UTF-8, uppercase hex, ASCII letters and digits and ``safe`` kept, a space as ``space``."""
    keep = {c for c in safe if c.isascii() and not c.isalnum()}
    uri = set(_URI_COMPONENT_SAFE)
    steps = ["encodeURIComponent(text)"]
    escape = sorted(uri - keep)
    if escape:
        chars = "".join("\\" + c if c in "]\\^-" else c for c in escape)
        steps.append(
            f".replace(/[{chars}]/g, (char) => "
            f"`%${{char.charCodeAt(0).toString(16).toUpperCase()}}`)"
        )
    unescape = sorted(c for c in keep - uri if c != " ")
    if unescape:
        pattern = "|".join(f"%{ord(c):02X}" for c in unescape)
        steps.append(f".replace(/{pattern}/g, decodeURIComponent)")
    if " " in keep:
        steps.append('.replace(/%20/g, " ")')
    elif space == "+":
        steps.append('.replace(/%20/g, "+")')
    return steps


def plain_text(x: FieldIR, local: str) -> str:
    """A value as plain text (strings as they are, integers in decimal, true / false)."""
    return local if x.shape.kind is Kind.STRING else f"String({local})"


def percent_of(x: FieldIR, local: str, safe: str) -> str:
    """A value's plain text, percent-encoded (integers and booleans only when they must be)."""
    if x.shape.kind is Kind.BOOLEAN or (x.shape.is_integer and "-" in safe):
        return plain_text(x, local)
    return f"percent({plain_text(x, local)})"


def json_reused(f: FormatIR) -> set[str]:
    """Fields of a signed URL whose JSON text is kept in a local: the message and the query
    both carry it, or the query carries it when it is there."""
    if not f.is_signed_url:
        return set()
    in_message = {p.field.wire for p in f.message_parts if p.encode is TextForm.JSON}
    in_query = {q.field.wire for q in f.url_query if q.field and q.encode is TextForm.JSON}
    optional = {q.field.wire for q in f.url_query if q.field and q.field.may_be_absent}
    return (in_message & in_query) | (in_query & optional)


def json_local(x: FieldIR) -> str:
    """The local holding a field's JSON text (when it is computed once for two uses)."""
    return f"{x.ident}Json"


def message_piece(f: FormatIR, x: FieldIR, encode: TextForm, local: str) -> str:
    """One part's text in the signed string, from the value held by ``local``."""
    if encode is TextForm.JSON:
        return json_local(x) if x.wire in json_reused(f) else to_json(f, local)
    if encode is TextForm.PERCENT:
        return percent_of(x, local, f.percent_safe)
    return plain_text(x, local)


def joined(items: list[tuple[str, str]], join: str) -> str:
    """``items`` (expression, the local that may be undefined, or "") joined by ``join``: a
    template literal when every item is there, else the present ones of an array."""
    if all(not absent for _, absent in items):
        pieces: list[tuple[bool, str]] = []
        for i, (expr, _) in enumerate(items):
            if i:
                pieces.append((False, join))
            pieces.append((True, expr))
        return template_literal(pieces)
    elements = ", ".join(maybe(expr, absent) for expr, absent in items)
    return f"joinPresent({json.dumps(join, ensure_ascii=False)}, [{elements}])"


def maybe(expr: str, absent: str) -> str:
    """``expr``, or ``undefined`` when the local ``absent`` is undefined."""
    if not absent or expr == absent:
        return expr
    return f"{absent} === undefined ? undefined : {expr}"


def verify_message(f: FormatIR, received: dict[str, tuple[str, bool]]) -> str:
    """The signed string of a received envelope or URL: ``received`` maps a wire name to the
    expression of its checked value (envelope) or received text (URL), and whether it may be
    absent. A MAC over the URL text covers it as received, up to the last ``&``: the query
    before the signature parameter (after the base and its ``?`` when it covers the URL)."""
    if f.message_is_query or f.message_is_url:
        query = 'query.slice(0, Math.max(0, query.lastIndexOf("&")))'
        return f"href.slice(0, mark + 1) + {query}" if f.message_is_url else query
    items = []
    for part in f.message_parts:
        x = part.field
        local, optional = received[x.wire]
        if f.is_signed_url:
            if part.encode is TextForm.PERCENT:
                from_template = any(
                    p.field and p.field.wire == x.wire and p.percent for p in f.url_base
                )
                piece = f"{x.ident}Raw" if from_template else f"percent({local})"
            else:
                piece = local
        else:
            piece = message_piece(f, x, part.encode, local)
        text = template_literal([(False, part.prefix), (True, piece)])
        items.append((text, local if optional else ""))
    return joined(items, f.message_join)
