"""C# 7.2 (Mono 6.8's mcs, the floor) and current .NET: one self-contained file per format.

Each format is one static class in namespace ``Embedseal`` (``Embedseal.PapermapIframe``) with
its types nested in it (``PapermapIframe.Input``, ``.Claims``, ``.Signed``, ``.EmbedException``),
so two formats in one file never collide. Standard library only: mscorlib and System, plus
System.Net.Http for exchange formats. The methods below answer the templates' small questions
(names, types, literals, which helper a value needs); the code itself is in the templates.
"""

from __future__ import annotations

import base64
import json
import string
from typing import Any, NamedTuple

from generator import naming
from generator.exchange_ir import ExchangeIR
from generator.ir.enums import ByteEncoding, Kind
from generator.ir.model import FieldIR, FormatIR, JsonIR, ShapeIR, UrlPartIR
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from specmodel.model import Family, Shape

_KEYWORD_TEXT = """
abstract as base bool break byte case catch char checked class const continue decimal default
delegate do double else enum event explicit extern false finally fixed float for foreach goto if
implicit in int interface internal is lock long namespace new null object operator out override
params private protected public readonly ref return sbyte sealed short sizeof stackalloc static
string struct switch this throw true try typeof uint ulong unchecked unsafe ushort using virtual
void volatile while var dynamic value
"""
_KEYWORDS = frozenset(_KEYWORD_TEXT.split())
# Members every class inherits or that the generated classes declare: a property with one of
# these names would hide it (CS0108) or collide, so it gets a trailing underscore.
_TAKEN_MEMBERS = frozenset(
    {"Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "Extra"}
)
# Locals the generated method bodies declare themselves: a field's local never takes one.
_LOCAL_TEXT = """
input secret options key now json payload header token url signature message value claims data
text raw received mac segments match query parts random signed response where item result members
answer body request envelope alg hash mark lifetime expiry
"""
_TAKEN_LOCALS = frozenset(_LOCAL_TEXT.split())
# mcs flags shared by the SDK check and the paste test: C# 7.2 (the highest mcs accepts; Roslyn
# holds .NET builds to 7.3), every warning an error, XML docs required on the public API.
MCS_STRICT = "mcs -langversion:7.2 -warn:4 -warnaserror -nologo"
_CODECS = {"hex": "Hex", "base64": "Base64", "base64url": "Base64Url"}
_CODECS["base64url-nopad"] = "Base64UrlNoPad"
_ALPHANUMERIC = string.ascii_letters + string.digits
_ALPHABETS = {
    "hex": "0123456789abcdef",
    "base64": _ALPHANUMERIC + "+/=",
    "base64url": _ALPHANUMERIC + "-_=",
    "base64url-nopad": _ALPHANUMERIC + "-_",
}
_SCALARS = {"string": "string", "integer": "integer", "unix-time": "integer", "boolean": "boolean"}


class Entry(NamedTuple):
    """One member of a JSON object the code writes: a field, or a constant (its JSON text)."""

    wire: str
    field: FieldIR | None
    const: str | None


class ExchangeNeeds(NamedTuple):
    """What an exchange format's file needs besides the HTTP call (signing: FormatIR.needs)."""

    free_json: bool  # some input is the caller's own JSON
    percent_encode: bool  # a URL template percent-encodes a value
    json_write: bool = True  # the request body is JSON
    percent_decode: bool = False


class CSharp(Language):
    name = "csharp"
    label = "C#"
    extension = "cs"
    line_comment = "//"
    code_fence = "csharp"
    reserved = _KEYWORDS
    runtime_dir = "Runtime"  # unused: every format file stands alone
    outputs = (
        OutputFile("Format.cs.j2", "{type_prefix}.cs", published=True),
        OutputFile("Embedseal.csproj.j2", "{pkg.nuget_id}.csproj", per_format=False),
        OutputFile("Program.cs.j2", "Adapter/Program.cs", per_format=False),
    )
    exchange_outputs = (OutputFile("Exchange.cs.j2", "{type_prefix}.cs", published=True),)
    families = SIGNING_FAMILIES | {Family.EXCHANGE}
    checks = (
        f"{MCS_STRICT} -target:library -doc:Embedseal.xml -r:System.Net.Http.dll"
        " -out:Embedseal.dll $(find . -name '*.cs' -not -path './Adapter/*')",
    )
    adapter_build = (
        "mcs -langversion:7.2 -warnaserror -nologo -optimize+ -r:System.Net.Http.dll"
        " -out:adapter.exe $(find . -name '*.cs')",
    )
    adapter_run = "mono adapter.exe"
    paste = PasteRecipe(
        format_path="{name}",
        consumer_template="consumer.cs.j2",
        consumer_path="Consumer.cs",
        checks=(
            f"{MCS_STRICT} -target:library -doc:Format.xml -r:System.Net.Http.dll"
            " -out:Format.dll $(ls *.cs | grep -v '^Consumer.cs$')",
            f"{MCS_STRICT} -r:System.Net.Http.dll -out:consumer.exe *.cs",
        ),
        run="mono consumer.exe",
        exchange_consumer_template="consumer_exchange.cs.j2",
    )

    def module_name(self, format_name: str) -> str:
        return naming.pascal(format_name)

    def type_name(self, name: str) -> str:
        return naming.pascal(name)

    def member_name(self, wire_name: str) -> str:
        return naming.pascal(wire_name)  # public properties

    def class_prefix(self, type_prefix: str) -> str:
        return ""  # declared objects nest in the format's class: TinybirdJwt.Scope

    def escape(self, identifier: str) -> str:
        if identifier in _KEYWORDS:
            return f"@{identifier}"
        return f"{identifier}_" if identifier in _TAKEN_MEMBERS else identifier

    def type_expr(self, shape: Shape, class_name: str | None) -> str:
        """An input property's type: value types nullable, so "not given" can be told apart."""
        simple = {"string": "string", "integer": "long?", "unix-time": "long?", "boolean": "bool?"}
        if shape.type in simple:
            return simple[shape.type]
        if shape.type == "union":
            return "object"  # C# has no untagged union: checked at run time (union_doc)
        if shape.type == "array":
            assert shape.items is not None
            return f"IList<{self.type_expr(shape.items, class_name).removesuffix('?')}>"
        if shape.type == "map":  # read-only: sign only reads it, a verifier's claims are final
            assert shape.values is not None
            return f"IReadOnlyDictionary<string, {self.type_expr(shape.values, None)}>"
        return class_name if class_name and shape.properties else "IDictionary<string, object>"

    def claim_type(self, field: FieldIR) -> str:
        """A verified claim's type: a required integer or boolean is never absent."""
        expr = field.shape.type_expr
        return expr.removesuffix("?") if field.required else expr

    def qualified(self, shape: ShapeIR, owner: str) -> str:
        """``shape``'s type seen from outside the format's class (``TinybirdJwt.Scope``)."""
        if shape.class_name:
            return f"{owner}.{shape.class_name}"
        if shape.items is not None:
            return f"IList<{self.qualified(shape.items, owner).removesuffix('?')}>"
        return shape.type_expr

    def local(self, field: FieldIR) -> str:
        """The local variable that holds ``field``'s value in a method body."""
        name = naming.camel(field.ident.lstrip("@").rstrip("_"))
        return f"{name}Value" if name in _KEYWORDS or name in _TAKEN_LOCALS else name

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
            return f"new Dictionary<string, object> {{ {pairs} }}" if value else _EMPTY
        return "null"

    def empty_literal(self, shape: ShapeIR) -> str:
        """A new empty list or dictionary of the member's own type, or of its class."""
        if shape.class_name:
            return f"new {shape.class_name}()"
        if shape.kind is Kind.ARRAY:
            assert shape.items is not None
            return f"new List<{shape.items.type_expr}>()"
        return super().empty_literal(shape)

    def string_literal(self, text: str) -> str:
        """A regular C# string literal (JSON's escapes are C#'s too, plus C#'s line breaks)."""
        literal = json.dumps(text, ensure_ascii=False)
        for char in ("\u0085", "\u2028", "\u2029"):  # line terminators in C# source
            literal = literal.replace(char, f"\\u{ord(char):04x}")
        return literal

    def ascii_literal(self, text: str) -> str:
        """A C# string literal in ASCII alone: every other character as its UTF-16 ``\\uXXXX``
        escapes (JSON's, which C# reads alike), so the source's encoding cannot matter."""
        return json.dumps(text)

    def verbatim(self, text: str) -> str:
        """A verbatim string literal: @"…" with quotes doubled."""
        return '@"' + text.replace('"', '""') + '"'

    def doc(self, text: str) -> str:
        """Text for an XML doc comment: one line (a line break would end the comment), escaped."""
        for char in ("\r", "\n", "\u0085", "\u2028", "\u2029"):
            text = text.replace(char, " ")
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return " ".join(text.split())

    def http_method(self, method: str) -> str:
        """``HttpMethod.Post`` for the methods the class names, ``new HttpMethod("…")`` else."""
        if method in {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"}:
            return f"HttpMethod.{method.capitalize()}"
        return f'new HttpMethod("{method}")'

    def concat(self, pieces: list[str]) -> str:
        """``a + b + …``, adjacent string literals merged into one."""
        out: list[str] = []
        for piece in pieces:
            if out and _is_literal(out[-1]) and _is_literal(piece):
                out[-1] = self.string_literal(json.loads(out[-1]) + json.loads(piece))
            elif piece != '""':
                out.append(piece)
        return " + ".join(out) or '""'

    # JSON written at generation time: constants in the profile's exact bytes.

    def json_text(self, value: Any, profile: JsonIR) -> str:
        """``value`` as the format's JSON profile writes it."""
        return json.dumps(
            value,
            separators=(profile.item_separator, profile.key_separator),
            ensure_ascii=profile.ascii_only,
            sort_keys=profile.sort_keys,
        )

    def json_key(self, wire: str, profile: JsonIR) -> str:
        """A member's name and the key separator, as JSON text (``"exp":``)."""
        return self.json_text(wire, profile) + profile.key_separator

    def entries(self, fields: Any, profile: JsonIR, constants: Any = ()) -> list[Entry]:
        """An object's members in the order the profile writes them: constant members (a JWS
        header's ``alg``) first, then the fields; code point order when the profile sorts keys."""
        found = [Entry(k, None, self.json_text(v, profile)) for k, v in constants]
        found += [Entry(f.wire, f, None) for f in fields]
        return sorted(found, key=lambda e: e.wire) if profile.sort_keys else found

    def header_entries(self, fmt: FormatIR) -> list[Entry]:
        """A JWS header's members in the order written (``FormatIR.header_order``): the pinned
        constants and the header's fields, mirrored ones too; code point order when the
        profile sorts keys."""
        found = self.entries(fmt.header_fields, fmt.json, self.header_members(fmt))
        return found if fmt.json.sort_keys else sorted(found, key=lambda e: fmt.header_rank(e.wire))

    def header_members(self, fmt: FormatIR) -> list[tuple[str, str]]:
        """The JWS header's constant members, raw (FormatIR.header holds them as literals of
        this language, which are JSON string literals: reading them back is exact)."""
        return [(json.loads(k), json.loads(v)) for k, v in fmt.header]

    def base64url(self, text: str) -> str:
        """The unpadded base64url of ``text``'s UTF-8 (a constant JWS header segment)."""
        return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")

    def hex_to_base64(self, hex_text: str) -> str:
        """Bytes given as hex, as base64 (a consumer's canned random bytes)."""
        return base64.b64encode(bytes.fromhex(hex_text)).decode("ascii")

    # Which helper a value needs.

    def json_kind(self, shape: ShapeIR) -> str | None:
        """Which ``Json(…)`` overload writes a value of ``shape`` as JSON text, or None where
        the file writes it statement by statement (declared objects, nested arrays)."""
        if shape.kind in _SCALARS:
            return _SCALARS[shape.kind]
        if shape.is_free_object:
            return "object"
        items = shape.items
        if items is not None and items.kind in _SCALARS and not items.has_constraints:
            return _SCALARS[items.kind] + "s"
        return None

    def json_kinds(self, fmt: FormatIR) -> set[str]:
        """The ``Json(…)`` overloads a signing format uses: JSON-encoded message parts and query
        values, and the text of integers and booleans (which is their JSON text)."""
        used = [p.field for p in fmt.message_parts if p.encode == "json"]
        used += [q.field for q in fmt.url_query if q.field is not None and q.encode == "json"]
        placed = [p.field for p in fmt.message_parts]
        placed += [q.field for q in fmt.url_query if q.field is not None]
        placed += [p.leaf for p in (*fmt.url_base, *(fmt.url_fragment or ())) if p.leaf]
        used += [f for f in placed if f is not None and f.shape.kind != "string"]
        return {kind for f in used if f is not None and (kind := self.json_kind(f.shape))}

    def statement_json(self, fields: Any) -> bool:
        """Whether some JSON text is written statement by statement (it needs a StringBuilder)."""
        return any(self.json_kind(f.shape) is None for f in fields)

    def shape_facts(self, fields: Any) -> dict[str, bool]:
        """Which kinds of values the fields hold anywhere (which readers a verifier needs)."""
        found = dict.fromkeys(("boolean", "object", "array", "union", "lengths"), False)

        def walk(shape: ShapeIR, variant: bool = False) -> None:
            for kind in ("boolean", "object", "array", "union"):  # a variant needs no reader
                found[kind] |= shape.kind == kind and not variant
            found["lengths"] |= shape.max_length is not None and shape.kind == "string"
            for inner in (
                *([shape.items] if shape.items else []),
                *([shape.values] if shape.values else []),
                *(p.shape for p in shape.properties),
            ):
                walk(inner)
            for each in shape.variants:
                walk(each, variant=True)

        for field in fields:
            walk(field.shape)
        return found

    def exchange_needs(self, fmt: ExchangeIR) -> ExchangeNeeds:
        """The helpers an exchange format's file carries."""
        calls = [fmt.request, *([fmt.revoke] if fmt.revoke else [])]
        parts = [p for call in calls for p in call.url] + list(fmt.embed_url or ())
        return ExchangeNeeds(
            free_json=any(_free(f.shape) for f in fmt.fields),
            percent_encode=any(p.percent for p in parts),
        )

    def safe_text(self, encoding: str, safe: str, jws: bool = False) -> bool:
        """Whether text in ``encoding`` (a token, a signature) never needs percent-encoding."""
        alphabet = set(_ALPHABETS[encoding]) | ({"."} if jws else set())
        return {c for c in alphabet if not c.isalnum()} <= set(safe)

    def token_encoding(self, fmt: FormatIR) -> str:
        """The alphabet a token this file signs is written in (a JWS's segments: base64url)."""
        if fmt.is_jws:
            return str(ByteEncoding.BASE64URL_NOPAD)
        return str(fmt.envelope_encoding or fmt.signature_encoding)

    def token_encoded(self, fmt: FormatIR) -> bool:
        """Whether the URL percent-encodes the token somewhere: in the query, or where a
        template says ``{token|percent}``."""
        parts = (*fmt.url_base, *(fmt.url_fragment or ()))
        return any(q.value == "token" for q in fmt.url_query) or any(
            p.token and p.percent for p in parts
        )

    def token_is_url_text(self, fmt: FormatIR) -> bool:
        """Whether Sign may put its own token into the URL as it is (through BuildUrl): the
        URL percent-encodes the token wherever it carries it, and the rule keeps every
        character such a token can hold. The public EmbedUrl still encodes a token it is
        given, which may hold anything."""
        parts = (*fmt.url_base, *(fmt.url_fragment or ()))
        return (
            self.token_encoded(fmt)
            and not any(p.token and not p.percent for p in parts)
            and self.safe_text(self.token_encoding(fmt), fmt.percent_safe, fmt.is_jws)
        )

    def embed_inputs(self, fmt: FormatIR) -> list[FieldIR]:
        """The inputs a token format's EmbedUrl reads (signed ones too: FormatIR.url_inputs are
        those that only build the URL)."""
        parts = [*fmt.url_base, *(fmt.url_fragment or ())]
        used = [p.field for p in parts if p.field is not None]
        used += [q.field for q in fmt.url_query if q.field is not None]
        return [x for x in fmt.inputs if x in used]

    def percent_used(self, fmt: FormatIR) -> bool:
        """Whether the file percent-encodes at run time. A token format's EmbedUrl encodes the
        token it is given wherever the URL encodes it; a signature whose alphabet the rule
        keeps is placed as it is."""
        signature_safe = self.safe_text(fmt.signature_encoding, fmt.percent_safe)
        parts = [*fmt.url_base, *(fmt.url_fragment or ())]
        return (
            any(q.field is not None or q.value == "token" for q in fmt.url_query)
            or any(q.value == "signature" and not signature_safe for q in fmt.url_query)
            or any(p.percent for p in parts)
            or any(part.encode == "percent" for part in fmt.message_parts)
        )

    def percent_test(self, variable: str, safe: str) -> str:
        """The C# condition under which percent-encoding keeps the byte ``variable``."""
        tests = [f"({variable} >= '{lo}' && {variable} <= '{hi}')" for lo, hi in _RANGES]
        for char in sorted({c for c in safe if c.isascii() and not c.isalnum()}):
            tests.append(f"{variable} == {_char_literal(char)}")
        return " || ".join(tests)

    def received_kind(self, fmt: FormatIR, field: FieldIR) -> str:
        """How a signed URL carries ``field``: ``json`` text, or plain integer, boolean, string."""
        if any(q.field == field and q.encode == "json" for q in fmt.url_query):
            return "json"
        if field.shape.is_integer:
            return "integer"
        return "boolean" if field.shape.kind == "boolean" else "string"

    def received_kinds(self, fmt: FormatIR) -> set[str]:
        """The kinds a signed URL's verifier reads from text."""
        carried = [q.field for q in fmt.url_query if q.field is not None]
        carried += [p.field for p in fmt.url_base if p.field is not None]
        return {self.received_kind(fmt, f) for f in carried}

    # Unions: an ``object`` holding one variant's value, told apart by its run-time type.

    def clr_type(self, shape: ShapeIR) -> str:
        """The type a union's scalar variant holds at run time (``string``, ``long``, ``bool``)."""
        return _VARIANT_TYPES[shape.kind]

    def cast(self, shape: ShapeIR, value: str, accessed: bool = False) -> str:
        """``value`` (an ``object`` known to hold ``shape``'s type) as that type; in parentheses
        when a member is ``accessed`` on it (``((long)x).ToString(…)``)."""
        cast = f"({self.clr_type(shape)}){value}"
        return f"({cast})" if accessed and shape.is_integer else cast

    def variant_test(self, shape: ShapeIR, value: str) -> str:
        """The C# condition under which ``value`` holds one of the union's variants."""
        return " || ".join(f"{value} is {self.clr_type(v)}" for v in shape.variants)

    def variant_kinds(self, shape: ShapeIR) -> str:
        """The union's variants as the reference names them in messages (``string or boolean``)."""
        return " or ".join(str(v.kind) for v in shape.variants)

    def union_doc(self, shape: ShapeIR) -> str:
        """What a union property holds, for its doc comment."""
        kinds = []
        for variant in shape.variants:
            kind = f"a <c>{self.clr_type(variant)}</c>"
            if variant.enum:
                kind += " (" + ", ".join(self.doc(json.dumps(e)) for e in variant.enum) + ")"
            kinds.append(kind)
        return "Holds " + " or ".join(kinds) + "."

    def constrained(self, shape: ShapeIR) -> bool:
        """Whether a value read with its type checked still needs checks (a variant's too)."""
        return shape.has_constraints or any(self.constrained(v) for v in shape.variants)

    # URL placeholders that read a nested property (``{content.projectUuid}``).

    def path_local(self, part: UrlPartIR) -> str:
        """The local that holds a nested placeholder's value (``contentProjectUuid``)."""
        idents = [f.ident.lstrip("@").rstrip("_") for f in (part.field, *part.path) if f]
        name = naming.camel(" ".join(idents))
        return f"{name}Value" if name in _KEYWORDS or name in _TAKEN_LOCALS else name

    def path_read(self, part: UrlPartIR, owner: str) -> str:
        """The nested value read from ``owner`` (``input.Content?.ProjectUuid``)."""
        assert part.field is not None
        return f"{owner}.{part.field.ident}" + "".join(f"?.{p.ident}" for p in part.path)

    def path_wire(self, part: UrlPartIR) -> str:
        """A nested placeholder's name as the template writes it, as a string literal."""
        assert part.field is not None
        return self.string_literal(".".join(f.wire for f in (part.field, *part.path)))

    def encoder(self, encoding: str) -> str:
        """The helper that writes bytes as ``encoding`` (hex, base64, …)."""
        return _CODECS[encoding]

    def decoder(self, encoding: str) -> str:
        """The helper that reads ``encoding`` back, canonically."""
        return "From" + _CODECS[encoding]

    def hmac_class(self, hash_name: str) -> str:
        """The HMAC class of a hash (``sha256``) or of a JWS ``alg`` literal (``"HS256"``)."""
        bits = hash_name.strip('"').lower().removeprefix("sha").removeprefix("hs")
        return f"HMACSHA{bits}"

    def hmac_switch(self, algorithms: Any) -> str:
        """The HMAC for the token's ``alg`` (already one of ``algorithms``)."""
        *rest, last = algorithms
        arms = [f"alg == {a} ? (HMAC)new {self.hmac_class(a)}(key) : " for a in rest]
        return "".join(arms) + f"new {self.hmac_class(last)}(key)"

    def template_pieces(self, parts: Any) -> tuple[list[tuple[str, Any]], str]:
        """A URL template as (literal before, placeholder part) pairs and the literal after the
        last placeholder. Matching each literal at its first occurrence is what the reference's
        ``(.*?)`` pattern does: the leftmost choice leaves every later piece the most room."""
        pieces: list[tuple[str, Any]] = []
        literal = ""
        for part in parts:
            if part.literal is not None:
                literal += part.literal
            else:
                pieces.append((literal, part))
                literal = ""
        return pieces, literal


_EMPTY = "new Dictionary<string, object>()"
_VARIANT_TYPES = {"string": "string", "integer": "long", "unix-time": "long", "boolean": "bool"}
_RANGES = (("a", "z"), ("A", "Z"), ("0", "9"))


def _is_literal(piece: str) -> bool:
    if not (len(piece) >= 2 and piece.startswith('"') and piece.endswith('"')):
        return False
    try:
        return isinstance(json.loads(piece), str)
    except ValueError:
        return False


def _free(shape: ShapeIR) -> bool:
    inner = [*([shape.items] if shape.items else []), *(p.shape for p in shape.properties)]
    return shape.is_free_object or any(_free(s) for s in inner)


def _char_literal(char: str) -> str:
    return {"'": "'\\''", "\\": "'\\\\'"}.get(char, f"'{char}'")
