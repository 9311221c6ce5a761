"""Java 17: Maven layout, package ``io.embedseal.<format>``, records for inputs and claims."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

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


_WIDTH = 100


class Java(Language):
    name = "java"
    label = "Java"
    extension = "java"
    line_comment = "//"
    code_fence = "java"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src/main/java/io/embedseal/runtime"
    outputs = (
        OutputFile(
            "Format.java.j2",
            "src/main/java/io/embedseal/{module}/{type_prefix}.java",
            published=True,
        ),
        OutputFile("pom.xml.j2", "pom.xml", per_format=False),
        OutputFile(
            "Adapter.java.j2", "src/main/java/io/embedseal/adapter/Adapter.java", per_format=False
        ),
    )
    exchange_outputs = (
        OutputFile(
            "Exchange.java.j2",
            "src/main/java/io/embedseal/{module}/{type_prefix}.java",
            published=True,
        ),
    )
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        "mkdir -p out",
        "javac -Xlint:all -Xdoclint:all/protected -Werror --release 17 -d out"
        " $(find src/main/java -name '*.java')",
    )
    adapter_build = (
        "mkdir -p out",
        "javac -Xlint:all -Werror --release 17 -d out $(find src/main/java -name '*.java')",
    )
    adapter_run = "java -cp out io.embedseal.adapter.Adapter"

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

    def components(self, fields: Any) -> list[str]:
        """``Type name`` for each field: record components and parameters."""
        return [f"{f.shape.type_expr} {f.ident}" for f in fields]

    def doc(self, indent: int, text: str, hang: int | None = None) -> str:
        """A Javadoc paragraph or block tag, wrapped at 100 columns (continuations +4, or
        ``hang`` more spaces)."""
        pad = " " * indent + " * "
        more = pad + " " * (hang if hang is not None else 4 if text.startswith("@") else 0)
        return "\n".join(
            textwrap.wrap(
                text,
                _WIDTH,
                initial_indent=pad,
                subsequent_indent=more,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def method(
        self, indent: int, head: str, params: list[str], throws: str = "EmbedsealException"
    ) -> str:
        """A method declaration's first lines: ``head(params) throws X {``, wrapped at 100."""
        pad = " " * indent
        whole = f"{head}{', '.join(params)}) throws {throws} {{"
        if indent + len(whole) <= _WIDTH:
            return pad + whole
        return self.call(indent, head, params, ")") + f"\n{pad}        throws {throws} {{"

    def call(self, indent: int, head: str, args: list[str] | tuple[str, ...], tail: str) -> str:
        """``head`` + comma-separated ``args`` + ``tail``, wrapped at 100 columns like
        google-java-format (AOSP indentation): whole, then after `` = ``, then one argument
        per line."""
        pad = " " * indent
        line = head + ", ".join(args) + tail
        if indent + len(line) <= _WIDTH:
            return pad + line
        lhs, eq, rhs = head.partition(" = ")
        if eq and "(" not in lhs and indent + 8 + len(line) - len(lhs) - 3 <= _WIDTH:
            return f"{pad}{lhs} =\n{pad}        {line[len(lhs) + 3 :]}"
        more = pad + "        "
        if eq and "(" not in lhs:
            return f"{pad}{lhs} =\n" + self.call(indent + 8, rhs, args, tail)
        if not args:
            return pad + line
        joined = ", ".join(args) + tail
        if len(more) + len(joined) <= _WIDTH:
            return f"{pad}{head}\n{more}{joined}"
        return pad + head + "\n" + ",\n".join(more + a for a in args) + tail


def _map_literal(lang: Java, value: dict[str, Any]) -> str:
    entries = ", ".join(
        f"Map.entry({lang.string_literal(k)}, {lang.literal(v)})" for k, v in value.items()
    )
    return f"Json.orderedMap({entries})"
