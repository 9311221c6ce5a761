"""Go 1.19+: module ``github.com/embedseal/embedseal-go``, one package per format.

Unlike Python, PHP, Java and C#, whose per-format files spell every step out, each Go package
declares its format as a table (fields, encodings, URL template, verify rules) that the runtime
package ``core`` interprets. Why: Go has no generics-era helpers at the 1.19 floor and no
exceptions, so straight-line code per field would be mostly ``if err != nil`` plumbing; the
table keeps each format file short. Cost: the docs snippets call into ``core``.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from generator import naming
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile
from specmodel.model import Family, Shape

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
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    outputs = (
        OutputFile("format.go.j2", "{module}/{module}.go", published=True),
        OutputFile("go.mod.j2", "go.mod", per_format=False),
        OutputFile("adapter.go.j2", "cmd/adapter/main.go", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.go.j2", "{module}/{module}.go", published=True),)
    checks = ("gofmt -l .", "go vet ./...")
    # Stdlib only and `go 1.19` in go.mod: nothing to download, whatever the local Go.
    adapter_build = ("go build -o adapter ./cmd/adapter",)
    adapter_run = "./adapter"

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
        if isinstance(value, int) and not isinstance(value, bool):
            return f"int64({value})"  # JSON integers are int64 everywhere in the SDK
        return json.dumps(value, ensure_ascii=False)

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    # Helpers for the templates (Go-specific layout decisions).

    def go_type(self, shape: Any, prefix: str) -> str:
        """The Go type of a ShapeIR; declared objects drop the package's type prefix."""
        simple = {"string": "string", "integer": "int64", "unix-time": "int64", "boolean": "bool"}
        if shape.kind in simple:
            return simple[shape.kind]
        if shape.kind == "array":
            return "[]" + self.go_type(shape.items, prefix)
        if shape.class_name:
            return self.class_type(shape.class_name, prefix)
        return "*core.Object"

    def qualified_type(self, shape: Any, prefix: str, module: str) -> str:
        """go_type as seen from another package."""
        if shape.kind == "array":
            return "[]" + self.qualified_type(shape.items, prefix, module)
        if shape.class_name:
            return f"{module}.{self.class_type(shape.class_name, prefix)}"
        return self.go_type(shape, prefix)

    def class_type(self, class_name: str, prefix: str) -> str:
        """A declared object's Go type inside its format's package (no stutter)."""
        return class_name.removeprefix(prefix) or class_name

    def nil_absent(self, shape: Any) -> bool:
        """Slices and free objects are absent when nil; other optional values use a pointer."""
        return bool(shape.kind == "array" or shape.is_free_object)

    def member_type(self, shape: Any, prefix: str, optional: bool) -> str:
        """A struct member's type: a pointer when optional and not already nil-able."""
        base = self.go_type(shape, prefix)
        return "*" + base if optional and not self.nil_absent(shape) else base

    def comment(self, text: str, indent: str = "") -> str:
        """A // comment block, wrapped at 80 columns."""
        lines = textwrap.wrap(" ".join(text.split()), width=76 - len(indent)) or [""]
        return "\n".join(f"{indent}// {line}" for line in lines)

    def comment_item(self, text: str) -> str:
        """A list item of a doc comment ("//   - text"), continuation lines indented."""
        lines = textwrap.wrap(" ".join(text.split()), width=72) or [""]
        return "\n".join(
            ("//   - " if i == 0 else "//     ") + line for i, line in enumerate(lines)
        )

    def byte_encoding(self, name: str) -> str:
        """The core constant for a byte encoding."""
        return {
            "hex": "core.Hex",
            "base64": "core.Base64",
            "base64url": "core.Base64URL",
            "base64url-nopad": "core.Base64URLNoPad",
        }[name]

    def key_encoding(self, name: str) -> str:
        """The core constant for a secret encoding."""
        return {
            "utf8": "core.KeyUTF8",
            "hex": "core.KeyHex",
            "base64": "core.KeyBase64",
            "base64url": "core.KeyBase64URL",
        }[name]

    def mac(self, name: str) -> str:
        """The core constant for an HMAC hash."""
        return "core." + name.upper()

    def describe(self, f: Any) -> str:
        """How the format signs, in one sentence or two."""
        return describe(f)

    def gofmt_block(self, text: str) -> str:
        """Indent and align a block of composite literals exactly as gofmt does.

        Indentation follows the braces (one level per line that opens them); consecutive
        single-line ``Key: value,`` entries of one literal have their values aligned.
        """
        lines = [line.strip() for line in text.strip("\n").split("\n")]
        stack: list[int] = []
        laid: list[tuple[int, str, int]] = []  # (indent, text, depth) per line
        for line in lines:
            closes_first = line.startswith(("}", ")"))
            parent = stack[-1] if stack else -1
            indent = max(parent if closes_first else parent + 1, 0)
            net = 0
            for char in _code_chars(line):
                if char in "{(":
                    stack.append(indent)
                    net += 1
                elif char in "})":
                    stack.pop()
                    net -= 1
            laid.append((indent, line, 0 if net == 0 and not closes_first else 1))
        out: list[str] = []
        run: list[tuple[int, str, str]] = []

        def flush() -> None:
            width = max((len(key) for _, key, _ in run), default=0)
            out.extend("\t" * ind + f"{key}:".ljust(width + 2) + value for ind, key, value in run)
            run.clear()

        for indent, line, multi in laid:
            match = _KEY_VALUE.match(line)
            if match and not multi and (not run or run[-1][0] == indent):
                run.append((indent, match.group(1), match.group(2)))
                continue
            flush()
            if match and not multi:
                run.append((indent, match.group(1), match.group(2)))
                continue
            out.append("\t" * indent + line if line else "")
        flush()
        return "\n".join(out)


_KEY_VALUE = re.compile(r"^([A-Za-z_]\w*):\s+(.*,)$")


def _code_chars(line: str) -> str:
    """The characters of a Go line outside string literals."""
    out, quote, escaped = [], "", False
    for char in line:
        if quote:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = ""
        elif char in '"`':
            quote = char
        else:
            out.append(char)
    return "".join(out)


def describe(f: Any) -> str:
    """One paragraph saying how a format signs, for the comment inside Sign."""
    mac = f"HMAC-{f.hmac.upper()}"
    names = ", ".join
    if f.family == "jws":
        header = "{" + ", ".join(f"{k}: {v}" for k, v in f.header) + "}"
        header_fields = [x.wire for x in f.fields_in("header")]
        if header_fields:
            header += " plus " + names(header_fields)
        payload = names(x.wire for x in f.fields_in("payload"))
        how = (
            f"A JWS: the header {header} and the payload ({payload}) as JSON, each"
            f' base64url without padding, then {mac} over "header.payload".'
        )
    else:
        if f.message_is_query:
            message = "the query string without the signature parameter"
        else:
            join = json.loads(f.message_join_literal)
            glue = f" + {json.dumps(join)} + " if join else " + "
            message = glue.join(
                (f"{p.prefix_literal} + " if json.loads(p.prefix_literal) else "")
                + p.field.wire
                + ("" if p.encode == "text" else f" ({p.encode})")
                for p in f.message_parts
            )
        how = f"{mac} over {message}, encoded {f.signature_encoding}"
        if f.family == "envelope":
            carried = names(x.wire for x in f.fields if x.placement != "url")
            how += f"; the token is the JSON object ({carried}) encoded {f.envelope_encoding}."
        else:
            how += "; it ends the query string."
    return how
