"""The Go conformance adapter's conversions: request JSON → each format's Input, Claims → JSON.

The adapter is generated with the SDK but is no part of it: it lives in ``internal/adapter``
and imports the format packages only. Typed languages refuse what their types cannot hold, so
these conversions are where a float, a wrong type or an unknown member becomes invalid_input
(as ``conformance/reference/values.py`` has it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.exchange_ir import ExchangeIR
from generator.ir import FieldIR, FormatIR, Kind, ShapeIR

if TYPE_CHECKING:
    from generator.languages.go import Go

AnyIR = FormatIR | ExchangeIR


def _go_bool(value: bool) -> str:
    return "true" if value else "false"


def _block(head: str, body: list[str]) -> list[str]:
    return [head + " {", *("\t" + line for line in body), "}"]


class GoAdapter:
    """The per-format conversion functions of the adapter."""

    def __init__(
        self, lang: Go, formats: list[FormatIR], exchanges: list[ExchangeIR], module: str
    ) -> None:
        self.lang = lang
        self.formats = formats
        self.exchanges = exchanges
        self.module = module

    def imports(self) -> tuple[str, ...]:
        specs: list[AnyIR] = [*self.formats, *self.exchanges]
        return tuple(sorted(f"{self.module}/{f.module}" for f in specs))

    def input_function(self, f: AnyIR) -> str:
        return "input" + f.type_prefix

    def revoke_function(self, f: ExchangeIR) -> str:
        return "revokeInput" + f.type_prefix

    def claims_function(self, f: FormatIR) -> str:
        return "claims" + f.type_prefix

    def conversions(self) -> str:
        """Every conversion function, as Go source."""
        chunks: list[list[str]] = []
        seen: set[str] = set()
        specs: list[AnyIR] = [*self.formats, *self.exchanges]
        for f in specs:
            chunks.append(self.input_converter(f, f.inputs, self.input_function(f), "Input", True))
            if isinstance(f, ExchangeIR) and f.revoke is not None:
                fields = f.revoke_fields
                chunks.append(
                    self.input_converter(f, fields, self.revoke_function(f), "RevokeInput", False)
                )
            for c in f.classes:
                chunks.append(self.class_converter(f, c))
            for shape in self._lists(f):
                name = self.value_converter(f, shape)
                if name not in seen:
                    seen.add(name)
                    convert = self.map_converter if shape.kind is Kind.MAP else self.list_converter
                    chunks.append(convert(f, shape))
            if isinstance(f, FormatIR):
                chunks.append(self.claims_converter(f))
                for c in f.classes:
                    chunks.append(self.class_claims(f, c))
        return "\n\n".join("\n".join(chunk) for chunk in chunks)

    def _lists(self, f: AnyIR) -> list[ShapeIR]:
        found: dict[str, ShapeIR] = {}

        def walk(shape: ShapeIR) -> None:
            if shape.items is not None:
                walk(shape.items)
                found.setdefault(self.value_converter(f, shape), shape)
            if shape.kind is Kind.MAP:
                found.setdefault(self.value_converter(f, shape), shape)
            for p in shape.properties:
                walk(p.shape)

        for x in f.fields:
            walk(x.shape)
        return list(found.values())

    def go_type(self, f: AnyIR, shape: ShapeIR) -> str:
        """A format's type as the adapter names it (``tinybirdjwt.Scope``)."""
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return "[]" + self.go_type(f, shape.items)
        if shape.class_name:
            return f"{f.module}.{self.lang.class_type(shape.class_name)}"
        return self.lang.go_type(shape)

    def value_converter(self, f: AnyIR, shape: ShapeIR) -> str:
        """The converter method for a value of ``shape`` (``c.str``, ``c.tinybirdjwtScope``)."""
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return self.value_converter(f, shape.items) + "List"
        if shape.kind is Kind.MAP:
            assert shape.values is not None
            return self.value_converter(f, shape.values) + "Map"
        if shape.class_name:
            return f.module + self.lang.class_type(shape.class_name)
        return {
            Kind.STRING: "str",
            Kind.BOOLEAN: "boolean",
            Kind.OBJECT: "object",
            Kind.UNION: "union",
        }.get(shape.kind, "integer")

    def takes_maps(self) -> bool:
        """Whether some format's claims hold a map (then the answer writer takes one)."""
        return any(f.needs.maps for f in self.formats)

    def takes_unions(self) -> bool:
        """Whether some format takes a union (then the adapter has its converter)."""
        specs: list[AnyIR] = [*self.formats, *self.exchanges]
        return any(self.lang.unions(tuple(x.shape for x in f.fields)) for f in specs)

    def members(
        self, f: AnyIR, fields: tuple[FieldIR, ...], top: bool, optional_attr: str
    ) -> list[str]:
        """Statements converting members of ``m`` into ``out`` (null is absent at the top)."""
        lines = []
        for x in fields:
            optional = x.optional_input if optional_attr == "input" else not x.required
            conv = "c." + self.value_converter(f, x.shape)
            name = self.lang.string_literal(x.wire)
            required, null_absent = _go_bool(not optional), _go_bool(top)
            take = f"c.member(m, {name}, {required}, {null_absent})"
            if not optional:
                lines.append(f"out.{x.ident} = {conv}({take})")
            elif self.lang.nil_absent(x.shape):
                lines += _block(f"if v, ok := {take}; ok", [f"out.{x.ident} = {conv}(v, ok)"])
            else:
                lines += _block(
                    f"if v, ok := {take}; ok",
                    [f"value := {conv}(v, ok)", f"out.{x.ident} = &value"],
                )
        return lines

    def input_converter(
        self, f: AnyIR, fields: tuple[FieldIR, ...], name: str, type_name: str, strict: bool
    ) -> list[str]:
        """``name(m) (f.Input, error)``: unknown members refused when ``strict``."""
        names = ", ".join(self.lang.string_literal(x.wire) for x in fields)
        lines = [f"func {name}(m map[string]any) ({f.module}.{type_name}, error) {{"]
        lines.append("\tc := &converter{}")
        if strict:
            cases = [f"\t\tcase {names}:"] if names else []
            lines += [
                "\tfor name := range m {",
                "\t\tswitch name {",
                *cases,
                "\t\tdefault:",
                '\t\t\tc.fail(name + " is not an input")',
                "\t\t}",
                "\t}",
            ]
        lines.append(f"\tvar out {f.module}.{type_name}")
        lines += ["\t" + line for line in self.members(f, fields, True, "input")]
        lines += ["\treturn out, c.err", "}"]
        return lines

    def class_converter(self, f: AnyIR, shape: ShapeIR) -> list[str]:
        type_name = self.go_type(f, shape)
        names = ", ".join(self.lang.string_literal(p.wire) for p in shape.properties)
        head = f"func (c *converter) {self.value_converter(f, shape)}(v any, present bool)"
        lines = [
            f"{head} {type_name} {{",
            f"\tvar out {type_name}",
            "\tm, ok := v.(map[string]any)",
            "\tif !ok {",
            "\t\tif present {",
            '\t\t\tc.fail("expected an object")',
            "\t\t}",
            "\t\treturn out",
            "\t}",
            "\tfor name := range m {",
            "\t\tswitch name {",
            f"\t\tcase {names}:",
            "\t\tdefault:",
            '\t\t\tc.fail(name + " is not a member")',
            "\t\t}",
            "\t}",
        ]
        lines += ["\t" + line for line in self.members(f, shape.properties, False, "member")]
        return [*lines, "\treturn out", "}"]

    def list_converter(self, f: AnyIR, shape: ShapeIR) -> list[str]:
        assert shape.items is not None
        type_name = self.go_type(f, shape)
        head = f"func (c *converter) {self.value_converter(f, shape)}(v any, present bool)"
        return [
            f"{head} {type_name} {{",
            "\titems, ok := v.([]any)",
            "\tif !ok {",
            "\t\tif present {",
            '\t\t\tc.fail("expected an array")',
            "\t\t}",
            "\t\treturn nil",
            "\t}",
            f"\tout := make({type_name}, len(items))",
            "\tfor i, item := range items {",
            f"\t\tout[i] = c.{self.value_converter(f, shape.items)}(item, true)",
            "\t}",
            "\treturn out",
            "}",
        ]

    def map_converter(self, f: AnyIR, shape: ShapeIR) -> list[str]:
        """A JSON object as a map of the format's value type: a value of another type (null
        too) is refused, as the map type cannot hold it."""
        assert shape.values is not None
        type_name = self.go_type(f, shape)
        head = f"func (c *converter) {self.value_converter(f, shape)}(v any, present bool)"
        return [
            f"{head} {type_name} {{",
            "\tm, ok := v.(map[string]any)",
            "\tif !ok {",
            "\t\tif present {",
            '\t\t\tc.fail("expected an object")',
            "\t\t}",
            "\t\treturn nil",
            "\t}",
            f"\tout := make({type_name}, len(m))",
            "\tfor k, item := range m {",
            f"\t\tout[k] = c.{self.value_converter(f, shape.values)}(item, true)",
            "\t}",
            "\treturn out",
            "}",
        ]

    def claims_converter(self, f: FormatIR) -> list[str]:
        lines = [f"func {self.claims_function(f)}(claims {f.module}.Claims) map[string]any {{"]
        lines.append("\tm := map[string]any{}")
        if not f.is_signed_url:
            extra = self.lang.extra_name(self.lang.claims(f))
            lines += ["\tfor k, v := range claims." + extra + " {", "\t\tm[k] = v", "\t}"]
        lines += ["\t" + line for line in self.claim_members(f, self.lang.claims(f), "claims")]
        return [*lines, "\treturn m", "}"]

    def class_claims(self, f: FormatIR, shape: ShapeIR) -> list[str]:
        name = "json" + f.type_prefix + self.lang.class_type(shape.class_name or "")
        lines = [
            f"func {name}(x {self.go_type(f, shape)}) map[string]any {{",
            "\tm := map[string]any{}",
        ]
        lines += ["\tfor k, v := range x.Extra {", "\t\tm[k] = v", "\t}"]
        lines += ["\t" + line for line in self.claim_members(f, shape.properties, "x")]
        return [*lines, "\treturn m", "}"]

    def claim_members(self, f: FormatIR, fields: tuple[FieldIR, ...], source: str) -> list[str]:
        lines = []
        for x in fields:
            key = self.lang.string_literal(x.wire)
            member = f"{source}.{x.ident}"
            if x.required:
                lines.append(f"m[{key}] = {self.as_json(f, x.shape, member)}")
            elif self.lang.nil_absent(x.shape):
                lines += _block(
                    f"if {member} != nil", [f"m[{key}] = {self.as_json(f, x.shape, member)}"]
                )
            else:
                lines += _block(
                    f"if {member} != nil", [f"m[{key}] = {self.as_json(f, x.shape, '*' + member)}"]
                )
        return lines

    def as_json(self, f: FormatIR, shape: ShapeIR, expr: str) -> str:
        """An expression: a typed claim value as a value the answer writer takes."""
        if shape.class_name:
            return f"json{f.type_prefix}{self.lang.class_type(shape.class_name)}({expr})"
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            if shape.items.kind in (Kind.ARRAY, Kind.OBJECT):
                item = self.as_json(f, shape.items, "item")
                return f"each(len({expr}), func(i int) any {{ item := {expr}[i]; return {item} }})"
        return expr
