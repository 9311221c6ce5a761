"""What the PHP templates ask of the language: doc text, phpdoc types, the value checks a file
needs, percent-encoding maps, URL patterns and sources, JWS header members, line layout.

Everything here is decided at generation time, so the generated code stays straight-line.
"""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING, Any

from generator.ir import FormatIR

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, JsonIR, RegisteredIR, ShapeIR, UrlPartIR


class PhpCode:
    """Template helpers of :class:`generator.languages.php.Php` (a mixin: it uses
    ``string_literal`` and ``literal``)."""

    def string_literal(self, text: str) -> str:
        raise NotImplementedError

    def literal(self, value: Any) -> str:
        raise NotImplementedError

    def wrap(self, text: str, indent: int, hang: int = 0) -> str:
        """A doc-comment paragraph: `` * `` lines of at most 120 columns, continuation lines
        indented by ``hang`` more."""
        head = " " * indent + " * "
        return "\n".join(
            textwrap.wrap(
                text,
                width=120,
                initial_indent=head,
                subsequent_indent=head + " " * hang,
                break_long_words=False,
                break_on_hyphens=False,
            )
        )

    def doc(self, text: str) -> str:
        """Text for a doc comment: one line, and a ``*/`` in it cannot end the comment."""
        return " ".join(text.split()).replace("*/", "*\\/")

    def check_function(self, class_name: str) -> str:
        """The private function that checks a declared object: ``checkScope``."""
        return "check" + class_name

    def doc_type(self, shape: ShapeIR) -> str:
        """A phpdoc (phpstan / Psalm) type for a JSON value of ``shape``, as sign takes it."""
        simple = {"string": "string", "integer": "int", "unix-time": "int", "boolean": "bool"}
        if shape.kind in simple:
            return simple[shape.kind]
        if shape.kind == "array":
            items = self.doc_type(shape.items) if shape.items is not None else "mixed"
            return f"list<{items}>"
        if shape.kind == "map" and shape.values is not None:
            # An integer-like key ("10") is an int in a PHP array; the SDK reads keys as strings.
            return f"array<string, {self.doc_type(shape.values)}>"
        if shape.kind == "union":
            # Alphabetical, as PHP-CS-Fixer's phpdoc_types_order writes a union: bool|string.
            return "|".join(sorted({self.doc_type(v) for v in shape.variants}))
        if not shape.properties:
            return "array<string, mixed>|\\stdClass"
        members = ", ".join(
            f"{self.shape_key(p.wire)}{'' if p.required else '?'}: {self.doc_type(p.shape)}"
            for p in shape.properties
        )
        return f"array{{{members}}}|\\stdClass"

    def property(self, wire: str) -> str:
        """A property of a \\stdClass for a wire name: ``exp``, or ``{'http://…'}``."""
        return (
            wire
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", wire)
            else f"{{{self.string_literal(wire)}}}"
        )

    def shape_key(self, wire: str) -> str:
        """A key of a phpdoc array shape (quoted unless it is an identifier)."""
        return wire if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", wire) else self.string_literal(wire)

    def json_type(self, shape: ShapeIR) -> str:
        """The JSON type a union's variant is told apart by, as a literal: ``'integer'`` for an
        integer or a Unix time."""
        return self.string_literal("integer" if shape.is_integer else str(shape.kind))

    def helper_args(
        self, fields: tuple[FieldIR, ...], registered: tuple[RegisteredIR, ...] = ()
    ) -> dict[str, frozenset[str]]:
        """Per kind of value check (``string``, ``integer``, ``boolean``, ``array``, ``map``,
        ``object``, ``declared``, ``union``), the named arguments some field of the file passes it
        (``optional``, ``maxLength``, ``enum``, ``min``, ``max``): a helper declares only those.
        A union's variants count as values of their own kinds. Undeclared ``registered`` claims
        are checked with ``integer`` (no arguments)."""
        found: dict[str, set[str]] = {"integer": set()} if registered else {}

        def walk(shape: ShapeIR, required: bool) -> None:
            kind = self._kind(shape)
            args = found.setdefault(kind, set())
            if not required:
                args.add("optional")
            if shape.max_length is not None:
                args.add("maxLength")
            if shape.enum:
                args.add("enum")
            if shape.minimum is not None:
                args.add("min")
            if shape.maximum is not None:
                args.add("max")
            if shape.items is not None:
                walk(shape.items, True)
            if shape.values is not None:
                walk(shape.values, True)
            for variant in shape.variants:
                walk(variant, True)
            for prop in shape.properties:
                walk(prop.shape, prop.required)

        for field in fields:
            walk(field.shape, field.required)
        return {kind: frozenset(args) for kind, args in found.items()}

    def undeclared_registered(self, f: FormatIR | ExchangeIR) -> tuple[RegisteredIR, ...]:
        """The registered JWS time claims (exp, nbf, iat) a verifier checks that the format does
        not declare: when the token carries one, it must be an integer (invalid_claim)."""
        if not isinstance(f, FormatIR):
            return ()
        return tuple(r for r in f.verify.registered if r.field is None)

    @staticmethod
    def _kind(shape: ShapeIR) -> str:
        if shape.is_declared_object:
            return "declared"
        return "integer" if shape.kind == "unix-time" else str(shape.kind)

    def percent_map(self, safe: str, space: str) -> str:
        """The ``strtr`` map that turns ``rawurlencode`` output (RFC 3986: letters, digits and
        ``-_.~`` kept, space as ``%20``) into the format's percent-encoding; ``""`` if none."""
        pairs: dict[str, str] = {}
        for char in "-_.~":
            if char not in safe:
                pairs[char] = f"%{ord(char):02X}"
        for char in sorted(set(safe)):
            if char.isascii() and not char.isalnum() and char not in "-_.~" and char != " ":
                pairs[f"%{ord(char):02X}"] = char
        if " " in safe:
            pairs["%20"] = " "
        elif space != "%20":
            pairs["%20"] = space
        items = ", ".join(
            f"{self.string_literal(k)} => {self.string_literal(v)}" for k, v in pairs.items()
        )
        return f"[{items}]" if pairs else ""

    def base_pattern(self, parts: tuple[UrlPartIR, ...]) -> str:
        """A PCRE literal matching a whole base URL, one group per placeholder."""
        # re.escape escapes "#" (the delimiter) and every other PCRE metacharacter.
        body = "".join("(.*?)" if p.literal is None else re.escape(p.literal) for p in parts)
        return self.string_literal(f"#\\A{body}\\z#s")

    def message(self, where: str, text: str) -> str:
        """``where`` (a PHP string expression) followed by ``text``, as one literal when it ends
        with one: ``'exp'`` and ``": expected an integer"`` → ``'exp: expected an integer'``."""
        if where.endswith("'") and not re.search(r"['\\\\]", text):
            return where[:-1] + text + "'"
        if where.endswith('"') and not re.search(r'["\\\\$]', text):
            return where[:-1] + text + '"'
        return f"{where} . {self.string_literal(text)}"

    def signature(self, head: str, params: list[str], returns: str, indent: int) -> str:
        """A function's signature and its opening brace: on its own line below a one-line
        signature, or PSR-12's one parameter per line past 120 columns ending in ``) {``."""
        line = f"{head}({', '.join(params)}): {returns}"
        if indent + len(line) <= 120:
            return f"{line}\n{{"
        inner = "".join(f"    {param},\n" for param in params)
        return f"{head}(\n{inner}): {returns} {{"

    def fill(self, items: list[str], indent: int, lead: str = "", trailing: bool = True) -> str:
        """Items separated by ", ", filled into lines of at most 120 columns (a ``lead`` such as
        ``"     *     "`` replaces the indentation; a trailing comma ends the last line). An item
        too long for a line of its own breaks after its inner commas."""
        lead = lead or " " * indent
        width = 120 - len(lead)
        pieces: list[str] = []
        for item in items:
            if len(item) + 1 <= width:
                pieces.append(item + ",")
                continue
            words = item.split(", ")
            pieces += [word + "," for word in words[:-1]] + [words[-1] + ","]
        lines, line = [], ""
        for piece in pieces:
            candidate = f"{line} {piece}" if line else piece
            if line and len(candidate) > width:
                lines.append(line)
                candidate = piece
            line = candidate
        lines.append(line if trailing else line.removesuffix(","))
        return "\n".join(lead + text for text in lines)

    def member_where(self, where: str, wire: str) -> str:
        """Where a member of a declared object is: ``$where . '.type'``."""
        return self.message(where, "." + wire)

    def url_safe(self, f: FormatIR, what: str) -> bool:
        """Whether the format's percent-encoding leaves every character the ``token`` or the
        ``signature`` can hold as it is (then sign() may place its own without encoding it)."""
        encoding = f.signature_encoding if what == "signature" else f.envelope_encoding
        specials = {
            "hex": "",
            "base64": "+/=",
            "base64url": "-_=",
            "base64url-nopad": "-_",
        }[str(encoding or "base64url-nopad")]
        if what == "token" and f.is_jws:
            specials += "."
        return all(char in f.percent_safe for char in specials)

    def token_is_url_text(self, f: FormatIR) -> bool:
        """Whether sign() may hand its own token to the URL builder as it is: every place the
        URL holds the token percent-encodes it (a query parameter, or a ``|percent``
        placeholder), and percent() keeps every character the token can hold. The public
        embedUrl() still encodes a token it is given, which may hold anything."""
        if f.is_signed_url or not f.has_url:
            return False
        templated = [p for p in (*f.url_base, *(f.url_fragment or ())) if p.token]
        in_query = any(q.value == "token" for q in f.url_query)
        return (
            (in_query or bool(templated))
            and all(p.percent for p in templated)
            and self.url_safe(f, "token")
        )

    def uses_percent(self, f: FormatIR) -> bool:
        """Whether the file calls its percent() helper (a signed URL's query goes through
        http_build_query() instead, but a map's parameters are sorted by their encoded names).
        embedUrl() encodes a token in the query or in a ``|percent`` placeholder always."""
        templated = [*f.url_base, *(f.url_fragment or ())]
        return (
            f.needs.maps
            or any(p.percent for p in templated)
            or any(p.encode == "percent" for p in f.message_parts)
            or any(q.encode == "percent" for q in f.url_query)
            or (
                not f.is_signed_url
                and any(q.field is not None or q.value == "token" for q in f.url_query)
            )
        )

    def join_literals(self, expr: str) -> str:
        """``'a' . 'b'`` → ``'ab'``: adjacent plain single-quoted literals of a concatenation."""
        pattern = re.compile(r"'([^'\\\\]*)' \. '([^'\\\\]*)'")
        while pattern.search(expr):
            expr = pattern.sub(r"'\1\2'", expr, count=1)
        return expr

    def return_concat(self, expr: str, indent: int) -> str:
        """``return <expr>;``, a concatenation broken before its top-level ``.`` operators
        (continuations indented four more) where one line would pass 120 columns."""
        pad = " " * indent
        line = f"{pad}return {expr};"
        if len(line) <= 120:
            return line
        pieces = _top_level_concat(expr)
        lines = [f"{pad}return {pieces[0]}"]
        for piece in pieces[1:]:
            joined = f"{lines[-1]} . {piece}"
            if len(lines) > 1 and len(joined) < 120:
                lines[-1] = joined
            else:
                lines.append(f"{pad}    . {piece}")
        return "\n".join(lines) + ";"

    def compact(self, profile: JsonIR) -> bool:
        """Whether the profile's separators are json_encode()'s own ("," and ":")."""
        return profile.item_separator == "," and profile.key_separator == ":"

    def url_sources(self, f: FormatIR) -> dict[str, dict[str, Any]]:
        """Where a signed URL carries each field, for reading it back and for its signed text:
        ``group`` (a placeholder of the base, its regex group) and ``percent``, or ``param``
        (the query parameter's literal name). A later place wins, as when the URL is read."""
        found: dict[str, dict[str, Any]] = {}
        group = 0
        for part in f.url_base:
            if part.literal is None:
                group += 1
                if part.field is not None:
                    found[part.field.wire] = {
                        "group": group,
                        "percent": part.percent,
                        "param": None,
                    }
        for param in f.named_params:
            if param.field is not None:
                found[param.field.wire] = {
                    "group": None,
                    "percent": False,
                    "param": param.name_literal,
                }
        return found

    def url_values(self, f: FormatIR) -> tuple[tuple[FieldIR, tuple[str, ...]], ...]:
        """What embedUrl() reads from its ``$url``, in declared order: each URL-only input, and
        each field a placeholder reads a property of, with the placeholders that do
        (``content``, ``("content.projectUuid",)``; ``()`` for a URL-only field)."""
        read: dict[str, dict[str, None]] = {}
        for part in (*f.url_base, *(f.url_fragment or ())):
            if part.field is not None and part.path:
                read.setdefault(part.field.wire, {})[self.placeholder(part)] = None
        return tuple(
            (x, tuple(read.get(x.wire, {})))
            for x in f.fields
            if (x.placement == "url" and x.is_input) or x.wire in read
        )

    def placeholder(self, part: UrlPartIR) -> str:
        """A field placeholder's name: ``site_url``, or ``content.projectUuid``."""
        assert part.field is not None
        return ".".join([part.field.wire, *(step.wire for step in part.path)])

    def url_value(self, part: UrlPartIR, values: str) -> str:
        """A placeholder's value read from ``values`` (embedUrl()'s checked values):
        ``$values['site_url']``, or a property of a checked (\\stdClass) object,
        ``$values['content']->projectUuid``."""
        assert part.field is not None
        steps = "".join("->" + self.property(step.wire) for step in part.path)
        return f"{values}[{part.field.wire_literal}]{steps}"

    def wrap_call(self, expr: str, column: int, tail: int = 1) -> str:
        """A call ``self::f(a, b)`` starting at ``column``, its arguments one per line (PSR-12,
        continuations indented four more than the line it starts) when the line, ``tail``
        characters after it included, would pass 120 columns, or when an argument takes lines
        of its own (an arrow function checking a union's items)."""
        head, _, rest = expr.partition("(")
        one_line = "\n" not in expr and column + len(expr) + tail <= 120
        if one_line or not rest.endswith(")") or not head.startswith("self::"):
            return expr
        args = [arg.replace("\n", "\n    ") for arg in _top_level(rest[:-1], ", ")]
        return head + "(\n" + "".join(f"    {arg},\n" for arg in args) + ")"

    def renamed_params(self, f: FormatIR) -> bool:
        """Whether some query parameter is named otherwise than the field it carries (a map's
        parameters are named by their keys)."""
        return any(q.field is not None and q.name != q.field.wire for q in f.named_params)

    def header_items(self, f: FormatIR, values: str) -> list[str]:
        """A JWS header's ``name => value`` items in the order written (``header_order``):
        pinned values as literals, fields read from ``values`` (``?? null`` when one may be
        absent; the caller filters nulls out then)."""
        pinned = dict(f.header)
        fields = {x.wire: x for x in f.header_fields}
        items = []
        for wire in f.header_order:
            x = fields.get(wire)
            if x is None:
                key = self.string_literal(wire)
                items.append(f"{key} => {pinned[key]}")
            else:
                absent = " ?? null" if x.may_be_absent else ""
                items.append(f"{x.wire_literal} => {values}[{x.wire_literal}]{absent}")
        return items

    def spread_doc(self, f: FormatIR) -> str:
        """What sign() does with the spread field, in words (for the doc comment): its members
        become claims of their own, in its place, and which names they may not take."""
        spread = f.spread_field
        assert spread is not None
        payload = f.fields_in("payload")
        at = payload.index(spread)
        place = f" (after {payload[at - 1].wire})" if at else " (first)"
        taken = f.taken_claim_names
        return (
            f"The members of {spread.wire} become claims of their own, written in its place"
            f"{place} in the caller's order, not under {spread.wire}; none may be named "
            f"{', '.join(taken[:-1])} or {taken[-1]} (declared or registered claims: "
            "invalid_input)."
        )

    def spread_message(self, f: FormatIR) -> str:
        """The message refusing a spread member ``$member`` that takes a declared or
        registered claim's name: ``"attributes: '$member' is a declared or registered claim"``."""
        spread = f.spread_field
        assert spread is not None
        text = ": '$member' is a declared or registered claim"
        if re.search(r'["\\${]', spread.wire) or not spread.wire.isprintable():
            return f'{self.string_literal(spread.wire)} . "{text}"'
        return f'"{spread.wire}{text}"'

    def input_literal(self, f: FormatIR, wire: str, value: Any) -> str:
        """An example's value of field ``wire`` as sign() takes it: a map's as an array literal
        (``['Region' => 'West']``), any other value as :meth:`literal` writes it (an object as a
        \\stdClass)."""
        field = next((x for x in f.fields if x.wire == wire), None)
        if field is None or field.shape.kind != "map":
            return self.literal(value)
        pairs = (
            f"{self.string_literal(key)} => {self.literal(text)}" for key, text in value.items()
        )
        return f"[{', '.join(pairs)}]"

    def jws_hash(self, algorithm_literal: str) -> str:
        """The hash of a JWS ``alg`` literal: ``'HS256'`` → ``sha256``."""
        return {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}[algorithm_literal[1:-1]]


def _top_level_concat(expr: str) -> list[str]:
    """The operands of ``expr``'s top-level `` . `` operators (outside brackets and quotes)."""
    return _top_level(expr, " . ")


def _top_level(expr: str, separator: str) -> list[str]:
    """``expr`` split at each ``separator`` outside brackets and quotes."""
    pieces, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(expr):
        char = expr[i]
        if quote:
            i += 2 if char == "\\" else 1
            quote = "" if char == quote else quote
            continue
        if char in "'\"":
            quote = char
        depth += 1 if char in "([{" else -1 if char in ")]}" else 0
        if depth == 0 and expr.startswith(separator, i):
            pieces.append(expr[start:i])
            start = i = i + len(separator)
            continue
        i += 1
    return [*pieces, expr[start:]]
