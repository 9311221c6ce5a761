"""TypeScript: ES modules, strict; one self-contained file per format (WebCrypto, no imports).

Each format's file holds its interfaces (keyed by wire names: plain JSON objects in and out),
``sign`` / ``embedUrl`` / ``verify`` (or ``exchange`` / ``revoke``) as straight-line code, its
error class, and only the helpers it calls, chosen here and in :mod:`generator.languages.ts`.
"""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.languages import ts as ts_helpers
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from specmodel.model import Family, Shape

_KEYWORDS = [
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
# Names the generated code gives its own locals and helpers: a field never shadows one.
_LOCALS = [
    "absent",
    "array",
    "base",
    "base64",
    "base64url",
    "base64urlNoPad",
    "binary",
    "boolean",
    "booleanText",
    "buildUrl",
    "byCodePoint",
    "check",
    "claims",
    "countMembers",
    "embedUrl",
    "entriesAfter",
    "envelope",
    "exchange",
    "expiry",
    "fail",
    "fetch",
    "fields",
    "fromBase64",
    "fromBase64url",
    "fromBase64urlNoPad",
    "fromHex",
    "header",
    "headerBytes",
    "headerText",
    "hex",
    "hmacSign",
    "hmacVerify",
    "href",
    "input",
    "integer",
    "integerText",
    "joinObjects",
    "jsonObject",
    "jsonType",
    "jsonValue",
    "key",
    "keyAfter",
    "keyBytes",
    "mac",
    "map",
    "mark",
    "message",
    "now",
    "object",
    "oneOf",
    "options",
    "parse",
    "parseObject",
    "payload",
    "payloadBytes",
    "payloadText",
    "percent",
    "perKey",
    "query",
    "raw",
    "randomBytes",
    "received",
    "response",
    "revoke",
    "same",
    "secret",
    "segments",
    "sign",
    "signature",
    "signatureText",
    "signedUrl",
    "signingInput",
    "spreadClaims",
    "text",
    "toJson",
    "token",
    "tokenText",
    "unpercent",
    "url",
    "utf8",
    "uuid",
    "verify",
    "webCrypto",
]

# The SDK's compiler options: the paste test compiles each published file alone with them.
COMPILER_OPTIONS: dict[str, Any] = {
    "strict": True,
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "noUncheckedIndexedAccess": True,
    "exactOptionalPropertyTypes": True,
    "noImplicitOverride": True,
    "noImplicitReturns": True,
    "noFallthroughCasesInSwitch": True,
    "noUnusedLocals": True,
    "noUnusedParameters": True,
    "verbatimModuleSyntax": True,
    "isolatedModules": True,
    "forceConsistentCasingInFileNames": True,
}
TYPESCRIPT_VERSION = "5.9.3"
NODE_TYPES_VERSION = "18.19.130"  # Node.js 18 is the floor
_NPM_INSTALL = "npm install --no-audit --no-fund --prefer-offline"


def _paste_project() -> tuple[tuple[str, str], ...]:
    """An empty browser-style project: the DOM's declarations, no @types/node."""
    package = {
        "private": True,
        "type": "module",
        "devDependencies": {"typescript": TYPESCRIPT_VERSION},
    }
    options = {**COMPILER_OPTIONS, "lib": ["ES2022", "DOM"], "types": [], "outDir": "dist"}
    tsconfig = {"compilerOptions": options, "include": ["*.ts"]}
    return (
        ("package.json", json.dumps(package, indent=2) + "\n"),
        ("tsconfig.json", json.dumps(tsconfig, indent=2) + "\n"),
    )


_PASTE: dict[str, Any] = {
    "format_path": "{name}",
    "consumer_template": "consumer.ts.j2",
    "consumer_path": "consumer.ts",
    "checks": (_NPM_INSTALL, "npx tsc -p ."),
    "run": "node dist/consumer.js",
    "project": _paste_project(),
    "exchange_consumer_template": "consumer_exchange.ts.j2",
}


class TypeScript(Language):
    name = "typescript"
    label = "TypeScript"
    extension = "ts"
    line_comment = "//"
    code_fence = "typescript"
    reserved = frozenset(_KEYWORDS) | frozenset(_LOCALS)
    runtime_dir = "src/runtime"  # empty: every format's file is self-contained
    outputs = (
        OutputFile("format.ts.j2", "src/{module}.ts", published=True),
        OutputFile("index.ts.j2", "src/index.ts", per_format=False),
        OutputFile("package.json.j2", "package.json", per_format=False),
        OutputFile("tsconfig.json.j2", "tsconfig.json", per_format=False),
        OutputFile("README.md.j2", "README.md", per_format=False),
        OutputFile("adapter.ts.j2", "src/adapter.ts", per_format=False),
        OutputFile("token-manager.ts.j2", "src/token-manager.ts", per_format=False),
        OutputFile("token-manager.test.ts.j2", "src/token-manager.test.ts", per_format=False),
    )
    exchange_outputs = (OutputFile("exchange.ts.j2", "src/{module}.ts", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    # Only node + npm: the compiler is the package's own pinned devDependency.
    checks = (_NPM_INSTALL, "npx tsc -p . --noEmit")
    adapter_build = (_NPM_INSTALL, "npx tsc -p .")
    adapter_run = "node dist/adapter.js"
    paste = PasteRecipe(**_PASTE)
    typescript_version: str = TYPESCRIPT_VERSION
    node_types_version: str = NODE_TYPES_VERSION
    compiler_options: dict[str, Any] = COMPILER_OPTIONS

    def escape(self, identifier: str) -> str:
        """A keyword gets ``_`` (``class_``); a name of the file's own gets ``Value``."""
        if identifier in _KEYWORDS:
            return f"{identifier}_"
        return f"{identifier}Value" if identifier in _LOCALS else identifier

    def module_name(self, format_name: str) -> str:
        return format_name  # kebab-case file names

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.camel(wire_name)

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        simple = {"string": "string", "integer": "number", "unix-time": "number"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "boolean":
            return "boolean"
        if shape.type == "union":  # its variants' types in declared order, an enum's literals
            return " | ".join(
                " | ".join(self.literal(v) for v in variant.enum)
                if variant.enum
                else self.type_expr(variant, None)
                for variant in shape.variants
            )
        if shape.type == "array":
            assert shape.items is not None
            item = self.type_expr(shape.items, class_name)
            return f"readonly ({item})[]" if "|" in item else f"readonly {item}[]"
        if shape.type == "map":  # a plain object of the caller's keys (JSON's), never a Map
            assert shape.values is not None
            values = shape.values
            value = " | ".join(map(self.literal, values.enum)) or self.type_expr(values, None)
            return f"Readonly<Record<string, {value}>>"
        return class_name if class_name and shape.properties else "JsonObject"

    def literal(self, value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)

    def string_literals(self, texts: tuple[str, ...]) -> list[str]:
        """Each text as a string literal."""
        return [self.string_literal(t) for t in texts]

    # The templates' helpers: ``lang.ts.check(...)`` and friends (generator/languages/ts/).
    ts = ts_helpers
