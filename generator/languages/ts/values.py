"""How each value is checked: the expression checking one value and giving it back, and the
checkers it calls (a declared object's, a union's).

The checks are the reference's (``conformance/reference/values.py``): ``invalid_input`` while
signing, ``missing_claim`` / ``invalid_claim`` while verifying; a free object's depth counts
from where the file writes it (the payload, the envelope, a URL's JSON value).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import naming
from generator.ir.enums import Kind
from generator.ir.model import FormatIR
from generator.languages.ts.text import type_of

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, ShapeIR


def _inner(where: str) -> str:
    """The body of a template literal saying ``where`` (a string literal, a template literal
    or a variable)."""
    if where.startswith("`"):
        return where[1:-1]
    if where.startswith('"'):
        text: str = json.loads(where)
        return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"${{{where}}}"


def _where_item(where: str, index: str) -> str:
    """The path of an array item: ``"scopes"`` → ```scopes[${i}]```."""
    return f"`{_inner(where)}[${{{index}}}]`"


def where_member(where: str, wire: str) -> str:
    """The path of an object member below ``where``: ```${where}.type```."""
    name = wire.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"`{_inner(where)}.{name}`"


def checker_name(c: ShapeIR, type_prefix: str = "") -> str:
    """``checkScope`` for the declared object type ``TinybirdJwtScope``."""
    assert c.class_name is not None
    name = c.class_name
    if type_prefix and name.startswith(type_prefix) and len(name) > len(type_prefix):
        name = name[len(type_prefix) :]
    return f"check{name}"


@dataclass(frozen=True)
class UnionChecker:
    """The function checking one union: the variant of the value's JSON type, then its own
    checks (``conformance/reference/values.py`` ``check_shape`` / ``_variant``)."""

    name: str
    shape: ShapeIR
    label: str  # where the union is declared: ``content.dashboardFiltersInteractivity.enabled``
    missing: str  # the code of a value of no variant's type (``missing_code``)

    @property
    def type(self) -> str:
        return type_of(self.shape)

    @property
    def variants(self) -> str:
        """```"all" | "some" | "none"` or `boolean``` (for its comment)."""
        return " or ".join(f"`{type_of(variant)}`" for variant in self.shape.variants)

    def body(self) -> list[str]:
        """The statements: one return per variant, then the refusal."""
        lines = []
        for variant in self.shape.variants:
            checked = check(variant, "value", "where", "check", 1)
            lines.append(f"if ({_json_type_test(variant)}) return {checked};")
        kinds = " or ".join(variant.kind.value for variant in self.shape.variants)
        message = f"`${{where}}: expected {kinds}, got ${{jsonType(value)}}`"
        lines.append(f"fail({self.missing}, {message});")
        return lines


def _json_type_test(variant: ShapeIR) -> str:
    """Whether ``value`` has the JSON type of a union's (scalar) variant."""
    if variant.is_integer:
        return "Number.isInteger(value)"
    return f'typeof value === "{"string" if variant.kind is Kind.STRING else "boolean"}"'


def missing_code(f: FormatIR | ExchangeIR) -> str:
    """The code expression for a value that is not there (or of no expected type):
    ``missing_claim`` when a verifier's value is absent; an exchange only signs."""
    return "absent(value, check)" if isinstance(f, FormatIR) else "check"


def union_checkers(f: FormatIR | ExchangeIR) -> list[UnionChecker]:
    """One checker per distinct union of ``f``, named for the first member declaring it
    (``checkEnabled``), clear of the declared objects' checkers and the fields' locals."""
    found: dict[ShapeIR, UnionChecker] = {}
    taken = {checker_name(c, f.type_prefix) for c in f.classes} | {x.ident for x in f.fields}

    def walk(shape: ShapeIR, label: str, name: str) -> None:
        if shape.kind is Kind.UNION and shape not in found:
            checker, n = f"check{naming.pascal(name)}", 2
            while checker in taken:
                checker, n = f"check{naming.pascal(name)}{n}", n + 1
            taken.add(checker)
            found[shape] = UnionChecker(checker, shape, label, missing_code(f))
        if shape.items is not None:
            walk(shape.items, f"{label}[]", naming.singular(name))
        for member in shape.properties:
            walk(member.shape, f"{label}.{member.wire}", member.wire)

    for x in f.fields:
        walk(x.shape, x.wire, x.wire)
    return list(found.values())


def check(
    shape: ShapeIR,
    expr: str,
    where: str,
    code: str,
    level: int,
    owner: FormatIR | ExchangeIR | None = None,
) -> str:
    """An expression checking ``expr`` (refusals carry the code expression ``code``) that gives
    the value; ``owner`` is the format whose checkers a declared object or a union calls.

    ``level`` is the JSON nesting level of the value in the document it is written in: a
    free object there may hold 64 - ``level`` more levels.
    """
    if shape.kind is Kind.ARRAY:
        assert shape.items is not None
        index = "i" if level <= 2 else f"i{level}"
        item = check(shape.items, "item", _where_item(where, index), code, level + 1, owner)
        return f"Array.from(array({expr}, {where}, {code}), (item, {index}) => {item})"
    if shape.kind is Kind.MAP:  # each value checked under its key's name: user_attributes["Region"]
        assert shape.values is not None
        item = check(shape.values, "item", "where", code, level + 1, owner)
        return f"map({expr}, {where}, {code}, (item, where) => {item})"
    if shape.is_declared_object:
        assert owner is not None
        return f"{checker_name(shape, owner.type_prefix)}({expr}, {where}, {code})"
    if shape.kind is Kind.UNION:
        assert owner is not None
        name = next(u.name for u in union_checkers(owner) if u.shape == shape)
        return f"{name}({expr}, {where}, {code})"
    if shape.is_free_object:
        return f"jsonObject({expr}, {where}, {code}, {level})"
    function = {"string": "text", "boolean": "boolean"}.get(shape.kind.value, "integer")
    bounds = []
    if shape.max_length is not None:
        bounds.append(f"maxLength: {shape.max_length}")
    if shape.minimum is not None:
        bounds.append(f"minimum: {shape.minimum}")
    if shape.maximum is not None:
        bounds.append(f"maximum: {shape.maximum}")
    extra = f", {{ {', '.join(bounds)} }}" if bounds else ""
    checked = f"{function}({expr}, {where}, {code}{extra})"
    if shape.enum_literals:
        return f"oneOf({checked}, [{', '.join(shape.enum_literals)}], {where}, {code})"
    return checked


def field_level(f: FormatIR | ExchangeIR) -> int:
    """A top-level field's value: inside the payload / envelope / body (2), or alone (1)."""
    return 1 if getattr(f, "is_signed_url", False) else 2


def class_levels(f: FormatIR | ExchangeIR) -> dict[str, int]:
    """Each declared object's JSON nesting level (each is declared at one place only)."""
    levels: dict[str, int] = {}

    def walk(shape: ShapeIR, level: int) -> None:
        if shape.class_name is not None:
            levels[shape.class_name] = level
        if shape.items is not None:
            walk(shape.items, level + 1)
        for member in shape.properties:
            walk(member.shape, level + 1)

    for x in f.fields:
        walk(x.shape, field_level(f))
    return levels


def check_field(
    x: FieldIR, expr: str, check_code: str, level: int, owner: FormatIR | ExchangeIR
) -> str:
    return check(x.shape, expr, x.wire_literal, check_code, level, owner)
