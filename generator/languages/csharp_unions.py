"""C# unions: an ``object`` holding one variant's value, told apart by its run-time type."""

from __future__ import annotations

import json

from generator.ir.model import ShapeIR
from generator.languages.csharp_types import CSharpTypes

_VARIANT_TYPES = {"string": "string", "integer": "long", "unix-time": "long", "boolean": "bool"}


class CSharpUnions(CSharpTypes):
    """The types, casts, tests and doc text of a union's variants."""

    def clr_type(self, shape: ShapeIR) -> str:
        """The type a union's scalar variant holds at run time (``string``, ``long``, ``bool``)."""
        return _VARIANT_TYPES[shape.kind]

    def cast(self, shape: ShapeIR, value: str, accessed: bool = False) -> str:
        """``value`` (an ``object`` known to hold ``shape``'s type) as that type; in parentheses
        when a member is ``accessed`` on it (``((long)x).ToString(…)``)."""
        cast = f"({self.clr_type(shape)}){value}"
        return f"({cast})" if accessed and shape.is_integer else cast

    def variant_test(self, shape: ShapeIR, value: str) -> str:
        """The C# condition under which ``value`` holds one of the union's variants."""
        return " || ".join(f"{value} is {self.clr_type(v)}" for v in shape.variants)

    def variant_kinds(self, shape: ShapeIR) -> str:
        """The union's variants as the reference names them in messages (``string or boolean``)."""
        return " or ".join(str(v.kind) for v in shape.variants)

    def union_doc(self, shape: ShapeIR) -> str:
        """What a union property holds, for its doc comment."""
        kinds = []
        for variant in shape.variants:
            kind = f"a <c>{self.clr_type(variant)}</c>"
            if variant.enum:
                kind += " (" + ", ".join(self.doc(json.dumps(e)) for e in variant.enum) + ")"
            kinds.append(kind)
        return "Holds " + " or ".join(kinds) + "."

    def constrained(self, shape: ShapeIR) -> bool:
        """Whether a value read with its type checked still needs checks (a variant's too)."""
        return shape.has_constraints or any(self.constrained(v) for v in shape.variants)
