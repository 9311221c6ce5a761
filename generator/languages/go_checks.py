"""Checks of the caller's values when signing (what Go's types cannot say), and the checks
of verified claims that share their wording. The sink is ``c``, the file's ``*checks``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator.ir import FieldIR, Kind, ShapeIR

if TYPE_CHECKING:
    from generator.languages.go import Go

MAX_SAFE = 2**53 - 1


@dataclass(frozen=True)
class Value:
    """A value some code writes: a Go expression, and when it may be absent."""

    field: FieldIR
    expr: str  # the value itself (never a pointer)
    present: str = ""  # a Go condition when the value may be absent


def block(head: str, body: list[str]) -> list[str]:
    """``head {`` body ``}``, the body indented one tab."""
    return [head + " {", *("\t" + line for line in body), "}"]


def receiver(expr: str) -> str:
    """A receiver for a value method: a pointer works as it is (Go dereferences it)."""
    return expr.removeprefix("*")


def _plus(depth: str, n: int) -> str:
    return str(int(depth) + n) if depth.isdigit() else f"{depth}+{n}"


class GoChecks:
    """Check statements (``c.want(…)``) over the values ``values`` of the call."""

    lang: Go
    values: dict[str, Value]

    def lit(self, text: str) -> str:
        return self.lang.string_literal(text)

    def detail(self, where: str, what: str) -> str:
        """A failure's detail as a Go string literal: where, then what."""
        return self.lit(f"{where}: {what}")

    # Checks of the caller's values (the sink is `c`, a *checks).

    def input_checks(self, fields: tuple[FieldIR, ...], depth: int) -> list[str]:
        """Checks of inputs (what Go's types cannot say); ``depth``: their nesting level (a
        spread object's is the object's around it: its members are that object's)."""
        lines: list[str] = []
        for x in fields:
            value = self.values.get(x.wire) or Value(x, "in." + x.ident)
            level = depth - 1 if x.spread else depth
            checks = self.checks(x.shape, value.expr, x.wire, str(level))
            guarded = value.present and self.nil_refused(x.shape, pointer=True)
            lines += block(f"if {value.present}", checks) if guarded and checks else checks
        return lines

    def nil_refused(self, shape: ShapeIR, pointer: bool) -> bool:
        """Whether an optional value's checks refuse nil (then they run only when it is set):
        a pointer's (``pointer``: the value is one unless nil-able) and a union's, whose nil is
        no variant's value. A nil slice or map checks out."""
        return shape.kind is Kind.UNION or (pointer and not self.lang.nil_absent(shape))

    def checks(self, shape: ShapeIR, expr: str, where: str, depth: str) -> list[str]:
        """Checks of one typed value; ``depth`` (a Go expression) is its nesting level."""
        if shape.kind is Kind.STRING:
            valid = f"c.want(utf8.ValidString({expr}), {self.detail(where, 'not valid UTF-8')})"
            return ([] if shape.enum else [valid]) + self.constraints(shape, expr, where, True)
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            item = "w" if expr == "v" else "v"
            inner = self.checks(shape.items, item, where + "[]", _plus(depth, 1))
            return block(f"for _, {item} := range {expr}", inner) if inner else []
        if shape.kind is Kind.MAP:
            assert shape.values is not None
            item = "w" if expr == "v" else "v"
            # A key names a query parameter (after the prefix): never empty, always text.
            refused = self.detail(where, "a key is empty or not valid UTF-8")
            key = f'c.want(k != "" && utf8.ValidString(k), {refused})'
            inner = self.checks(shape.values, item, where + "[]", depth)
            return block(f"for k, {item} := range {expr}", [key, *inner])
        if shape.is_free_object:
            return [f"c.json({expr}, {depth}, {self.lit(where)})"]
        if shape.is_declared_object:
            return [f"{receiver(expr)}.check(c, {depth})"]
        if shape.kind is Kind.UNION:
            return self.union_checks(shape, expr, where)
        return self.constraints(shape, expr, where, True)

    def union_checks(self, shape: ShapeIR, expr: str, where: str) -> list[str]:
        """A caller's union value: the variant of its Go type, then that variant's checks; a
        value of no variant's type is refused (``conformance/reference/values.py``
        ``_variant``)."""
        item = "w" if expr == "v" else "v"
        cases: list[str] = []
        used = False
        for variant in shape.variants:
            for go in self.lang.variant_types(variant, taken=True):
                checks = self.checks(variant, self.lang.as_variant(variant, go, item), where, "0")
                used = used or bool(checks)
                cases += [f"case {go}:", *("\t" + line for line in checks)]
        expected = self.detail(where, "expected " + self.lang.union_kinds(shape))
        cases += ["default:", f"\tc.want(false, {expected})"]
        head = f"switch {item} := {expr}.(type)" if used else f"switch {expr}.(type)"
        return [head + " {", *cases, "}"]

    def constraints(self, shape: ShapeIR, expr: str, where: str, safe: bool) -> list[str]:
        """Enum, length and bound checks (``safe``: the +/-(2^53 - 1) range too)."""
        d = self.detail
        lines = []
        low, high = shape.minimum, shape.maximum
        bounded = low is not None and high is not None and low >= -MAX_SAFE and high <= MAX_SAFE
        if shape.is_integer and safe and not bounded:
            beyond = d(where, "beyond ±(2^53-1)")
            lines.append(f"c.want(-maxSafe <= {expr} && {expr} <= maxSafe, {beyond})")
        if shape.enum_literals:
            allowed = " || ".join(f"{expr} == {e}" for e in shape.enum_literals)
            lines.append(f"c.want({allowed}, {d(where, 'not one of the allowed values')})")
        if shape.max_length is not None:
            n = shape.max_length
            longer = d(where, f"longer than {n} characters")
            lines.append(f"c.want(utf8.RuneCountInString({expr}) <= {n}, {longer})")
        if low is not None:
            lines.append(f"c.want({expr} >= {low}, {d(where, f'below {low}')})")
        if high is not None:
            lines.append(f"c.want({expr} <= {high}, {d(where, f'above {high}')})")
        return lines

    def class_checks(self, shape: ShapeIR) -> list[str]:
        """The body of a declared type's ``check`` method (receiver ``x`` at level ``depth``)."""
        lines = []
        for p in shape.properties:
            pointer = not p.required and not self.lang.nil_absent(p.shape)
            expr = ("*x." if pointer else "x.") + p.ident
            checks = self.checks(p.shape, expr, p.wire, "depth+1")
            guarded = not p.required and self.nil_refused(p.shape, pointer=True)
            lines += block(f"if x.{p.ident} != nil", checks) if guarded and checks else checks
        if shape.exactly_one_of:
            lines.append(self.exactly_one(shape, "x."))
        return lines

    def exactly_one(self, shape: ShapeIR, prefix: str) -> str:
        """The check that exactly one of the shape's ``exactly_one_of`` members is set."""
        set_ = [f"{prefix}{p.ident} != nil" for p in shape.exactly_one_of]
        names = ", ".join(p.wire for p in shape.exactly_one_of)
        cond = f"({set_[0]}) != ({set_[1]})" if len(set_) == 2 else f"oneOf({', '.join(set_)})"
        return f'c.want({cond}, "exactly one of {names} is required")'
