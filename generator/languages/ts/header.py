"""The JWS header: its members in the order written, its segment when only pinned members
make it, and each mirrored claim's header copy checked against the payload's value."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.languages.ts.objects import members

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR


def header_members(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The JWS header's members in the order written (``header_order``): pinned literals and
    the header fields' locals, mirrored ones included."""
    found = members(f.header_fields, fixed=f.header)
    return sorted(found, key=lambda item: f.header_rank(item[0]))


def header_local(f: FormatIR, x: FieldIR) -> str:
    """The local holding a mirrored field's header copy (``issHeader``), clear of the fields'."""
    taken = {y.ident for y in f.fields}
    name, n = f"{x.ident}Header", 2
    while name in taken:
        name, n = f"{x.ident}Header{n}", n + 1
    return name


def mirror_checks(f: FormatIR) -> list[str]:
    """Each mirrored field, in declared order: its header copy must equal the payload's value
    (both already checked, so of one type: strings, integers or booleans)."""
    lines = []
    for x in f.mirrored:
        message = json.dumps(f"{x.wire} in the header differs from the payload's")
        lines.append(f'if ({header_local(f, x)} !== {x.ident}) fail("invalid_claim", {message});')
    return lines


def fixed_header(f: FormatIR) -> str | None:
    """The JWS header segment, when the header holds only pinned members (in its order)."""
    return f.header_segment if f.is_jws and not f.header_fields else None


def header_json(f: FormatIR) -> str:
    """The pinned JWS header's JSON text (for a comment)."""
    assert f.header_json is not None
    return f.header_json
