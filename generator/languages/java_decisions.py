"""What a Java format's file holds: its error codes, the members it writes and in which order,
the fields checked where, the unions' predicates, the bounds, and fresh local names."""

from __future__ import annotations

import json
from typing import Any

from generator.ir import FieldIR, FormatIR, JsonIR, Kind, Placement, ShapeIR, TextForm, TimeRole

_MAX_SAFE = 2**53 - 1


class JavaDecisions:
    """What the templates ask about a format: what to write, in which order, under which names."""

    def error_codes(self, f: FormatIR) -> list[str]:
        """The error codes this format's sign and verify can raise, in the shared order."""
        v = f.verify
        roles = {r.role for r in v.registered}  # registered JWS claims checked when carried
        early = roles & {TimeRole.NOT_BEFORE, TimeRole.ISSUED_AT}
        codes = [
            ("MALFORMED", True),
            ("BAD_SIGNATURE", True),
            ("ALG_NOT_ALLOWED", f.is_jws),
            ("EXPIRED", bool(v.expires or v.max_age is not None or TimeRole.EXPIRES in roles)),
            ("NOT_YET_VALID", bool(v.not_before or v.issued_at or early)),
            ("LIFETIME_TOO_LONG", v.max_lifetime is not None and v.expires is not None),
            ("MISSING_CLAIM", True),
            ("INVALID_CLAIM", True),
            ("INVALID_INPUT", True),
            ("INVALID_KEY", True),
            ("WEAK_KEY", f.min_key_bytes > 1),
        ]
        return [code for code, used in codes if used]

    def json_written(self, f: FormatIR) -> set[str]:
        """Wire names of the top-level fields sign writes as JSON (their strings are checked
        there); other strings are checked where they are used as text."""
        wires = {p.field.wire for p in f.message_parts if p.encode is TextForm.JSON}
        wires |= {q.field.wire for q in f.url_query if q.field and q.encode is TextForm.JSON}
        if not f.is_signed_url:
            wires |= {fld.wire for fld in f.fields if fld.placement is not Placement.URL}
        return wires

    def ordered(self, fields: Any, profile: JsonIR) -> list[Any]:
        """Members in the order JSON writes them: declared, or sorted by code point."""
        return sorted(fields, key=lambda m: m.wire) if profile.sort_keys else list(fields)

    def header_members(self, f: FormatIR) -> list[tuple[str, str, FieldIR | None]]:
        """The JWS header's members in the order written (``header_order``): the name's
        literal, the value's expression, and the field it comes from (None when pinned)."""
        pinned = {json.loads(name): (name, value) for name, value in f.header}
        fields = {fld.wire: fld for fld in f.header_fields}
        return [
            (*pinned[wire], None)
            if wire in pinned
            else (fields[wire].wire_literal, fields[wire].ident, fields[wire])
            for wire in f.header_order
        ]

    def header_copy(self, f: FormatIR, fld: FieldIR) -> str:
        """The local variable holding the header's copy of a mirrored field."""
        return self.fresh(f, fld.ident + "InHeader")

    def fresh(self, f: Any, base: str) -> str:
        """``base``, or ``base`` with underscores, so it names no field of ``f``."""
        taken = {fld.ident for fld in f.fields} | {p.ident for c in f.classes for p in c.properties}
        while base in taken:
            base += "_"
        return base

    def gathered(self, f: FormatIR, fld: FieldIR) -> str:
        """Verify's local collecting a map field's entries from the query, as received."""
        return self.fresh(f, fld.ident + "Received")

    def writes_free_json(self, f: Any) -> bool:
        """Whether the file needs the writer of the caller's own JSON (free objects, arrays of
        values other than declared objects)."""
        return any(_free(fld.shape) for fld in f.fields) or any(
            _free(p.shape) for c in f.classes for p in c.properties
        )

    def unions(self, f: FormatIR) -> list[tuple[str, ShapeIR]]:
        """Each distinct union of the format with its predicate's name (``isEnabled``), in
        declared order: fields, then declared objects' properties (array items too)."""
        found: list[tuple[str, ShapeIR]] = []
        owners = [
            (f.type_prefix, f.fields),
            *((c.class_name or "", c.properties) for c in f.classes),
        ]
        for owner, members in owners:
            for member in members:
                shape, ident = member.shape, member.ident
                while shape.kind is Kind.ARRAY and shape.items is not None:
                    shape, ident = shape.items, ident + "Item"
                if shape.kind is not Kind.UNION or any(s == shape for _, s in found):
                    continue
                name = "is" + ident[0].upper() + ident[1:]
                taken = {n for n, _ in found}
                name = name if name not in taken else "is" + owner + ident[0].upper() + ident[1:]
                while name in taken:
                    name += "_"
                found.append((name, shape))
        return found

    def union_check(self, f: FormatIR, shape: ShapeIR) -> str:
        """The name of the predicate that tells whether a value is one of ``shape``'s variants."""
        return next(name for name, s in self.unions(f) if s == shape)

    def components(self, fields: Any) -> list[str]:
        """``Type name`` for each field: record components and parameters."""
        return [f"{f.shape.type_expr} {f.ident}" for f in fields]

    def response_components(self, response: Any) -> list[str]:
        """``Type name`` of each response member that carries a field."""
        return [f"{r.field.shape.type_expr} {r.ident}" for r in response]

    def bounds(self, shape: ShapeIR, value: str, sign: bool) -> list[str]:
        """The conditions holding integer ``value`` to the shape's minimum and maximum and, when
        signing, to ±(2^53 - 1) (the JSON reader holds verified integers to it): the tighter bound
        on each side, compared directly (``Math.abs(Long.MIN_VALUE)`` is negative)."""
        safe = sign and shape.is_integer
        low, high = shape.minimum, shape.maximum
        terms = []
        if low is not None and not (safe and low < -_MAX_SAFE):
            terms.append(f"{value} >= {_long(low)}")
        elif safe:
            terms.append(f"{value} >= -MAX_SAFE")
        if high is not None and not (safe and high > _MAX_SAFE):
            terms.append(f"{value} <= {_long(high)}")
        elif safe:
            terms.append(f"{value} <= MAX_SAFE")
        return terms

    def guaranteed(self, fld: FieldIR) -> bool:
        """Whether a field always has a value when sign writes it."""
        return not fld.may_be_absent


def _long(number: int) -> str:
    """A Java integer literal: ``L`` where an ``int`` cannot hold it."""
    return str(number) if -(2**31) <= number < 2**31 else f"{number}L"


def _free(shape: ShapeIR) -> bool:
    """Whether the caller's value is written by the free writer: free objects, arrays other
    than of declared objects, and unions (the writer writes each variant's type as itself)."""
    if shape.kind is Kind.UNION:
        return True
    if shape.kind is Kind.ARRAY:
        assert shape.items is not None
        return shape.items.class_name is None or _free(shape.items)
    return shape.is_free_object
