"""Java 17: Maven layout, one self-contained class per format (``<java package>.<format>``).

Records for inputs (with a builder), claims and results; everything a format needs is nested in
its class, so two formats never clash and each file compiles alone.

The templates ask this class (names, types, file layout) and its mixins: :mod:`java_literals`
(literals), :mod:`java_decisions` (what a format's file holds), :mod:`java_docs` (Javadoc),
:mod:`java_layout` (google-java-format's line breaking) and :mod:`java_imports` (what a body
needs).
"""

from __future__ import annotations

from generator import naming
from generator.ir import ShapeIR
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from generator.languages.java_decisions import JavaDecisions
from generator.languages.java_imports import JavaImports
from generator.languages.java_layout import JavaLayout
from generator.languages.java_literals import JavaLiterals
from specmodel.model import Family, Shape

_RESERVED = """
abstract assert boolean break byte case catch char class const continue default do double else
enum extends final finally float for goto if implements import instanceof int interface long
native new package private protected public return short static strictfp super switch
synchronized this throw throws transient try void volatile while true false null var record
yield sealed permits
""".split()  # noqa: SIM905 - a word list

_JAVAC = "javac -Xlint:all -Werror --release 17"


class Java(JavaLayout, JavaImports, JavaDecisions, JavaLiterals, Language):
    name = "java"
    label = "Java"
    extension = "java"
    line_comment = "//"
    code_fence = "java"
    reserved = frozenset(_RESERVED)
    runtime_dir = "src/main/java"  # no runtime: nothing is copied there
    outputs = (
        OutputFile(
            "Format.java.j2",
            "src/main/java/{pkg.java_package_path}/{module}/{type_prefix}.java",
            published=True,
        ),
        OutputFile("pom.xml.j2", "pom.xml", per_format=False),
        OutputFile("README.md.j2", "README.md", per_format=False),
        # The conformance adapter lives outside src/: neither the jar nor the sources jar has it.
        OutputFile("Adapter.java.j2", "conformance/Adapter.java", per_format=False),
    )
    exchange_outputs = (
        OutputFile(
            "Exchange.java.j2",
            "src/main/java/{pkg.java_package_path}/{module}/{type_prefix}.java",
            published=True,
        ),
    )
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    # doclint's "missing" group is left out: it demands @param/@return on every builder setter,
    # doubling the builders; syntax, HTML, references and accessibility are still checked.
    checks = (
        "mkdir -p out",
        f"{_JAVAC} -Xdoclint:all/protected,-missing -d out $(find src/main/java -name '*.java')",
    )
    adapter_build = (
        "mkdir -p out",
        f"{_JAVAC} -d out $(find src/main/java conformance -name '*.java')",
    )
    adapter_run = "java -cp out Adapter"
    paste = PasteRecipe(
        format_path="src/main/java/{pkg.java_package_path}/{module}/{name}",
        consumer_template="consumer.java.j2",
        consumer_path="src/main/java/consumer/Consumer.java",
        checks=(
            "mkdir -p out",
            f"{_JAVAC} -Xdoclint:all/protected,-missing -d out $(find src -name '*.java')",
        ),
        run="java -cp out consumer.Consumer",
    )

    def module_name(self, format_name: str) -> str:
        return "".join(naming.words(format_name))  # Java package segments: lowercase, no separators

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def class_prefix(self, type_prefix: str) -> str:
        return ""  # declared objects nest in the format's class: TinybirdJwt.Scope

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "String", "integer": "Long", "unix-time": "Long", "boolean": "Boolean"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "union":
            # no untagged unions in Java: the doc names the variants, a predicate tells them apart
            return "Object"
        if shape.type == "array":
            assert shape.items is not None
            return f"List<{self.type_expr(shape.items, class_name)}>"
        if shape.type == "map":  # the caller's keys to text; verified claims hand it back read-only
            assert shape.values is not None
            return f"Map<String, {self.type_expr(shape.values, None)}>"
        return class_name if class_name and shape.properties else "Map<String, Object>"

    def empty_literal(self, shape: ShapeIR) -> str:
        """``List.of()`` / ``Map.of()``, or a declared object's builder with nothing set."""
        return (
            f"new {shape.class_name}.Builder().build()"
            if shape.class_name
            else super().empty_literal(shape)
        )
