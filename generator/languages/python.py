"""Python: a package ``embedseal`` (src layout), one module per format, dataclasses."""

from __future__ import annotations

import json
import keyword
import textwrap
from typing import TYPE_CHECKING, Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, FormatIR, ShapeIR, UrlPartIR


class Python(Language):
    name = "python"
    label = "Python"
    extension = "py"
    line_comment = "#"
    code_fence = "python"
    reserved = (
        frozenset(keyword.kwlist)
        | frozenset(keyword.softkwlist)
        | frozenset({"type", "id", "format", "input", "hash", "filter", "extra", "self", "cls"})
    )
    runtime_dir = "src/embedseal"
    outputs = (
        OutputFile("format.py.j2", "src/embedseal/{module}.py", published=True),
        OutputFile("pyproject.toml.j2", "pyproject.toml", per_format=False),
        OutputFile("init.py.j2", "src/embedseal/__init__.py", per_format=False),
        OutputFile("adapter.py.j2", "src/embedseal/_adapter.py", per_format=False),
        OutputFile("py.typed.j2", "src/embedseal/py.typed", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.py.j2", "src/embedseal/{module}.py", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = ("ruff check .", "ruff format --check .", "mypy --strict src")
    adapter_build = ()
    adapter_run = "env PYTHONPATH=src python3 -m embedseal._adapter"

    def module_name(self, format_name: str) -> str:
        return naming.snake(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.snake(wire_name)

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "str", "integer": "int", "unix-time": "int", "boolean": "bool"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            assert shape.items is not None
            return f"list[{self.type_expr(shape.items, class_name)}]"
        return class_name if class_name and shape.properties else "dict[str, Any]"

    def literal(self, value: Any) -> str:
        return repr(value) if not isinstance(value, str) else self.string_literal(value)

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    # Helpers for the templates: conversions between typed values and JSON values.

    def class_function(self, class_name: str, direction: str) -> str:
        """The private module function converting a declared object (``json`` or ``from_json``)."""
        return f"_{naming.snake(class_name)}_{direction}"

    def convert(
        self, shape: ShapeIR, expr: str | Call, where: str, checks: str, to_json: bool
    ) -> Call:
        """A call checking ``expr`` against ``shape``; ``to_json`` turns typed → JSON."""
        if shape.class_name is not None:
            direction = "json" if to_json else "from_json"
            return Call(self.class_function(shape.class_name, direction), [expr, where, checks])
        if shape.kind == "array":
            assert shape.items is not None
            item = shape.items
            if item.class_name is not None:
                direction = "json" if to_json else "from_json"
                converter = self.class_function(item.class_name, direction)
            elif (
                item.kind == "array"
                or item.max_length
                or item.enum
                or item.minimum is not None
                or item.maximum is not None
            ):
                converter = (
                    "lambda item, at, checks: "
                    + self.convert(item, "item", "at", "checks", to_json).flat()
                )
            else:
                converter = "_values." + _FUNCTIONS[item.kind]
            return Call("_values.array", [expr, where, checks, converter])
        args: list[str | Call] = [expr, where, checks]
        if shape.max_length is not None:
            args.append(f"max_length={shape.max_length}")
        if shape.minimum is not None:
            args.append(f"minimum={shape.minimum}")
        if shape.maximum is not None:
            args.append(f"maximum={shape.maximum}")
        if shape.enum_literals:
            args.append(Call("enum=", list(shape.enum_literals), is_tuple=True))
        return Call("_values." + _FUNCTIONS[shape.kind], args)

    def url_base_items(self, f: FormatIR) -> list[str]:
        """``TemplatePart`` constructors for the URL template (signed URLs are parsed back)."""
        items = []
        for p in f.url_base:
            if p.literal is not None:
                items.append(f"TemplatePart(literal={self.string_literal(p.literal)})")
            elif p.field is not None:
                percent = ", percent=True" if p.percent else ""
                items.append(f"TemplatePart(field={p.field.wire_literal}{percent})")
        return items

    def url_query_items(self, f: FormatIR) -> list[str]:
        """``QueryParam`` constructors for the query parameters."""
        return [
            f"QueryParam({q.name_literal}, signature=True)"
            if q.value == "signature" or q.field is None
            else f"QueryParam({q.name_literal}, {q.field.wire_literal}, "
            f"{self.string_literal(q.encode)})"
            for q in f.url_query
        ]

    def message_items(self, f: FormatIR) -> list[str]:
        """``MessagePart`` constructors for the signed string."""
        return [
            f"MessagePart({p.field.wire_literal}, {p.prefix_literal}, "
            f"{self.string_literal(p.encode)})"
            for p in f.message_parts
        ]

    def url_terms(self, parts: tuple[UrlPartIR, ...], *, base: bool = False) -> list[str]:
        """The terms of a URL template, as expressions over ``values`` and ``token``.

        A raw field in the ``base`` is refused when it holds ``?`` or ``#``.
        """
        terms = []
        for p in parts:
            if p.literal is not None:
                terms.append(self.string_literal(p.literal))
            elif p.token:
                terms.append("token")
            else:
                assert p.field is not None
                value = f"values[{p.field.wire_literal}]"
                if p.percent:
                    terms.append(f"_percent(_values.plain_text({value}))")
                elif base:
                    terms.append(f"_values.base_url_text({value}, {p.field.wire_literal})")
                else:
                    terms.append(f"_values.plain_text({value})")
        return terms

    def exchange_exports(self, f: ExchangeIR) -> list[str]:
        """``__all__`` of an exchange format module, sorted as ruff sorts it."""
        types = [c.class_name for c in f.classes if c.class_name is not None]
        types += [f"{f.type_prefix}{suffix}" for suffix in ("Exchanged", "Input")]
        functions = ["exchange", "revoke"] if f.revoke is not None else ["exchange"]
        return ["JSON_PROFILE", "TIMEOUT_MS", *sorted(types), *functions]

    def string_literals(self, texts: tuple[str, ...]) -> list[str]:
        """Each text as a string literal."""
        return [self.string_literal(t) for t in texts]

    def exchange_url_terms(self, parts: tuple[UrlPartIR, ...]) -> list[str]:
        """The terms of an exchange URL template over ``values`` (and ``token``)."""
        terms = []
        for p in parts:
            if p.literal is not None:
                terms.append(self.string_literal(p.literal))
            elif p.token:
                terms.append("_percent(token)" if p.percent else "token")
            else:
                assert p.field is not None
                text = f"_url_text(values, {p.field.wire_literal})"
                terms.append(f"_percent({text})" if p.percent else text)
        return terms

    def concat(self, indent: int, prefix: str, terms: list[str]) -> str:
        """``prefix a + b + c``, parenthesized one term a line when too long."""
        pad = " " * indent
        line = pad + prefix + " + ".join(terms)
        if len(line) <= LINE_LENGTH or len(terms) == 1:
            return line
        inner = [pad + "    " + terms[0]] + [f"{pad}    + {t}" for t in terms[1:]]
        return "\n".join([f"{pad}{prefix}(", *inner, f"{pad})"])

    def import_modules(self, formats: list[FormatIR]) -> str:
        """``from . import a, b``, one name a line when too long."""
        names = sorted(f.module for f in formats)
        line = f"from . import {', '.join(names)}"
        if len(line) <= LINE_LENGTH:
            return line
        return "\n".join(["from . import (", *(f"    {n}," for n in names), ")"])

    def exports(self, f: FormatIR) -> list[str]:
        """``__all__`` of a format module, sorted as ruff sorts it."""
        types = [c.class_name for c in f.classes if c.class_name is not None]
        types += [f"{f.type_prefix}{suffix}" for suffix in ("Claims", "Input", "Signed")]
        names = ["JSON_PROFILE", "PERCENT_SAFE", "PERCENT_SPACE"]
        return names + sorted(types) + ["embed_url", "load_key", "sign", "verify"]

    def docstring(self, text: str, indent: int) -> str:
        """A docstring at ``indent``: one line when it fits, else wrapped at the line length."""
        pad = " " * indent
        text = " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())
        if len(pad) + len(text) + 6 <= LINE_LENGTH:
            return f'{pad}"""{text}"""'
        lines = textwrap.wrap(text, LINE_LENGTH - indent - 3)
        lines[0] = '"""' + lines[0]
        return "\n".join([*(pad + line for line in lines), pad + '"""'])

    def convert_field(self, member: FieldIR, expr: str | Call, where: str, checks: str) -> Call:
        """A received member checked against its shape (and its fixed value, if any)."""
        checked = self.convert(member.shape, expr, where, checks, to_json=False)
        if member.fixed_literal is None:
            return checked
        return Call("_values.fixed", [checked, member.fixed_literal, where, checks])

    def call(self, func: str, args: list[str | Call]) -> Call:
        """A call expression."""
        return Call(func, list(args))

    def tuple_of(self, items: list[str]) -> Call:
        """A tuple literal."""
        return Call("", list(items), is_tuple=True)

    def render(self, expr: Call | str, indent: int, prefix: str = "", suffix: str = "") -> str:
        """``prefix + expr + suffix`` at ``indent``, split the way ``ruff format`` splits it."""
        return "\n".join(_render(expr, indent, prefix, suffix))

    def conditional(
        self, indent: int, prefix: str, value: str, condition: str, other: Call, suffix: str
    ) -> str:
        """``prefix value if condition else other suffix``, split over lines when too long."""
        line = f"{' ' * indent}{prefix}{value} if {condition} else {other.flat()}{suffix}"
        if len(line) <= LINE_LENGTH:
            return line
        pad = " " * indent
        return "\n".join(
            [
                f"{pad}{prefix}{value}",
                f"{pad}if {condition}",
                *_render(other, indent, "else ", suffix),
            ]
        )

    def optional(self, member: FieldIR) -> bool:
        """Whether a typed member may be ``None`` (absent)."""
        return not member.required

    def claim_fields(self, f: FormatIR) -> tuple[FieldIR, ...]:
        """The fields a verified token or URL carries, in declared order."""
        if f.family == "signed-url":
            return tuple(x for x in f.fields if x.source != "signature")
        return tuple(x for x in f.fields if x.placement != "url" and x.source != "signature")

    def may_be_absent(self, member: FieldIR) -> bool:
        """Whether a resolved sign value can be missing (optional input without a default)."""
        return (
            member.is_input
            and not member.required
            and member.default_literal is None
            and member.now_plus is None
        )

    def hash_name(self, alg_literal: str) -> str:
        """``"HS256"`` → ``"sha256"``."""
        return f'"sha{json.loads(alg_literal)[2:]}"'

    def claim_sources(self, f: FormatIR) -> tuple[tuple[FieldIR, str], ...]:
        """Claim fields with the mapping they are read from, in the order they are checked."""
        fields = self.claim_fields(f)
        return tuple((x, "received") for x in fields if x.placement != "header") + tuple(
            (x, "header") for x in fields if x.placement == "header"
        )


LINE_LENGTH = 100
_FUNCTIONS = {
    "string": "string",
    "integer": "integer",
    "unix-time": "integer",
    "boolean": "boolean",
    "object": "free_object",
}


class Call:
    """A call (or tuple) expression the templates lay out as ``ruff format`` would."""

    def __init__(self, func: str, args: list[str | Call], *, is_tuple: bool = False) -> None:
        self.func, self.args, self.is_tuple = func, args, is_tuple

    def body(self) -> str:
        text = ", ".join(_flat(a) for a in self.args)
        return text + "," if self.is_tuple and len(self.args) == 1 else text

    def flat(self) -> str:
        return f"{self.func}({self.body()})"

    def __str__(self) -> str:
        return self.flat()


def _flat(expr: str | Call) -> str:
    return expr if isinstance(expr, str) else expr.flat()


def _render(expr: str | Call, indent: int, prefix: str, suffix: str) -> list[str]:
    pad = " " * indent
    line = pad + prefix + _flat(expr) + suffix
    if len(line) <= LINE_LENGTH or isinstance(expr, str) or not expr.args:
        return [line]
    head, tail = f"{pad}{prefix}{expr.func}(", f"{pad}){suffix}"
    body = expr.body()
    if indent + 4 + len(body) <= LINE_LENGTH and not (expr.is_tuple and len(expr.args) == 1):
        return [head, " " * (indent + 4) + body, tail]
    lines = [head]
    for arg in expr.args:
        lines += _render(arg, indent + 4, "", ",")
    return [*lines, tail]
