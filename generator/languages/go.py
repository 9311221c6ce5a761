"""Go 1.19+: one module (its path from the package description), one self-contained package per
format.

Each package is one file (``papermapiframe/papermapiframe.go``): stdlib only, straight-line
code per field, and only the helpers its format needs. The conformance adapter is a main
package under ``internal/adapter`` (importable by nothing, no part of the module's API).
The templates ask this class (names, types, decisions: :mod:`go_types`, :mod:`go_decisions`,
:mod:`go_docs`) and its statement makers (:mod:`go_code`, :mod:`go_sign`, :mod:`go_verify`);
:mod:`go_source` makes the text what gofmt prints.
"""

from __future__ import annotations

from generator import naming
from generator.exchange_ir import ExchangeIR
from generator.ir import FormatIR, Kind, Source
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from generator.languages.go_adapter import GoAdapter
from generator.languages.go_code import GoCode
from generator.languages.go_decisions import GoDecisions
from generator.languages.go_docs import GoDocs
from generator.languages.go_sign import SignCode
from generator.languages.go_types import KEYWORDS
from generator.languages.go_verify import VerifyCode
from specmodel.model import Family, Shape

_SCALARS = {"string": "string", "integer": "int64", "unix-time": "int64", "boolean": "bool"}


class FormatCode(SignCode, VerifyCode):
    """The statements of one signing format's file."""

    def __init__(self, lang: Go, f: FormatIR) -> None:
        self.f = f
        super().__init__(lang, f.json, f.signed_values)


class ExchangeCode(GoCode):
    """The statements of one exchange format's file."""

    def __init__(self, lang: Go, f: ExchangeIR) -> None:
        self.f = f
        super().__init__(lang, f.json, tuple(x for x in f.fields if x.source is not Source.SECRET))


class Go(GoDocs, GoDecisions, Language):
    name = "go"
    label = "Go"
    extension = "go"
    line_comment = "//"
    code_fence = "go"
    reserved = KEYWORDS
    runtime_dir = "core"  # nothing is generated there any more: every format file stands alone
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    outputs = (
        OutputFile("format.go.j2", "{module}/{module}.go", published=True),
        OutputFile("go.mod.j2", "go.mod", per_format=False),
        OutputFile("README.md.j2", "README.md", per_format=False),
        OutputFile("adapter.go.j2", "internal/adapter/main.go", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.go.j2", "{module}/{module}.go", published=True),)
    checks = ("gofmt -l .", "go vet ./...")
    # Stdlib only and `go 1.19` in go.mod: nothing to download, whatever the local Go.
    adapter_build = ("go build -o adapter ./internal/adapter",)
    adapter_run = "./adapter"
    paste = PasteRecipe(
        format_path="{module}/{name}",
        consumer_template="consumer.go.j2",
        consumer_path="main.go",
        checks=("gofmt -l .", "go vet ./..."),
        run="go run .",
        project=(("go.mod", "module paste\n\ngo 1.19\n"),),
        exchange_consumer_template="consumer_exchange.go.j2",
    )

    def module_name(self, format_name: str) -> str:
        return "".join(naming.words(format_name))  # Go package names: lowercase, one word

    def member_name(self, wire_name: str) -> str:
        return self.type_name(wire_name)  # exported struct fields

    def class_prefix(self, type_prefix: str) -> str:
        return ""  # the package is the namespace: tinybirdjwt.Scope

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        if shape.type in _SCALARS:
            return _SCALARS[shape.type]
        if shape.type == Kind.UNION:
            return "any"  # no untagged unions: checked at run time (see GoTypes.go_type)
        if shape.type == Kind.ARRAY:
            assert shape.items is not None
            return "[]" + self.type_expr(shape.items, class_name)
        if shape.type == Kind.MAP:
            assert shape.values is not None
            return "map[string]" + self.type_expr(shape.values, class_name)
        return self.class_type(class_name) if class_name else "map[string]any"

    def emit(self, f: FormatIR | ExchangeIR) -> FormatCode | ExchangeCode:
        """The statement maker of ``f``'s file."""
        return FormatCode(self, f) if isinstance(f, FormatIR) else ExchangeCode(self, f)

    def adapter(
        self, formats: list[FormatIR], exchanges: list[ExchangeIR], module: str
    ) -> GoAdapter:
        """The conversions of the conformance adapter (``module``: the Go module's path)."""
        return GoAdapter(self, formats, exchanges, module)
