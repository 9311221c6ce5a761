"""Go names, types and literals: the part of the Go language every template piece leans on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import naming
from generator.ir import FieldIR, Kind, ShapeIR, Source
from generator.languages import go_source


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


KEYWORDS = _words(
    "break default func interface select case defer go map struct chan else goto package"
    " switch const fallthrough if range type continue for import return var"
)
# Names a local variable of the generated code must not take: builtins, the packages the
# files import, and the locals the templates use themselves.
_TAKEN_LOCALS = KEYWORDS | _words(
    "any append bool byte cap close complex copy delete error false int int64 len make new"
    " nil panic print println real recover string true uint min max clear"
    " base64 bytes errors fmt hex hmac http io json rand sha1 sha256 sha512 sort strconv"
    " strings time url utf16 utf8"
    " b c d err in key m mac msg o opts out q r s secret signature token u v ok h payload"
    " header parts data raw query base fragment got signed n i item k"
)
# Type names every file declares (a nested object's type must not take one).
_FILE_TYPES = frozenset({"Input", "Claims", "Signed", "Error", "Option", "Result", "RevokeInput"})
_INITIALISMS = {
    "id": "ID",
    "ids": "IDs",
    "url": "URL",
    "uuid": "UUID",
    "jwt": "JWT",
    "api": "API",
    "http": "HTTP",
    "json": "JSON",
    "rps": "RPS",
    "iat": "IAT",
    "jti": "JTI",
}
_LONGEST_FIRST = sorted(_INITIALISMS.values(), key=len, reverse=True)
_SCALARS = {
    Kind.STRING: "string",
    Kind.INTEGER: "int64",
    Kind.UNIX_TIME: "int64",
    Kind.BOOLEAN: "bool",
}
_READERS = {
    Kind.STRING: "str",
    Kind.INTEGER: "integer",
    Kind.UNIX_TIME: "integer",
    Kind.BOOLEAN: "boolean",
}
_WRITERS = {Kind.STRING: "Strings", Kind.BOOLEAN: "Bools", Kind.OBJECT: "Objects"}
# A union variant's JSON type as named in helpers (``stringOrBoolean``) and its Go types: what
# Verify reads (the first) and what Sign also takes from a caller (an untyped constant in an
# ``any`` is an int).
_VARIANT_WORDS = {
    Kind.STRING: "string",
    Kind.INTEGER: "integer",
    Kind.UNIX_TIME: "integer",
    Kind.BOOLEAN: "boolean",
}
_VARIANT_TYPES = {
    Kind.STRING: ("string",),
    Kind.INTEGER: ("int64", "int"),
    Kind.UNIX_TIME: ("int64", "int"),
    Kind.BOOLEAN: ("bool",),
}
_VARIANT_DOCS = {
    Kind.STRING: "a string",
    Kind.INTEGER: "an int64 (or int)",
    Kind.UNIX_TIME: "an int64 (or int) Unix time",
    Kind.BOOLEAN: "a bool",
}
_VARIANT_NAMES = {
    Kind.STRING: "a string",
    Kind.INTEGER: "an integer",
    Kind.UNIX_TIME: "an integer",
    Kind.BOOLEAN: "a boolean",
}


class GoTypes:
    """Identifiers, Go types and Go literals of the intermediate model's values."""

    def type_name(self, name: str) -> str:
        text = "".join(_INITIALISMS.get(w, w.capitalize()) for w in naming.words(name))
        return "V" + text if text[0].isdigit() else text

    def empty_literal(self, shape: ShapeIR) -> str:
        """The field type's empty composite literal (``[]string{}``, ``Scope{}``)."""
        return self.go_type(shape) + "{}"

    def literal(self, value: Any) -> str:
        """A JSON value as a Go expression of type ``any`` (free objects, enums, defaults)."""
        if isinstance(value, dict):
            items = (f"{self.string_literal(k)}: {self.literal(v)}" for k, v in value.items())
            return "map[string]any{" + ", ".join(items) + "}"
        if isinstance(value, list):
            return "[]any{" + ", ".join(self.literal(v) for v in value) + "}"
        if value is None:
            return "nil"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        return self.string_literal(value)

    def string_literal(self, text: str) -> str:
        return go_source.string(text)

    def unquote(self, literal: str) -> str:
        """The text of a string literal :meth:`string_literal` wrote."""
        return go_source.unquote(literal)

    def typed(self, shape: ShapeIR, literal: str) -> str:
        """A literal made a value of its shape's Go type (``int64(3600)``)."""
        return f"int64({literal})" if shape.is_integer else literal

    def class_type(self, class_name: str) -> str:
        """A declared object's type name, clear of the types every file declares."""
        return class_name + "Value" if class_name in _FILE_TYPES else class_name

    def go_type(self, shape: ShapeIR) -> str:
        """The Go type of a value of ``shape``: a union is ``any`` (Go has no untagged unions;
        a sealed interface would make every caller wrap a plain ``"all"`` or ``true``), its
        variants named in the doc comment and checked at run time."""
        if shape.kind in _SCALARS:
            return _SCALARS[shape.kind]
        if shape.kind is Kind.UNION:
            return "any"
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return "[]" + self.go_type(shape.items)
        if shape.kind is Kind.MAP:
            assert shape.values is not None
            return "map[string]" + self.go_type(shape.values)
        return self.class_type(shape.class_name) if shape.class_name else "map[string]any"

    def nil_absent(self, shape: ShapeIR) -> bool:
        """Slices, maps and unions (``any``) are absent when nil; other optional values are
        pointers."""
        return shape.kind in (Kind.ARRAY, Kind.MAP, Kind.UNION) or shape.is_free_object

    def member_type(self, shape: ShapeIR, optional: bool) -> str:
        """A struct member's type: a pointer when optional and not nil-able."""
        base = self.go_type(shape)
        return "*" + base if optional and not self.nil_absent(shape) else base

    def extra_name(self, fields: tuple[FieldIR, ...]) -> str:
        """The member holding undeclared claims (``Extra`` unless a claim is called that)."""
        return "ExtraMembers" if any(f.ident == "Extra" for f in fields) else "Extra"

    def local(self, ident: str) -> str:
        """A local variable for a field (``validUntil``, ``apiKeyID``), clear of what is in
        scope."""
        initialism = (
            i for i in _LONGEST_FIRST if ident.startswith(i) and not ident[len(i) :][:1].islower()
        )
        head = next(initialism, ident[:1])
        name = head.lower() + ident[len(head) :]
        return name + "Value" if name in _TAKEN_LOCALS else name

    def default(self, x: FieldIR) -> str:
        """The Go expression of a field's default (``o.now + 3600``, ``map[string]any{}``);
        a clock field's is now."""
        if x.source is Source.CLOCK:
            return "o.now"
        if x.now_plus is not None:
            return f"o.now + {x.now_plus}" if x.now_plus else "o.now"
        assert x.default_literal is not None
        return self.typed(x.shape, x.default_literal)

    def reader(self, shape: ShapeIR) -> str:
        """The checks method that reads a verified value of ``shape`` (``strList``)."""
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return self.reader(shape.items) + "List"
        if shape.class_name:
            name = self.class_type(shape.class_name)
            return name[:1].lower() + name[1:]
        if shape.kind is Kind.UNION:
            name = self.union_name(shape)
            return name[:1].lower() + name[1:]
        return _READERS.get(shape.kind, "object")

    def readers(self, shapes: tuple[ShapeIR, ...]) -> list[ShapeIR]:
        """Every distinct shape a verifier reads (items and members included), once each."""
        found: dict[str, ShapeIR] = {}

        def walk(shape: ShapeIR) -> None:
            if shape.items is not None:
                walk(shape.items)
            for prop in shape.properties:
                walk(prop.shape)
            found.setdefault(self.reader(shape), shape)

        for shape in shapes:
            if shape.kind is not Kind.MAP:  # Verify gathers a map from the query itself
                walk(shape)
        return list(found.values())

    def writer(self, shape: ShapeIR) -> str:
        """The helper appending an array of ``shape`` as JSON (``appendStrings``)."""
        assert shape.items is not None
        item = shape.items
        if item.kind is Kind.ARRAY:
            return self.writer(item) + "List"
        if item.class_name:
            return "append" + self.class_type(item.class_name) + "s"
        if item.kind is Kind.UNION:
            return self.union_writer(item) + "List"
        return "append" + _WRITERS.get(item.kind, "Ints")

    def writers(self, shapes: tuple[ShapeIR, ...]) -> list[ShapeIR]:
        """Arrays written as JSON, innermost first, once per Go type (one helper each)."""
        return _distinct(shapes, Kind.ARRAY, self.go_type)

    # Unions: one reader and one writer per set of variant types (constraints are per field).

    def union_name(self, shape: ShapeIR) -> str:
        """A union's variant types, joined (``StringOrBoolean``)."""
        return "Or".join(_VARIANT_WORDS[v.kind].capitalize() for v in shape.variants)

    def union_writer(self, shape: ShapeIR) -> str:
        """The helper appending a union's value as JSON (``appendStringOrBoolean``)."""
        return "append" + self.union_name(shape)

    def variant_types(self, variant: ShapeIR, taken: bool) -> tuple[str, ...]:
        """The Go types of a variant's values: as Verify reads them, or (``taken``) as a
        caller may also give them to Sign."""
        types = _VARIANT_TYPES[variant.kind]
        return types if taken else types[:1]

    def as_variant(self, variant: ShapeIR, go: str, expr: str) -> str:
        """``expr``, a value of Go type ``go`` (one of :meth:`variant_types`), as the variant's
        own type (``int64(v)``)."""
        own = self.go_type(variant)
        return expr if go == own else f"{own}({expr})"

    def union_types(self, shape: ShapeIR, taken: bool) -> str:
        """Every variant's Go types, as a type switch's case list (``string, bool``)."""
        return ", ".join(t for v in shape.variants for t in self.variant_types(v, taken))

    def variant_doc(self, variant: ShapeIR) -> str:
        """A variant as the Go value a caller gives (``a bool``)."""
        return _VARIANT_DOCS[variant.kind]

    def union_kinds(self, shape: ShapeIR) -> str:
        """A union's variants, for messages and comments (``a string or a boolean``)."""
        names = [_VARIANT_NAMES[v.kind] for v in shape.variants]
        return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]

    def unions(self, shapes: tuple[ShapeIR, ...]) -> list[ShapeIR]:
        """Every distinct union among ``shapes`` (items and members included), once each."""
        return _distinct(shapes, Kind.UNION, self.union_name)

    def kind_name(self, shape: ShapeIR) -> str:
        """A value's JSON type, for messages (``an integer``)."""
        names = {Kind.STRING: "a string", Kind.BOOLEAN: "a boolean", Kind.OBJECT: "an object"}
        return names.get(shape.kind, "an integer")


def _distinct(
    shapes: tuple[ShapeIR, ...], kind: Kind, key: Callable[[ShapeIR], str]
) -> list[ShapeIR]:
    """The shapes of ``kind`` among ``shapes`` (items and members included), innermost first,
    one per ``key`` (one Go helper each)."""
    found: dict[str, ShapeIR] = {}

    def walk(shape: ShapeIR) -> None:
        if shape.items is not None:
            walk(shape.items)
        for prop in shape.properties:
            walk(prop.shape)
        if shape.kind is kind:
            found.setdefault(key(shape), shape)

    for shape in shapes:
        walk(shape)
    return list(found.values())
