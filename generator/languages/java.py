"""Java 17: Maven layout, one self-contained class per format (``<java package>.<format>``).

Records for inputs (with a builder), claims and results; everything a format needs is nested in
its class, so two formats never clash and each file compiles alone.
"""

from __future__ import annotations

import json
import re
import textwrap
from typing import Any

from generator import naming
from generator.ir import (
    FieldIR,
    FormatIR,
    JsonIR,
    Kind,
    Placement,
    ShapeIR,
    Source,
    TextForm,
    TimeRole,
)
from generator.ir.model import UrlPartIR
from generator.languages.base import SIGNING_FAMILIES, Language, OutputFile, PasteRecipe
from specmodel.model import Family, Shape

_RESERVED = """
abstract assert boolean break byte case catch char class const continue default do double else
enum extends final finally float for goto if implements import instanceof int interface long
native new package private protected public return short static strictfp super switch
synchronized this throw throws transient try void volatile while true false null var record
yield sealed permits
""".split()  # noqa: SIM905 - a word list

_WIDTH = 100
_MAX_SAFE = 2**53 - 1
_JAVAC = "javac -Xlint:all -Werror --release 17"
# URLEncoder keeps ASCII letters, digits and these, and writes a space as "+".
_URLENCODER_KEEPS = ".-*_"
# The standard-library types generated code may use, by simple name.
_IMPORTABLE = """
java.io.ByteArrayOutputStream java.net.URI java.net.URLEncoder java.net.http.HttpClient
java.net.http.HttpRequest java.net.http.HttpResponse java.net.http.HttpTimeoutException
java.io.IOException java.nio.ByteBuffer java.nio.charset.CharacterCodingException
java.nio.charset.StandardCharsets java.security.GeneralSecurityException
java.security.MessageDigest java.security.SecureRandom java.time.Duration java.time.Instant
java.time.ZonedDateTime java.time.format.DateTimeFormatter
java.time.format.DateTimeParseException java.util.ArrayList java.util.Arrays java.util.Base64
java.util.Collections java.util.Comparator java.util.HexFormat java.util.LinkedHashMap
java.util.List java.util.Map java.util.Objects java.util.Set java.util.StringJoiner
java.util.TreeMap java.util.UUID
java.util.regex.Matcher java.util.regex.Pattern javax.crypto.Mac
javax.crypto.spec.SecretKeySpec
""".split()  # noqa: SIM905 - a word list


class Java(Language):
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

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "List.of(" + ", ".join(self.literal(v) for v in value) + ")"
        if isinstance(value, dict):
            if value:
                raise ValueError("java: a non-empty object literal has no ordered stdlib form")
            return "Map.of()"
        return "null"

    def empty_literal(self, shape: ShapeIR) -> str:
        """``List.of()`` / ``Map.of()``, or a declared object's builder with nothing set."""
        return (
            f"new {shape.class_name}.Builder().build()"
            if shape.class_name
            else super().empty_literal(shape)
        )

    def string_literal(self, text: str) -> str:
        # JSON's escapes are Java's; \u2028 and \u2029 may stay raw in a Java string literal.
        return json.dumps(text, ensure_ascii=False)

    # --- documentation -------------------------------------------------------------------

    def jd(self, text: str) -> str:
        """Text made safe for a Javadoc comment: HTML specials, ``*/``, ``@`` and backslashes
        (a backslash-u would be a Unicode escape even inside a comment)."""
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        escaped = escaped.replace("\\", "&#92;").replace("@", "&#64;").replace("{", "&#123;")
        return " ".join(escaped.replace("*/", "*&#47;").split())

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

    def doc1(self, indent: int, text: str) -> str:
        """A one-sentence Javadoc comment: ``/** text */`` on one line when it fits."""
        pad = " " * indent
        line = f"{pad}/** {text} */"
        if len(line) <= _WIDTH:
            return line
        return f"{pad}/**\n{self.doc(indent, text)}\n{pad} */"

    # --- layout --------------------------------------------------------------------------

    def components(self, fields: Any) -> list[str]:
        """``Type name`` for each field: record components and parameters."""
        return [f"{f.shape.type_expr} {f.ident}" for f in fields]

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

    def method(
        self, indent: int, head: str, params: list[str], throws: str = "EmbedException"
    ) -> str:
        """A method declaration's first lines: ``head(params) throws X {``, wrapped at 100."""
        pad = " " * indent
        whole = f"{head}{', '.join(params)}) throws {throws} {{"
        if indent + len(whole) <= _WIDTH:
            return pad + whole
        first = f"{head}{', '.join(params)})"
        if indent + len(first) <= _WIDTH:
            return f"{pad}{first}\n{pad}        throws {throws} {{"
        return self.call(indent, head, params, ")") + f"\n{pad}        throws {throws} {{"

    def line(self, indent: int, text: str) -> str:
        """One statement, broken like google-java-format when longer than 100 columns: after
        `` = ``, then before ``?`` and ``:`` of a conditional; a call's arguments one a line."""
        pad = " " * indent
        if indent + len(text) <= _WIDTH:
            return pad + text
        lhs, rhs = _split_top(text, " = ", 1) if " = " in text else (text, "")
        if rhs and "(" not in lhs:
            if indent + 8 + len(rhs) <= _WIDTH:
                return f"{pad}{lhs} =\n{pad}        {rhs}"
            parts = _split_conditional(rhs)
            if parts:
                more = pad + " " * 16
                rows = [f"{pad}        {parts[0]}", f"{more}? {parts[1]}", f"{more}: {parts[2]}"]
                fixed = [self._long_argument(r) if len(r) > _WIDTH else r for r in rows]
                return f"{pad}{lhs} =\n" + "\n".join(fixed)
            return f"{pad}{lhs} =\n" + self.line(indent + 8, rhs)
        opening = _final_call(text)
        if opening > 0:
            head, args = text[:opening], text[opening + 1 : -2]
            broken = self.call(indent, head + "(", _split_top(args, ", "), ");")
            return "\n".join(
                self._long_argument(row) if len(row) > _WIDTH else row for row in broken.split("\n")
            )
        return pad + text

    def _long_argument(self, row: str) -> str:
        """An argument row still too long: broken before ``||`` / ``&&`` / ``?`` (+8)."""
        indent = len(row) - len(row.lstrip())
        text = row.strip()
        tail = "," if text.endswith(",") else ");" if text.endswith(");") else ""
        body = text[: len(text) - len(tail)] if tail else text
        for n, op in enumerate((" || ", " && ", " ? ")):
            parts = _split_top(body, op)
            if len(parts) > 1:
                more = " " * (indent + 8)
                rows = [" " * indent + parts[0]] + [f"{more}{op.strip()} {x}" for x in parts[1:]]
                rows[-1] += tail
                return "\n".join(
                    self._long_argument(r) if len(r) > _WIDTH and n < 2 else r for r in rows
                )
        # a single call (``? readScope(object.get("scope"))``): its arguments on the next line
        opening = _final_call(body + ";") if body.endswith(")") else -1
        if opening > 0 and body[opening - 1].isalnum():
            more = " " * (indent + 8)
            return f"{' ' * indent}{body[: opening + 1]}\n{more}{body[opening + 1 :]}{tail}"
        return row

    def reflow(self, code: str) -> str:
        """Lines longer than 100 columns broken the way google-java-format breaks them (one-line
        Javadoc into a block; statements after ``=``, before ``?``/``:``, between arguments,
        before ``||``/``&&``); a long word such as a URL in a comment stays whole."""
        out = []
        for line in code.split("\n"):
            text = line.strip()
            indent = len(line) - len(line.lstrip())
            if len(line) <= _WIDTH or not text:
                out.append(line)
            elif text.startswith("/** ") and text.endswith(" */"):
                pad = " " * indent
                out.append(f"{pad}/**\n{self.doc(indent, text[4:-3])}\n{pad} */")
            elif text.startswith(("*", "//")):
                out.append(line)
            elif text.endswith(") {") and text.startswith(("public ", "private ", "static ")):
                head, _, rest = text.partition("(")
                params, _, throws = rest.rpartition(")")
                throws = throws.strip().removeprefix("throws").removesuffix("{").strip()
                args = _split_top(params, ", ")
                out.append(
                    self.method(indent, head + "(", args, throws)
                    if throws
                    else self.call(indent, head + "(", args, ") {")
                )
            elif text.startswith("if (") and text.endswith(") {"):
                out.append(self._condition(indent, "if (", text[4:-3], ") {"))
            else:
                out.append(self.line(indent, text))
        return "\n".join(out)

    def _condition(self, indent: int, head: str, cond: str, tail: str) -> str:
        pad = " " * indent
        for op in (" || ", " && "):
            parts = _split_top(cond, op)
            if len(parts) > 1:
                more = pad + " " * 8
                joined = f"\n{more}{op.strip()} ".join(parts)
                return f"{pad}{head}{joined}{tail}"
        return pad + head + cond + tail

    def imports(self, body: str) -> list[str]:
        """The imports a class body needs: the standard types it names, sorted (ASCII)."""
        # names inside string literals do not count
        code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', body)
        return sorted(
            name for name in _IMPORTABLE if re.search(rf"\b{name.rsplit('.', 1)[1]}\b", code)
        )

    def calls(self, code: str, name: str) -> bool:
        """Whether ``code`` calls a method ``name`` unqualified (so the helper must be there)."""
        return re.search(rf"(?<![\w.]){name}\(", code) is not None

    def fill(self, indent: int, words: list[str]) -> str:
        """Comma-separated words filled into lines of 100 columns (an enum's constants)."""
        return "\n".join(
            textwrap.wrap(
                ", ".join(words),
                _WIDTH,
                initial_indent=" " * indent,
                subsequent_indent=" " * indent,
            )
        )

    # --- what a format's file holds ------------------------------------------------------

    def error_codes(self, f: FormatIR) -> list[str]:
        """The error codes this format's sign and verify can raise, in the shared order."""
        v = f.verify
        roles = {r.role for r in v.registered}  # registered JWS claims checked when carried
        early = roles & {TimeRole.NOT_BEFORE, TimeRole.ISSUED_AT}
        codes = [
            ("MALFORMED", True),
            ("BAD_SIGNATURE", True),
            ("ALG_NOT_ALLOWED", f.is_jws),
            ("EXPIRED", bool(v.expires or v.max_age is not None or TimeRole.EXPIRES in roles)),
            ("NOT_YET_VALID", bool(v.not_before or v.issued_at or early)),
            ("LIFETIME_TOO_LONG", v.max_lifetime is not None and v.expires is not None),
            ("MISSING_CLAIM", True),
            ("INVALID_CLAIM", True),
            ("INVALID_INPUT", True),
            ("INVALID_KEY", True),
            ("WEAK_KEY", f.min_key_bytes > 1),
        ]
        return [code for code, used in codes if used]

    def json_written(self, f: FormatIR) -> set[str]:
        """Wire names of the top-level fields sign writes as JSON (their strings are checked
        there); other strings are checked where they are used as text."""
        wires = {p.field.wire for p in f.message_parts if p.encode is TextForm.JSON}
        wires |= {q.field.wire for q in f.url_query if q.field and q.encode is TextForm.JSON}
        if not f.is_signed_url:
            wires |= {fld.wire for fld in f.fields if fld.placement is not Placement.URL}
        return wires

    def ordered(self, fields: Any, profile: JsonIR) -> list[Any]:
        """Members in the order JSON writes them: declared, or sorted by code point."""
        return sorted(fields, key=lambda m: m.wire) if profile.sort_keys else list(fields)

    def key(self, name: str, profile: JsonIR, lead: str) -> str:
        """The Java literal of ``lead`` + a member's key as JSON text + the key separator."""
        text = json.dumps(name, ensure_ascii=profile.ascii_only)
        return self.string_literal(lead + text + profile.key_separator)

    def taken_claims(self, f: FormatIR) -> list[str]:
        """The names a spread field's members may not take, as Java literals (sorted)."""
        return [self.string_literal(name) for name in f.taken_claim_names]

    def header_members(self, f: FormatIR) -> list[tuple[str, str, FieldIR | None]]:
        """The JWS header's members in the order written (``header_order``): the name's
        literal, the value's expression, and the field it comes from (None when pinned)."""
        pinned = {json.loads(name): (name, value) for name, value in f.header}
        fields = {fld.wire: fld for fld in f.header_fields}
        return [
            (*pinned[wire], None)
            if wire in pinned
            else (fields[wire].wire_literal, fields[wire].ident, fields[wire])
            for wire in f.header_order
        ]

    def header_copy(self, f: FormatIR, fld: FieldIR) -> str:
        """The local variable holding the header's copy of a mirrored field."""
        return self.fresh(f, fld.ident + "InHeader")

    def percent_fixups(self, safe: str, space: str) -> list[tuple[str, str]]:
        """``String.replace`` pairs that turn URLEncoder's output into the format's rule."""
        if any(ord(c) > 0x7E or c.isalnum() for c in safe):
            raise ValueError(f"java: percent-safe characters must be ASCII punctuation: {safe!r}")
        pairs = [(c, f"%{ord(c):02X}") for c in _URLENCODER_KEEPS if c not in safe]
        if " " in safe:
            pairs.append(("+", " "))
        elif space != "+":
            pairs.append(("+", space))
        pairs += [(f"%{ord(c):02X}", c) for c in safe if c not in _URLENCODER_KEEPS + " "]
        return [(self.string_literal(a), self.string_literal(b)) for a, b in pairs]

    def token_is_url_text(self, f: FormatIR) -> bool:
        """Whether sign() may put its own token into the URL as it is: the URL holds the token
        in its query alone (percent-encoded), and percent() keeps every character the token can
        hold (letters, digits and the base64url or JWS punctuation). The public embedUrl()
        still encodes a token it is given, which may be anything."""
        in_query = any(q.value == "token" for q in f.url_query)
        in_template = any(p.token for p in (*f.url_base, *(f.url_fragment or ())))
        encoding = str(f.envelope_encoding or "base64url-nopad")
        punctuation = {"hex": "", "base64": "+/=", "base64url": "-_=", "base64url-nopad": "-_"}
        alphabet = punctuation[encoding] + ("." if f.is_jws else "")
        return in_query and not in_template and all(c in f.percent_safe for c in alphabet)

    def url_pattern(self, parts: tuple[UrlPartIR, ...]) -> str:
        """The regular expression (a Java literal) a received base URL must match fully."""
        pattern = "".join(
            "(.*?)"
            if p.literal is None
            else "\\Q" + p.literal.replace("\\E", "\\E\\\\E\\Q") + "\\E"
            for p in parts
        )
        return self.string_literal(pattern)

    def mac(self, alg_literal: str) -> str:
        """``"HS256"`` → ``"HmacSHA256"``."""
        return f'"HmacSHA{alg_literal.strip(chr(34))[2:]}"'

    def hmac_name(self, f: FormatIR) -> str:
        """The JCA name of the format's HMAC."""
        return '"HmacSHA1"' if f.hmac.bits == 160 else f'"HmacSHA{f.hmac.bits}"'

    def fresh(self, f: Any, base: str) -> str:
        """``base``, or ``base`` with underscores, so it names no field of ``f``."""
        taken = {fld.ident for fld in f.fields} | {p.ident for c in f.classes for p in c.properties}
        while base in taken:
            base += "_"
        return base

    def writes_free_json(self, f: Any) -> bool:
        """Whether the file needs the writer of the caller's own JSON (free objects, arrays of
        values other than declared objects)."""
        return any(_free(fld.shape) for fld in f.fields) or any(
            _free(p.shape) for c in f.classes for p in c.properties
        )

    def variants_doc(self, shape: ShapeIR) -> str:
        """A union's Javadoc sentence naming the Java type (and allowed values) of each variant:
        ``A {@code String} ("all", "some" or "none") or a {@code Boolean}.``"""
        words = []
        for variant in shape.variants:
            allowed = [self.jd(json.dumps(v, ensure_ascii=False)) for v in variant.enum]
            values = " or ".join(filter(None, [", ".join(allowed[:-1]), *allowed[-1:]]))
            words.append(f"a {{@code {variant.type_expr}}}" + (f" ({values})" if values else ""))
        listed = ", ".join(words[:-1]) + " or " + words[-1]
        return listed[0].upper() + listed[1:] + "."

    def unions(self, f: FormatIR) -> list[tuple[str, ShapeIR]]:
        """Each distinct union of the format with its predicate's name (``isEnabled``), in
        declared order: fields, then declared objects' properties (array items too)."""
        found: list[tuple[str, ShapeIR]] = []
        owners = [
            (f.type_prefix, f.fields),
            *((c.class_name or "", c.properties) for c in f.classes),
        ]
        for owner, members in owners:
            for member in members:
                shape, ident = member.shape, member.ident
                while shape.kind is Kind.ARRAY and shape.items is not None:
                    shape, ident = shape.items, ident + "Item"
                if shape.kind is not Kind.UNION or any(s == shape for _, s in found):
                    continue
                name = "is" + ident[0].upper() + ident[1:]
                taken = {n for n, _ in found}
                name = name if name not in taken else "is" + owner + ident[0].upper() + ident[1:]
                while name in taken:
                    name += "_"
                found.append((name, shape))
        return found

    def union_check(self, f: FormatIR, shape: ShapeIR) -> str:
        """The name of the predicate that tells whether a value is one of ``shape``'s variants."""
        return next(name for name, s in self.unions(f) if s == shape)

    def wrapped(self, indent: int, head: str, expr: str, tail: str) -> str:
        """``head`` + a boolean ``expr`` + ``tail``, broken before top-level ``||`` (then
        ``&&``) with +8 continuations when longer than 100 columns."""
        if expr.startswith("(") and _final_call(f"x{expr};") == 1:
            expr = expr[1:-1]  # one parenthesized group: the parentheses add nothing here
        if indent + len(head + expr + tail) <= _WIDTH:
            return " " * indent + head + expr + tail
        return self._condition(indent, head, expr, tail)

    def response_components(self, response: Any) -> list[str]:
        """``Type name`` of each response member that carries a field."""
        return [f"{r.field.shape.type_expr} {r.ident}" for r in response]

    def bounds(self, shape: ShapeIR, value: str, sign: bool) -> list[str]:
        """The conditions holding integer ``value`` to the shape's minimum and maximum and, when
        signing, to ±(2^53 - 1) (the JSON reader holds verified integers to it): the tighter bound
        on each side, compared directly (``Math.abs(Long.MIN_VALUE)`` is negative)."""
        safe = sign and shape.is_integer
        low, high = shape.minimum, shape.maximum
        terms = []
        if low is not None and not (safe and low < -_MAX_SAFE):
            terms.append(f"{value} >= {_long(low)}")
        elif safe:
            terms.append(f"{value} >= -MAX_SAFE")
        if high is not None and not (safe and high > _MAX_SAFE):
            terms.append(f"{value} <= {_long(high)}")
        elif safe:
            terms.append(f"{value} <= MAX_SAFE")
        return terms

    def utf16_length(self, text: str) -> int:
        """``text.length()`` in Java: UTF-16 code units (a prefix's, to cut it off a name)."""
        return len(text.encode("utf-16-le")) // 2

    def gathered(self, f: FormatIR, fld: FieldIR) -> str:
        """Verify's local collecting a map field's entries from the query, as received."""
        return self.fresh(f, fld.ident + "Received")

    def map_literal(self, entries: dict[str, str]) -> str:
        """A map of text as a Java expression (the example's): ``Map.of`` takes 10 pairs."""
        pairs = [(self.string_literal(k), self.string_literal(v)) for k, v in entries.items()]
        if len(pairs) <= 10:
            return "Map.of(" + ", ".join(f"{k}, {v}" for k, v in pairs) + ")"
        return "Map.ofEntries(" + ", ".join(f"Map.entry({k}, {v})" for k, v in pairs) + ")"

    def guaranteed(self, fld: FieldIR) -> bool:
        """Whether a field always has a value when sign writes it."""
        return not fld.may_be_absent


def _split_top(text: str, sep: str, limit: int = -1) -> list[str]:
    """``text`` split on ``sep`` outside brackets and string literals."""
    parts, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(text):
        c = text[i]
        if quote:
            i += 2 if c == "\\" else 1
            quote = "" if c == quote else quote
            continue
        if c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i) and limit != 0:
            parts.append(text[start:i])
            start = i = i + len(sep)
            limit -= 1
            continue
        i += 1
    return [*parts, text[start:]]


def _final_call(text: str) -> int:
    """Where the argument list of a statement's last call opens (``f(…);``), or -1."""
    if not text.endswith(");"):
        return -1
    depth = 0
    for i in range(len(text) - 2, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _split_conditional(text: str) -> list[str] | None:
    """``a ? b : c`` (a trailing ``;`` kept on ``c``) as its three parts, or None."""
    cond = _split_top(text, " ? ", 1)
    if len(cond) != 2:
        return None
    rest = _split_top(cond[1], " : ", 1)
    return [cond[0], *rest] if len(rest) == 2 else None


def _long(number: int) -> str:
    """A Java integer literal: ``L`` where an ``int`` cannot hold it."""
    return str(number) if -(2**31) <= number < 2**31 else f"{number}L"


def _free(shape: ShapeIR) -> bool:
    """Whether the caller's value is written by the free writer: free objects, arrays other
    than of declared objects, and unions (the writer writes each variant's type as itself)."""
    if shape.kind is Kind.UNION:
        return True
    if shape.kind is Kind.ARRAY:
        assert shape.items is not None
        return shape.items.class_name is None or _free(shape.items)
    return shape.is_free_object


__all__ = ["Java", "Source"]
