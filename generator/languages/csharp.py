"""C# 7.3 / netstandard2.0 (also Mono's mcs): namespace ``Embedseal.<Format>``, classes."""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

_RESERVED = [
    "abstract",
    "as",
    "base",
    "bool",
    "break",
    "byte",
    "case",
    "catch",
    "char",
    "checked",
    "class",
    "const",
    "continue",
    "decimal",
    "default",
    "delegate",
    "do",
    "double",
    "else",
    "enum",
    "event",
    "explicit",
    "extern",
    "false",
    "finally",
    "fixed",
    "float",
    "for",
    "foreach",
    "goto",
    "if",
    "implicit",
    "in",
    "int",
    "interface",
    "internal",
    "is",
    "lock",
    "long",
    "namespace",
    "new",
    "null",
    "object",
    "operator",
    "out",
    "override",
    "params",
    "private",
    "protected",
    "public",
    "readonly",
    "ref",
    "return",
    "sbyte",
    "sealed",
    "short",
    "sizeof",
    "stackalloc",
    "static",
    "string",
    "struct",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "uint",
    "ulong",
    "unchecked",
    "unsafe",
    "ushort",
    "using",
    "virtual",
    "void",
    "volatile",
    "while",
]


class CSharp(Language):
    name = "csharp"
    label = "C#"
    extension = "cs"
    line_comment = "//"
    code_fence = "csharp"
    reserved = frozenset(_RESERVED)
    runtime_dir = "Runtime"
    outputs = (
        OutputFile("Format.cs.j2", "{module}/{type_prefix}.cs", published=True),
        OutputFile("Embedseal.csproj.j2", "Embedseal.csproj", per_format=False),
        OutputFile("Program.cs.j2", "Adapter/Program.cs", per_format=False),
        # The exchange family's HTTP helper: outside the runtime, which needs only mscorlib/System.
        OutputFile("Http.cs.j2", "Runtime/Http.cs", per_format=False),
    )
    exchange_outputs = (OutputFile("Exchange.cs.j2", "{module}/{type_prefix}.cs", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        "mcs -langversion:7.2 -warn:4 -warnaserror -nologo -target:library -doc:Embedseal.xml"
        " -r:System.Net.Http.dll -out:Embedseal.dll"
        " $(find . -name '*.cs' -not -path './Adapter/*')",
    )
    adapter_build = (
        "mcs -langversion:7.2 -warnaserror -nologo -r:System.Net.Http.dll -out:adapter.exe"
        " $(find . -name '*.cs')",
    )
    adapter_run = "mono adapter.exe"

    def module_name(self, format_name: str) -> str:
        return naming.pascal(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.pascal(wire_name)  # public properties

    def escape(self, identifier: str) -> str:
        return f"@{identifier}" if identifier in self.reserved else identifier

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "string", "integer": "long?", "unix-time": "long?", "boolean": "bool?"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            assert shape.items is not None
            return f"List<{self.type_expr(shape.items, class_name)}>"
        return class_name if class_name and shape.properties else "JsonObject"

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "new List<object> { " + ", ".join(self.literal(v) for v in value) + " }"
        if isinstance(value, dict):
            pairs = ", ".join(
                f"{{ {self.string_literal(k)}, {self.literal(v)} }}" for k, v in value.items()
            )
            return f"new JsonObject {{ {pairs} }}" if value else "new JsonObject()"
        return "null"

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)
