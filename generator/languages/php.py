"""PHP 8.1+: one self-contained file per format (``src/PapermapIframe.php``, in the package
description's namespace): the format's final class and its exception class, stdlib only."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.ir import FieldIR
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from generator.languages.php_checks import PhpChecks
from generator.languages.php_code import PhpCode
from generator.languages.php_doc import PhpDoc
from generator.languages.php_sign import PhpSign
from generator.languages.php_url import PhpUrl
from generator.languages.php_usual import UsualCase, usual_case
from specmodel.model import Family, Shape

# Keywords (members are $-prefixed, so they only matter for type and function names).
_RESERVED = """
abstract and array as break callable case catch class clone const continue declare default do
echo else elseif empty enddeclare endfor endforeach endif endswitch endwhile eval exit extends
final finally fn for foreach function global goto if implements include instanceof insteadof
interface isset list match namespace new or print private protected public readonly require
return static switch throw trait try unset use var while xor yield
""".split()  # noqa: SIM905 - a word list reads better as words


PHPCS_RULESET = """<?xml version="1.0"?>
<ruleset name="generated-sdk">
    <description>PSR-12, except that a format's file holds its exception class too.</description>
    <rule ref="PSR12">
        <exclude name="PSR1.Classes.ClassDeclaration.MultipleClasses"/>
    </rule>
</ruleset>
"""


class Php(PhpDoc, PhpChecks, PhpUrl, PhpSign, PhpCode, Language):
    name = "php"
    label = "PHP"
    extension = "php"
    line_comment = "//"
    code_fence = "php"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src"  # no runtime: each format's file stands alone
    outputs = (
        OutputFile("format.php.j2", "src/{type_prefix}.php", published=True),
        OutputFile("composer.json.j2", "composer.json", per_format=False),
        OutputFile("README.md.j2", "README.md", per_format=False),
        OutputFile("adapter.php.j2", "bin/adapter.php", per_format=False),
        OutputFile("phpcs.xml.j2", "phpcs.xml", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.php.j2", "src/{type_prefix}.php", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        "find src bin -name '*.php' -print0 | xargs -0 -n1 php -l",
        "phpcs --standard=phpcs.xml src bin",
    )
    adapter_build = ("php -l bin/adapter.php",)
    adapter_run = "php bin/adapter.php"
    paste = PasteRecipe(
        format_path="{name}",
        consumer_template="consumer.php.j2",
        consumer_path="consumer.php",
        # PSR-12 through phpcs.xml (PHPCS_RULESET): a pasted file carries its exception class
        # next to the format's class, so the one message excluded is
        # PSR1.Classes.ClassDeclaration.MultipleClasses; every other PSR-12 rule applies.
        checks=(
            "find . -name '*.php' -print0 | xargs -0 -n1 php -l",
            "phpcs --standard=phpcs.xml .",
        ),
        run="php consumer.php",
        project=(("phpcs.xml", PHPCS_RULESET),),
        exchange_consumer_template="consumer_exchange.php.j2",
    )

    def module_name(self, format_name: str) -> str:
        return naming.pascal(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def escape(self, identifier: str) -> str:
        return identifier  # properties and parameters are $-prefixed: no clashes

    def class_prefix(self, type_prefix: str) -> str:
        return ""  # declared objects are checked by private functions of the format's class

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "string", "integer": "int", "unix-time": "int", "boolean": "bool"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type in ("array", "map"):
            return "array"
        if shape.type == "union":
            # Alphabetical, as PHP-CS-Fixer's phpdoc_types_order writes a union: bool|string.
            return "|".join(sorted({self.type_expr(v, None) for v in shape.variants}))
        return "array|\\stdClass"

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
            return f"(object) [{pairs}]" if pairs else "new \\stdClass()"
        return str(value)

    def usual_case(self, fields: list[FieldIR]) -> UsualCase | None:
        """The one-test usual case of a function checking ``fields`` (php_usual.py)."""
        return usual_case(fields)

    @property
    def phpcs_ruleset(self) -> str:
        """The phpcs ruleset of the SDK and of the paste test."""
        return PHPCS_RULESET

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
