"""Object literals: an object's members as (wire name, expression, may be absent), written
as a literal, and the JWS payload and the vendor-shaped response built of them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.languages.ts.text import access, prop
from generator.languages.ts.uses import to_json

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR


def members(
    fields: list[FieldIR] | tuple[FieldIR, ...],
    source: str | None = None,
    fixed: tuple[tuple[str, str], ...] = (),
) -> list[tuple[str, str, bool]]:
    """(wire name, expression, may be absent) of an object's members: fixed (literal) ones,
    then each field's local (or its member of ``source``)."""
    found = [(json.loads(key), value, False) for key, value in fixed]
    for x in fields:
        expr = x.ident if source is None else access(source, x.wire)
        found.append((x.wire, expr, x.may_be_absent if source is None else not x.required))
    return found


def object_members(items: list[tuple[str, str, bool]], spread: bool) -> str:
    """``a, b: c``: with ``spread``, a member that may be absent is left out when it is
    (``...(c === undefined ? {} : { b: c })``); without, an undefined member stays (the JSON
    writers leave it out)."""
    out = []
    for wire, expr, optional in items:
        key = prop(wire)
        item = expr if key == expr else f"{key}: {expr}"
        out.append(
            f"...({expr} === undefined ? {{}} : {{ {item} }})" if optional and spread else item
        )
    return ", ".join(out)


def object_literal(items: list[tuple[str, str, bool]], spread: bool = False) -> str:
    """``{ a, b: c }`` (``{}`` when empty)."""
    inner = object_members(items, spread)
    return f"{{ {inner} }}" if inner else "{}"


def payload_json(f: FormatIR) -> str:
    """The JWS payload as JSON text: the payload fields in declared order, a spread field's
    members as claims of their own in its place (``spreadClaims`` refuses a taken name).

    One object literal would list a caller's integer-like names before every declared claim,
    so the parts are written apart and joined (``joinObjects``); sorted keys need no place.
    """
    fields = f.fields_in("payload")
    spread = f.spread_field
    if spread is None:
        return to_json(f, object_literal(members(fields)))
    claims = f"spreadClaims({spread.ident}, {spread.wire_literal})"
    at = fields.index(spread)
    before, after = members(fields[:at]), members(fields[at + 1 :])
    if f.json.sort_keys:
        inner = [object_members(before, False), f"...{claims}", object_members(after, False)]
        return to_json(f, "{ " + ", ".join(part for part in inner if part) + " }")
    parts = [
        *([to_json(f, object_literal(before))] if before else []),
        to_json(f, claims),
        *([to_json(f, object_literal(after))] if after else []),
    ]
    return f"joinObjects({', '.join(parts)})"


def response_members(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The vendor-shaped response's members: (name, expression, may be absent)."""
    found = []
    for r in f.response:
        if r.field is not None:
            found.append((r.name, r.field.ident, r.field.may_be_absent))
        else:
            found.append((r.name, r.source.value, False))
    return found
