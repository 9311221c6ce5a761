"""C# JSON: constants written at generation time in the profile's exact bytes, and which
``Json(…)`` writer or reader a value needs at run time."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from generator.ir.model import FieldIR, FormatIR, JsonIR, ShapeIR
from generator.languages.csharp_types import CSharpTypes

_SCALARS = {"string": "string", "integer": "integer", "unix-time": "integer", "boolean": "boolean"}


class Entry(NamedTuple):
    """One member of a JSON object the code writes: a field, or a constant (its JSON text)."""

    wire: str
    field: FieldIR | None
    const: str | None


class CSharpJson(CSharpTypes):
    """JSON text made at generation time, and the run-time JSON helpers a value needs."""

    # JSON written at generation time: constants in the profile's exact bytes.

    def json_text(self, value: Any, profile: JsonIR) -> str:
        """``value`` as the format's JSON profile writes it."""
        return json.dumps(
            value,
            separators=(profile.item_separator, profile.key_separator),
            ensure_ascii=profile.ascii_only,
            sort_keys=profile.sort_keys,
        )

    def json_key(self, wire: str, profile: JsonIR) -> str:
        """A member's name and the key separator, as JSON text (``"exp":``)."""
        return self.json_text(wire, profile) + profile.key_separator

    def entries(self, fields: Any, profile: JsonIR, constants: Any = ()) -> list[Entry]:
        """An object's members in the order the profile writes them: constant members (a JWS
        header's ``alg``) first, then the fields; code point order when the profile sorts keys."""
        found = [Entry(k, None, self.json_text(v, profile)) for k, v in constants]
        found += [Entry(f.wire, f, None) for f in fields]
        return sorted(found, key=lambda e: e.wire) if profile.sort_keys else found

    def header_entries(self, fmt: FormatIR) -> list[Entry]:
        """A JWS header's members in the order written (``FormatIR.header_order``): the pinned
        constants and the header's fields, mirrored ones too; code point order when the
        profile sorts keys."""
        found = self.entries(fmt.header_fields, fmt.json, self.header_members(fmt))
        return found if fmt.json.sort_keys else sorted(found, key=lambda e: fmt.header_rank(e.wire))

    def header_members(self, fmt: FormatIR) -> list[tuple[str, str]]:
        """The JWS header's constant members, raw (FormatIR.header holds them as literals of
        this language, which are JSON string literals: reading them back is exact)."""
        return [(json.loads(k), json.loads(v)) for k, v in fmt.header]

    # Which helper a value needs.

    def json_kind(self, shape: ShapeIR) -> str | None:
        """Which ``Json(…)`` overload writes a value of ``shape`` as JSON text, or None where
        the file writes it statement by statement (declared objects, nested arrays)."""
        if shape.kind in _SCALARS:
            return _SCALARS[shape.kind]
        if shape.is_free_object:
            return "object"
        items = shape.items
        if items is not None and items.kind in _SCALARS and not items.has_constraints:
            return _SCALARS[items.kind] + "s"
        return None

    def json_kinds(self, fmt: FormatIR) -> set[str]:
        """The ``Json(…)`` overloads a signing format uses: JSON-encoded message parts and query
        values, and the text of integers and booleans (which is their JSON text)."""
        used = [p.field for p in fmt.message_parts if p.encode == "json"]
        used += [q.field for q in fmt.url_query if q.field is not None and q.encode == "json"]
        placed = [p.field for p in fmt.message_parts]
        placed += [q.field for q in fmt.url_query if q.field is not None]
        placed += [p.leaf for p in (*fmt.url_base, *(fmt.url_fragment or ())) if p.leaf]
        used += [f for f in placed if f is not None and f.shape.kind != "string"]
        return {kind for f in used if f is not None and (kind := self.json_kind(f.shape))}

    def statement_json(self, fields: Any) -> bool:
        """Whether some JSON text is written statement by statement (it needs a StringBuilder)."""
        return any(self.json_kind(f.shape) is None for f in fields)

    def shape_facts(self, fields: Any) -> dict[str, bool]:
        """Which kinds of values the fields hold anywhere (which readers a verifier needs)."""
        found = dict.fromkeys(("boolean", "object", "array", "union", "lengths"), False)

        def walk(shape: ShapeIR, variant: bool = False) -> None:
            for kind in ("boolean", "object", "array", "union"):  # a variant needs no reader
                found[kind] |= shape.kind == kind and not variant
            found["lengths"] |= shape.max_length is not None and shape.kind == "string"
            for inner in (
                *([shape.items] if shape.items else []),
                *([shape.values] if shape.values else []),
                *(p.shape for p in shape.properties),
            ):
                walk(inner)
            for each in shape.variants:
                walk(each, variant=True)

        for field in fields:
            walk(field.shape)
        return found
