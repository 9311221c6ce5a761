"""TypeScript: ES modules, strict; one file per format with interfaces and functions.

Like Go (and unlike Python, PHP, Java and C#), the per-format file describes its fields as a
table (``FIELDS``) that the runtime's ``fields.ts`` checks and converts, because typed input,
JSON with caller-ordered ``Map`` objects and the checks would otherwise be repeated per field.
Cost: the docs snippets call runtime helpers (``putValue``, ``pick``, ``buildUrl``).
"""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

_RESERVED = [
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "as",
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
    "await",
]


class TypeScript(Language):
    name = "typescript"
    label = "TypeScript"
    extension = "ts"
    line_comment = "//"
    code_fence = "typescript"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src/runtime"
    outputs = (
        OutputFile("format.ts.j2", "src/{module}.ts", published=True),
        OutputFile("index.ts.j2", "src/index.ts", per_format=False),
        OutputFile("package.json.j2", "package.json", per_format=False),
        OutputFile("tsconfig.json.j2", "tsconfig.json", per_format=False),
        OutputFile("adapter.ts.j2", "src/adapter.ts", per_format=False),
        OutputFile("token-manager.ts.j2", "src/token-manager.ts", per_format=False),
        OutputFile("token-manager.test.ts.j2", "src/token-manager.test.ts", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.ts.j2", "src/{module}.ts", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    # tsc finds @types/node through node_modules: the global one, so builds work offline.
    checks = ('test -e node_modules || ln -s "$(npm root -g)" node_modules', "tsc -p . --noEmit")
    adapter_build = ("tsc --version", 'ln -s "$(npm root -g)" node_modules', "tsc -p .")
    adapter_run = "node dist/adapter.js"

    def module_name(self, format_name: str) -> str:
        return format_name  # kebab-case file names

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {
            "string": "string",
            "integer": "number",
            "unix-time": "number",
            "boolean": "boolean",
        }
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            assert shape.items is not None
            item = self.type_expr(shape.items, class_name)
            return f"readonly ({item})[]" if "|" in item else f"readonly {item}[]"
        return class_name if class_name and shape.properties else "JsonMap | JsonObject"

    def literal(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    def string_literals(self, texts: tuple[str, ...]) -> list[str]:
        """Each text as a string literal."""
        return [self.string_literal(t) for t in texts]
