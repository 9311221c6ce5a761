"""C# names, types and literals: the part of the C# language every template piece leans on.

Names (keywords and members a property or local must not take), the types of inputs and
claims, and literals: values, strings, doc comment text and string concatenations.
"""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.ir.enums import Kind
from generator.ir.model import FieldIR, ShapeIR
from generator.languages.base import Language
from specmodel.model import Shape

_KEYWORD_TEXT = """
abstract as base bool break byte case catch char checked class const continue decimal default
delegate do double else enum event explicit extern false finally fixed float for foreach goto if
implicit in int interface internal is lock long namespace new null object operator out override
params private protected public readonly ref return sbyte sealed short sizeof stackalloc static
string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual
void volatile while var dynamic value
"""
KEYWORDS = frozenset(_KEYWORD_TEXT.split())
# Members every class inherits or that the generated classes declare: a property with one of
# these names would hide it (CS0108) or collide, so it gets a trailing underscore.
_TAKEN_MEMBERS = frozenset(
    {"Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "Extra"}
)
# Locals the generated method bodies declare themselves: a field's local never takes one.
_LOCAL_TEXT = """
input secret options key now json payload header token url signature message value claims data
text raw received mac segments match query parts random signed response where item result members
answer body request envelope alg hash mark lifetime expiry
"""
_TAKEN_LOCALS = frozenset(_LOCAL_TEXT.split())
_EMPTY = "new Dictionary<string, object>()"


def free_local(name: str) -> str:
    """``name`` as a local variable: ``…Value`` where a keyword or a body's own local has it."""
    return f"{name}Value" if name in KEYWORDS or name in _TAKEN_LOCALS else name


class CSharpTypes(Language):
    """Names, types and literals of C# source."""

    def module_name(self, format_name: str) -> str:
        return naming.pascal(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.pascal(wire_name)  # public properties

    def class_prefix(self, type_prefix: str) -> str:
        return ""  # declared objects nest in the format's class: TinybirdJwt.Scope

    def escape(self, identifier: str) -> str:
        if identifier in KEYWORDS:
            return f"@{identifier}"
        return f"{identifier}_" if identifier in _TAKEN_MEMBERS else identifier

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        """An input property's type: value types nullable, so "not given" can be told apart."""
        simple = {"string": "string", "integer": "long?", "unix-time": "long?", "boolean": "bool?"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "union":
            return "object"  # C# has no untagged union: checked at run time (union_doc)
        if shape.type == "array":
            assert shape.items is not None
            return f"IList<{self.type_expr(shape.items, class_name).removesuffix('?')}>"
        if shape.type == "map":  # read-only: sign only reads it, a verifier's claims are final
            assert shape.values is not None
            return f"IReadOnlyDictionary<string, {self.type_expr(shape.values, None)}>"
        return class_name if class_name and shape.properties else "IDictionary<string, object>"

    def claim_type(self, field: FieldIR) -> str:
        """A verified claim's type: a required integer or boolean is never absent."""
        expr = field.shape.type_expr
        return expr.removesuffix("?") if field.required else expr

    def qualified(self, shape: ShapeIR, owner: str) -> str:
        """``shape``'s type seen from outside the format's class (``TinybirdJwt.Scope``)."""
        if shape.class_name:
            return f"{owner}.{shape.class_name}"
        if shape.items is not None:
            return f"IList<{self.qualified(shape.items, owner).removesuffix('?')}>"
        return shape.type_expr

    def local(self, field: FieldIR) -> str:
        """The local variable that holds ``field``'s value in a method body."""
        return free_local(naming.camel(field.ident.lstrip("@").rstrip("_")))

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "new List<object> { " + ", ".join(self.literal(v) for v in value) + " }"
        if isinstance(value, dict):
            pairs = ", ".join(
                f"{{ {self.string_literal(k)}, {self.literal(v)} }}" for k, v in value.items()
            )
            return f"new Dictionary<string, object> {{ {pairs} }}" if value else _EMPTY
        return "null"

    def empty_literal(self, shape: ShapeIR) -> str:
        """A new empty list or dictionary of the member's own type, or of its class."""
        if shape.class_name:
            return f"new {shape.class_name}()"
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return f"new List<{shape.items.type_expr}>()"
        return super().empty_literal(shape)

    def string_literal(self, text: str) -> str:
        """A regular C# string literal (JSON's escapes are C#'s too, plus C#'s line breaks)."""
        literal = json.dumps(text, ensure_ascii=False)
        for char in ("\u0085", "\u2028", "\u2029"):  # line terminators in C# source
            literal = literal.replace(char, f"\\u{ord(char):04x}")
        return literal

    def ascii_literal(self, text: str) -> str:
        """A C# string literal in ASCII alone: every other character as its UTF-16 ``\\uXXXX``
        escapes (JSON's, which C# reads alike), so the source's encoding cannot matter."""
        return json.dumps(text)

    def verbatim(self, text: str) -> str:
        """A verbatim string literal: @"…" with quotes doubled."""
        return '@"' + text.replace('"', '""') + '"'

    def doc(self, text: str) -> str:
        """Text for an XML doc comment: one line (a line break would end the comment), escaped."""
        for char in ("\r", "\n", "\u0085", "\u2028", "\u2029"):
            text = text.replace(char, " ")
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return " ".join(text.split())

    def concat(self, pieces: list[str]) -> str:
        """``a + b + …``, adjacent string literals merged into one."""
        out: list[str] = []
        for piece in pieces:
            if out and _is_literal(out[-1]) and _is_literal(piece):
                out[-1] = self.string_literal(json.loads(out[-1]) + json.loads(piece))
            elif piece != '""':
                out.append(piece)
        return " + ".join(out) or '""'


def _is_literal(piece: str) -> bool:
    if not (len(piece) >= 2 and piece.startswith('"') and piece.endswith('"')):
        return False
    try:
        return isinstance(json.loads(piece), str)
    except ValueError:
        return False
