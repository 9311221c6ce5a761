"""Python: a package ``embedseal`` (src layout), one module per format, dataclasses."""

from __future__ import annotations

import json
import keyword
from typing import Any

from generator import naming
from generator.languages.base import Language, OutputFile
from specmodel.model import Shape


class Python(Language):
    name = "python"
    label = "Python"
    extension = "py"
    line_comment = "#"
    code_fence = "python"
    reserved = frozenset(keyword.kwlist) | frozenset({"type", "id", "format", "input", "hash"})
    runtime_dir = "src/embedseal"
    outputs = (
        OutputFile("format.py.j2", "src/embedseal/{module}.py"),
        OutputFile("pyproject.toml.j2", "pyproject.toml", per_format=False),
        OutputFile("init.py.j2", "src/embedseal/__init__.py", per_format=False),
    )
    checks = ("ruff check .", "mypy --strict src")

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
