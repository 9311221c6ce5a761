"""Python: one self-contained module per format (standard library only) in package ``embedseal``.

Inputs and claims are TypedDicts keyed by wire names (JSON in, JSON out, as PyJWT does), so the
module checks types at run time. The expressions that check a value are built here
(:mod:`generator.languages.python_checks`); the templates lay them out.
"""

from __future__ import annotations

import builtins
import json
import keyword
import textwrap
from typing import TYPE_CHECKING, Any

from generator import naming
from generator.ir import Kind
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from generator.languages.python_checks import PythonChecks
from generator.languages.python_code import LINE_LENGTH, Call, render_call
from generator.languages.python_exchange import PythonExchange
from generator.languages.python_module import PythonModule
from generator.languages.python_object import PythonObject
from generator.languages.python_sign import PythonSign
from generator.languages.python_url import PythonUrl
from generator.languages.python_verify import PythonVerify
from specmodel.model import Family, Shape

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, ShapeIR

# Names a generated module binds itself: a field's local variable must not shadow them.
_MODULE_NAMES = frozenset(
    {
        "annotations", "base64", "binascii", "hashlib", "hmac", "json", "re", "secrets", "time",
        "uuid", "quote", "unquote", "dataclass", "Any", "Callable", "NotRequired", "TypedDict",
        "cast", "urllib", "key", "now", "fields", "secret", "token", "signature", "url",
        "message", "payload", "header", "envelope", "mac", "value", "random_bytes", "response",
        "received", "query", "segments", "algorithm", "claims", "lines", "match", "item", "where",
        "code", "request", "result", "base_url", "timeout_ms", "digest", "claim",
    }
)  # fmt: skip


class Python(
    PythonModule,
    PythonSign,
    PythonObject,
    PythonUrl,
    PythonVerify,
    PythonChecks,
    PythonExchange,
    Language,
):
    name = "python"
    label = "Python"
    extension = "py"
    line_comment = "#"
    code_fence = "python"
    reserved = (
        frozenset(keyword.kwlist)
        | frozenset(keyword.softkwlist)
        | frozenset(dir(builtins))
        | _MODULE_NAMES
        | {"type"}
    )
    runtime_dir = "src"
    outputs = (
        OutputFile("format.py.j2", "src/{pkg.python_package}/{module}.py", published=True),
        OutputFile("pyproject.toml.j2", "pyproject.toml", per_format=False),
        OutputFile("README.md.j2", "README.md", per_format=False),
        OutputFile("init.py.j2", "src/{pkg.python_package}/__init__.py", per_format=False),
        OutputFile("py.typed.j2", "src/{pkg.python_package}/py.typed", per_format=False),
        # The conformance adapter lives outside src/: no artifact ships it.
        OutputFile("adapter.py.j2", "conformance_adapter.py", per_format=False),
    )
    exchange_outputs = (
        OutputFile("exchange.py.j2", "src/{pkg.python_package}/{module}.py", published=True),
    )
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = ("ruff check .", "ruff format --check .", "mypy --strict src")
    adapter_build = ()
    adapter_run = "env PYTHONPATH=src python3 conformance_adapter.py"
    paste = PasteRecipe(
        format_path="{name}",
        consumer_template="consumer.py.j2",
        consumer_path="consumer.py",
        checks=("mypy --strict --no-incremental .",),
        run="python3 -S consumer.py",  # -S: no site-packages, the stdlib alone
        exchange_consumer_template="consumer_exchange.py.j2",
    )

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
        if shape.type == "map":  # the claims' type; sign takes any Mapping (input_type_expr)
            assert shape.values is not None
            return f"dict[str, {self.type_expr(shape.values, None)}]"
        if shape.type == "union":  # scalar variants: the JSON type tells which (enums stay str)
            return " | ".join(self.type_expr(variant, None) for variant in shape.variants)
        return class_name if class_name and shape.properties else "dict[str, Any]"

    def input_type_expr(self, shape: ShapeIR) -> str:
        """A value's type as :func:`sign` takes it: a map as a read-only ``Mapping`` (sign
        copies what it checks), every other type as it is verified."""
        if shape.kind is Kind.MAP:
            assert shape.values is not None
            return f"Mapping[str, {shape.values.type_expr}]"
        return shape.type_expr

    def literal(self, value: Any) -> str:
        return repr(value) if not isinstance(value, str) else self.string_literal(value)

    # ------------------------------------------------------------ layout helpers for templates

    def docstring(self, text: str, indent: int) -> str:
        """A docstring at ``indent``: one line when it fits, else wrapped at the line length."""
        pad = " " * indent
        text = " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())
        if len(pad) + len(text) + 6 <= LINE_LENGTH:
            return f'{pad}"""{text}"""'
        lines = textwrap.wrap(text, LINE_LENGTH - indent - 3)
        if len(lines) == 1:  # ruff joins a lone line with its closing quotes: make it two
            lines = textwrap.wrap(text, len(text) * 2 // 3)
        lines[0] = '"""' + lines[0]
        return "\n".join([*(pad + line for line in lines), pad + '"""'])

    def raises(self, error: str, text: str) -> str:
        """A ``Raises:`` entry of a docstring, wrapped with a hanging indent."""
        lines = textwrap.wrap(
            f"{error}: {self.comment_text(text)}",
            LINE_LENGTH,
            initial_indent=" " * 8,
            subsequent_indent=" " * 12,
        )
        return "\n".join(lines)

    def comment_text(self, text: str) -> str:
        """Spec text placed inside a generated docstring: it can never end the docstring."""
        return " ".join(text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').split())

    def docstring_summary(self, text: str) -> str:
        """A module docstring's first sentence (after its ``\"\"\"``), wrapped at 100 columns."""
        lines = textwrap.wrap(text, width=100, initial_indent='"""', break_on_hyphens=False)
        return "\n".join(lines)[3:]

    def render(self, expr: Call | str, indent: int, prefix: str = "", suffix: str = "") -> str:
        """``prefix + expr + suffix`` at ``indent``, split the way ``ruff format`` splits it."""
        return render_call(expr, indent, prefix, suffix)

    def call(self, func: str, args: list[str | Call]) -> Call:
        """A call expression."""
        return Call(func, list(args))

    def tuple_of(self, items: list[str]) -> Call:
        """A tuple literal."""
        return Call("", list(items), is_tuple=True)

    def import_modules(self, package: str, formats: list[Any]) -> str:
        """``from package import a, b``, one name a line when too long."""
        names = sorted(f.module for f in formats)
        line = f"from {package} import {', '.join(names)}"
        if len(line) <= LINE_LENGTH:
            return line
        return "\n".join([f"from {package} import (", *(f"    {n}," for n in names), ")"])

    def identifier_keys(self, fields: tuple[FieldIR, ...]) -> bool:
        """Whether every wire name can be a TypedDict class attribute."""
        return all(f.wire.isidentifier() and not keyword.iskeyword(f.wire) for f in fields)

    def hash_of(self, f: FormatIR) -> str:
        """The name ``hmac.digest`` takes for the format's hash (OpenSSL's one-shot HMAC)."""
        return f'"{f.hmac.value}"'

    def alg_hash(self, alg_literal: str) -> str:
        """``"HS256"`` → ``"sha256"``."""
        return f'"sha{json.loads(alg_literal)[2:]}"'
