"""The Python expressions that check a value against its shape (signing and verifying alike).

Each expression takes the value, the location used in messages (a Python expression), the
error code (``_INPUT`` when signing, ``_CLAIM`` when verifying) and returns the value, checked;
a declared object becomes a plain dict with its members in declared order.
"""

from __future__ import annotations

import json

from generator import naming
from generator.exchange_ir import ExchangeIR
from generator.ir import FieldIR, FormatIR, Kind, ShapeIR
from generator.languages.python_code import LINE_LENGTH, Call, flat


def check(shape: ShapeIR, value: str, where: str, code: str, depth: int) -> Call:
    """The checking expression of ``value`` of ``shape``, a container at JSON level ``depth``."""
    if shape.kind is Kind.STRING:
        checked = _one_of(shape, Call("_string", [value, where, code]), where, code)
        if shape.max_length is not None:
            checked = Call("_max_length", [checked, str(shape.max_length), where, code])
    elif shape.is_integer:
        checked = _one_of(shape, Call("_integer", [value, where, code]), where, code)
        if shape.minimum is not None or shape.maximum is not None:
            bounds = [str(shape.minimum), str(shape.maximum)]
            checked = Call("_bounded", [checked, *bounds, where, code])
    elif shape.kind is Kind.BOOLEAN:
        checked = Call("_boolean", [value, where, code])
    elif shape.kind is Kind.UNION:
        variants = [variant_checker(v) for v in shape.variants]
        checked = Call("_union", [value, where, code, *variants])
    elif shape.kind is Kind.ARRAY:
        assert shape.items is not None
        checked = Call("_array", [value, where, code, item_checker(shape.items, depth + 1)])
    elif shape.kind is Kind.MAP:  # each value checked under its key: user_attributes['Region']
        assert shape.values is not None
        checked = Call("_map", [value, where, code, item_checker(shape.values, depth + 1)])
    elif shape.class_name is not None:
        checked = Call(class_function(shape.class_name), [value, where, code])
    else:
        checked = Call("_free", [value, where, code, str(depth)])
    return checked


# Above an inline test (see inline_test).
INLINE_NOTE = (
    "    # The usual case in one test: each value below present, ASCII text or an integer\n"
    "    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why."
)


def inline_checkable(x: FieldIR) -> bool:
    """A required string or integer, with at most a length or bounds: one inline test."""
    shape = x.shape
    scalar = shape.kind is Kind.STRING or shape.is_integer
    return x.required and scalar and not shape.enum_literals and x.fixed_literal is None


def inline_test(x: FieldIR, value: str, name: str) -> list[str]:
    """The terms of the test that ``value`` (then ``name``, bound to it) passes its checks: a
    helper call per value is most of the time a check takes."""
    shape = x.shape
    if shape.kind is Kind.STRING:
        tests = [f"type({value}) is str", f"{name}.isascii()"]  # else it may hold a surrogate
        if shape.max_length is not None:
            tests.append(f"len({name}) <= {shape.max_length}")
        return tests
    low = "-_MAX_SAFE" if shape.minimum is None else str(max(shape.minimum, -(2**53 - 1)))
    high = "_MAX_SAFE" if shape.maximum is None else str(min(shape.maximum, 2**53 - 1))
    return [f"type({value}) is int", f"{low} <= {name} <= {high}"]


def inline_if(tests: list[str]) -> str:
    """``if not (...):`` over ``tests``, laid out as ruff format does: on one line, else the
    terms on their own line, else one a line."""
    joined = " and ".join(tests)
    for layout in (f"    if not ({joined}):", f"    if not (\n        {joined}\n    ):"):
        if max(len(line) for line in layout.split("\n")) <= LINE_LENGTH:
            return layout
    return "    if not (\n        " + "\n        and ".join(tests) + "\n    ):"


def _one_of(shape: ShapeIR, checked: Call, where: str, code: str) -> Call:
    if not shape.enum_literals:
        return checked
    return Call("_one_of", [checked, _tuple(shape.enum_literals), where, code])


def item_checker(shape: ShapeIR, depth: int) -> Call | str:
    """A function checking one array item (or map value): a helper's name, or a lambda when
    it needs more, laid out as a call so that a long one splits inside its body."""
    plain = {Kind.STRING: "_string", Kind.BOOLEAN: "_boolean"}
    if not shape.has_constraints and shape.kind in plain:
        return plain[shape.kind]
    if not shape.has_constraints and shape.is_integer:
        return "_integer"
    if shape.class_name is not None and not shape.has_constraints:
        return class_function(shape.class_name)
    inner = check(shape, "item", "at", "code", depth)
    return Call(f"lambda item, at, code: {inner.func}", inner.args)


def variant_checker(variant: ShapeIR) -> Call | str:
    """A union variant's checker, as the keyword argument ``_union`` picks it by: the JSON type
    a value of the variant has (``string=``, ``integer=``, ``boolean=``)."""
    kind = "integer" if variant.is_integer else variant.kind.value
    if not variant.has_constraints:
        return f"{kind}={flat(item_checker(variant, 0))}"
    inner = check(variant, "item", "at", "code", 0)  # a scalar: no depth of its own
    return Call(f"{kind}=lambda item, at, code: {inner.func}", inner.args)


def class_function(class_name: str) -> str:
    """The module function that checks a declared object."""
    return f"_{naming.snake(class_name)}"


def member_where(where: str, member: FieldIR) -> str:
    """The location of a member of a declared object, as an expression."""
    return f"{where} + {_literal('.' + member.wire)}"


def class_depths(f: FormatIR | ExchangeIR) -> dict[str, int]:
    """The JSON level each declared object sits at (its members are one deeper)."""
    start = field_depth(f)
    found: dict[str, int] = {}
    for field in f.fields:
        _depths(field.shape, start, found)
    return found


def _depths(shape: ShapeIR, depth: int, found: dict[str, int]) -> None:
    if shape.class_name is not None:
        found[shape.class_name] = depth
    if shape.items is not None:
        _depths(shape.items, depth + 1, found)
    for member in shape.properties:
        _depths(member.shape, depth + 1, found)


def field_depth(f: FormatIR | ExchangeIR) -> int:
    """The JSON level of a top-level field's value: 2 in a JWS payload, an envelope or a
    request body (the object is level 1); 1 where each value is a JSON text of its own."""
    return 1 if isinstance(f, FormatIR) and f.is_signed_url else 2


def _tuple(items: tuple[str, ...]) -> str:
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _literal(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def helpers(f: FormatIR) -> frozenset[str]:
    """The module-private helper functions the format's checks, encodings and URLs call."""
    found = set(input_helpers(f.fields)) | {"_key"}
    if any(x.required for x in f.claims):
        found.add("_claim")
    if f.needs.json_read:
        found |= {"_json_value", "_string"}  # the strict reader checks what it parsed
    if f.is_signed_url or f.signature_field is not None:
        found.add("_string")  # the received signature text
    if any(r.field is None for r in f.verify.registered):
        found.add("_integer")  # an undeclared registered time claim must be an integer
    return frozenset(found)


def input_helpers(fields: tuple[FieldIR, ...]) -> frozenset[str]:
    """The checking helpers the values of ``fields`` need."""
    found: set[str] = set()
    shapes = [s for field in fields for s in _shapes(field.shape)]
    kinds = {
        "_string": Kind.STRING,
        "_boolean": Kind.BOOLEAN,
        "_array": Kind.ARRAY,
        "_union": Kind.UNION,
        "_map": Kind.MAP,
    }
    for name, kind in kinds.items():
        if any(s.kind is kind for s in shapes):
            found.add(name)
    found |= {name for name, hit in _shape_helpers(shapes).items() if hit}
    if any(x.is_input and x.required and not x.has_default for x in fields):
        found.add("_required")
    if any(p.required for s in shapes for p in s.properties):
        found.add("_member")
    if "_free" in found:
        found |= {"_json_value", "_string"}
    return frozenset(found)


def _shape_helpers(shapes: list[ShapeIR]) -> dict[str, bool]:
    return {
        "_integer": any(s.is_integer for s in shapes),
        "_free": any(s.is_free_object for s in shapes),
        "_mapping": any(s.is_declared_object for s in shapes),
        "_one_of": any(s.enum for s in shapes),
        "_max_length": any(s.max_length is not None for s in shapes),
        "_bounded": any(s.minimum is not None or s.maximum is not None for s in shapes),
        "_exactly_one": any(s.exactly_one_of for s in shapes),
    }


def _shapes(shape: ShapeIR) -> list[ShapeIR]:
    found = [shape]
    if shape.items is not None:
        found += _shapes(shape.items)
    if shape.values is not None:
        found += _shapes(shape.values)
    for member in shape.properties:
        found += _shapes(member.shape)
    for variant in shape.variants:
        found += _shapes(variant)
    return found


class PythonChecks:
    """Template helpers for value checks (mixed into :class:`Python`)."""

    def helpers(self, f: FormatIR) -> frozenset[str]:
        return helpers(f)

    def class_function(self, class_name: str) -> str:
        return class_function(class_name)

    def member_where(self, where: str, member: FieldIR) -> str:
        return member_where(where, member)

    def check(self, shape: ShapeIR, value: str | Call, where: str, code: str, depth: int) -> Call:
        return check(shape, value if isinstance(value, str) else value.flat(), where, code, depth)

    def depth_of(self, f: FormatIR, shape: ShapeIR) -> int:
        """The JSON level of a declared object of ``f``."""
        assert shape.class_name is not None
        return class_depths(f)[shape.class_name]
