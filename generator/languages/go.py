"""Go 1.19+: module ``github.com/embedseal/embedseal-go``, one package per format."""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.languages.base import Language, OutputFile
from specmodel.model import Shape

_RESERVED = [
    "break",
    "default",
    "func",
    "interface",
    "select",
    "case",
    "defer",
    "go",
    "map",
    "struct",
    "chan",
    "else",
    "goto",
    "package",
    "switch",
    "const",
    "fallthrough",
    "if",
    "range",
    "type",
    "continue",
    "for",
    "import",
    "return",
    "var",
]
_INITIALISMS = {
    "id": "ID",
    "url": "URL",
    "uuid": "UUID",
    "jwt": "JWT",
    "api": "API",
    "http": "HTTP",
    "json": "JSON",
    "rps": "RPS",
    "iat": "IAT",
    "exp": "Exp",
    "jti": "JTI",
}


class Go(Language):
    name = "go"
    label = "Go"
    extension = "go"
    line_comment = "//"
    code_fence = "go"
    reserved = frozenset(_RESERVED)
    runtime_dir = "core"
    outputs = (
        OutputFile("format.go.j2", "{module}/{module}.go"),
        OutputFile("go.mod.j2", "go.mod", per_format=False),
    )
    checks = ("gofmt -l .", "go vet ./...")

    def module_name(self, format_name: str) -> str:
        return "".join(naming.words(format_name))  # Go package names: lowercase, one word

    def type_name(self, name: str) -> str:
        return "".join(_INITIALISMS.get(w, w.capitalize()) for w in naming.words(name))

    def member_name(self, wire_name: str) -> str:
        return self.type_name(wire_name)  # exported struct fields

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "string", "integer": "int64", "unix-time": "int64", "boolean": "bool"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            assert shape.items is not None
            return f"[]{self.type_expr(shape.items, class_name)}"
        return class_name if class_name and shape.properties else "*core.Object"

    def literal(self, value: Any) -> str:
        if isinstance(value, dict):
            return (
                "core.NewObject()"
                if not value
                else f"core.MustParseObject({self.string_literal(json.dumps(value))})"
            )
        if isinstance(value, list):
            return "[]any{" + ", ".join(self.literal(v) for v in value) + "}"
        if value is None:
            return "nil"
        return json.dumps(value, ensure_ascii=False)

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)
