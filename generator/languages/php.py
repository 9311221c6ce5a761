"""PHP 8.1+: PSR-4 namespace ``Embedseal``, one namespace (folder) per format."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

_RESERVED = [
    "abstract",
    "and",
    "array",
    "as",
    "break",
    "callable",
    "case",
    "catch",
    "class",
    "clone",
    "const",
    "continue",
    "declare",
    "default",
    "do",
    "echo",
    "else",
    "elseif",
    "empty",
    "enddeclare",
    "endfor",
    "endforeach",
    "endif",
    "endswitch",
    "endwhile",
    "eval",
    "exit",
    "extends",
    "final",
    "finally",
    "fn",
    "for",
    "foreach",
    "function",
    "global",
    "goto",
    "if",
    "implements",
    "include",
    "instanceof",
    "insteadof",
    "interface",
    "isset",
    "list",
    "match",
    "namespace",
    "new",
    "or",
    "print",
    "private",
    "protected",
    "public",
    "readonly",
    "require",
    "return",
    "static",
    "switch",
    "throw",
    "trait",
    "try",
    "unset",
    "use",
    "var",
    "while",
    "xor",
    "yield",
]


class Php(Language):
    name = "php"
    label = "PHP"
    extension = "php"
    line_comment = "//"
    code_fence = "php"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src/Runtime"
    outputs = (
        # Token.php first: the docs take their sign/verify/url regions from the first file.
        OutputFile("Token.php.j2", "src/{module}/Token.php", published=True),
        OutputFile("Input.php.j2", "src/{module}/Input.php"),
        OutputFile("Claims.php.j2", "src/{module}/Claims.php"),
        OutputFile("Signed.php.j2", "src/{module}/Signed.php"),
        OutputFile("Schema.php.j2", "src/{module}/Schema.php"),
        OutputFile("Class.php.j2", "src/{module}/{class_name}.php"),
        OutputFile("composer.json.j2", "composer.json", per_format=False),
        OutputFile("adapter.php.j2", "bin/adapter.php", per_format=False),
    )
    exchange_outputs = (
        # Exchange.php first: the docs take their regions from the first file.
        OutputFile("Exchange.php.j2", "src/{module}/Exchange.php", published=True),
        OutputFile("Input.php.j2", "src/{module}/Input.php"),
        OutputFile("Exchanged.php.j2", "src/{module}/Exchanged.php"),
        OutputFile("Schema.php.j2", "src/{module}/Schema.php"),
        OutputFile("Class.php.j2", "src/{module}/{class_name}.php"),
    )
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        "find src bin -name '*.php' -print0 | xargs -0 -n1 php -l",
        "phpcs --standard=PSR12 src bin",
    )
    adapter_build = ("php -l bin/adapter.php",)
    adapter_run = "php bin/adapter.php"

    def module_name(self, format_name: str) -> str:
        return naming.pascal(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def escape(self, identifier: str) -> str:
        return identifier  # properties and parameters are $-prefixed: no clashes

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "string", "integer": "int", "unix-time": "int", "boolean": "bool"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "array":
            return "array"
        return class_name if class_name and shape.properties else "JsonObject"

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if value is None:
            return "null"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "[" + ", ".join(self.literal(v) for v in value) + "]"
        if isinstance(value, dict):
            pairs = ", ".join(
                f"{self.string_literal(k)} => {self.literal(v)}" for k, v in value.items()
            )
            return f"new JsonObject([{pairs}])" if pairs else "new JsonObject()"
        return str(value)

    def string_literal(self, text: str) -> str:
        if all(" " <= char != "\x7f" for char in text):
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
        # Control characters need a double-quoted string and its escapes.
        escaped = "".join(
            _DOUBLE_QUOTED.get(char, char if char >= " " else f"\\x{ord(char):02x}")
            for char in text
        )
        return f'"{escaped}"'


_DOUBLE_QUOTED = {
    "\\": "\\\\",
    '"': '\\"',
    "$": "\\$",
    "\x7f": "\\x7f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
