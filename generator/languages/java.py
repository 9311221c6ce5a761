"""Java 17: Maven layout, package ``io.embedseal.<format>``, records for inputs and claims."""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.languages.base import Language, OutputFile
from specmodel.model import Shape

_RESERVED = [
    "abstract",
    "assert",
    "boolean",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "continue",
    "default",
    "do",
    "double",
    "else",
    "enum",
    "extends",
    "final",
    "finally",
    "float",
    "for",
    "goto",
    "if",
    "implements",
    "import",
    "instanceof",
    "int",
    "interface",
    "long",
    "native",
    "new",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "short",
    "static",
    "strictfp",
    "super",
    "switch",
    "synchronized",
    "this",
    "throw",
    "throws",
    "transient",
    "try",
    "void",
    "volatile",
    "while",
    "true",
    "false",
    "null",
    "var",
    "record",
    "yield",
    "sealed",
    "permits",
]


class Java(Language):
    name = "java"
    label = "Java"
    extension = "java"
    line_comment = "//"
    code_fence = "java"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src/main/java/io/embedseal/runtime"
    outputs = (
        OutputFile("Format.java.j2", "src/main/java/io/embedseal/{module}/{type_prefix}.java"),
        OutputFile("pom.xml.j2", "pom.xml", per_format=False),
    )
    checks = ("javac -Xlint:all -Werror --release 17",)

    def module_name(self, format_name: str) -> str:
        return "".join(naming.words(format_name))  # Java package segments: lowercase, no separators

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "String", "integer": "Long", "unix-time": "Long", "boolean": "Boolean"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            assert shape.items is not None
            return f"List<{self.type_expr(shape.items, class_name)}>"
        return class_name if class_name and shape.properties else "Map<String, Object>"

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "Boolean.TRUE" if value else "Boolean.FALSE"
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "List.of(" + ", ".join(self.literal(v) for v in value) + ")"
        if isinstance(value, dict):
            return "new LinkedHashMap<String, Object>()" if not value else _map_literal(self, value)
        return "null"

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)


def _map_literal(lang: Java, value: dict[str, Any]) -> str:
    entries = ", ".join(
        f"Map.entry({lang.string_literal(k)}, {lang.literal(v)})" for k, v in value.items()
    )
    return f"Json.orderedMap({entries})"
