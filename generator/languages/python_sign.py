"""What the Python sign template asks for: each value resolved, texts, messages and URLs."""

from __future__ import annotations

import itertools
import json
import textwrap
from collections.abc import Sequence

from generator.ir import (
    FieldIR,
    FormatIR,
    Kind,
    PartIR,
    QueryValue,
    RandomText,
    ResponseSource,
    Source,
    TextForm,
    UrlPartIR,
)
from generator.languages import python_checks as checks
from generator.languages import python_once as once
from generator.languages.python_code import (
    LINE_LENGTH,
    Call,
    PythonLiterals,
    concat,
    merge_literals,
    render_call,
)


class PythonSign(PythonLiterals):
    """Template helpers for signing and URLs (mixed into :class:`Python`)."""

    def resolve(self, f: FormatIR, x: FieldIR) -> str:
        """The statements that give ``x`` its checked value when signing."""
        # A spread field's members are the payload's own: it counts as the payload's level.
        depth, name = checks.field_depth(f) - (1 if x.spread else 0), x.ident
        where = x.wire_literal

        def checked(value: str, indent: int = 4) -> str:
            return render_call(
                checks.check(x.shape, value, where, "_INPUT", depth), indent, f"{name} = "
            )

        if x.fixed_literal is not None:
            return f"    {name} = {x.fixed_literal}"
        if not x.is_input:
            raise AssertionError(f"{x.wire}: no value source")
        if x.has_default or x.is_drawn:  # the caller's value, else the default / clock / bytes
            first = f"    {name} = fields.get({where})"
            return first + "\n" + checked(f"{_fallback(x)} if {name} is None else {name}")
        if not x.required:
            return f"    {name} = fields.get({where})\n    if {name} is not None:\n" + checked(
                name, 8
            )
        return checked(f"_required(fields, {where})")

    def resolve_all(self, f: FormatIR) -> str:
        """The statements that give each signed value its checked value, in order; the leading
        required scalars first pass one inline test, and their checks run only when it fails."""
        values = list(f.signed_values)
        simple = list(itertools.takewhile(_plain_input, values))
        lines = []
        if len(simple) > 1:
            lines += [f"    {x.ident} = fields.get({x.wire_literal})" for x in simple]
            tests = [test for x in simple for test in checks.inline_test(x, x.ident, x.ident)]
            lines += [checks.INLINE_NOTE, checks.inline_if(tests)]
            lines += [textwrap.indent(self.resolve(f, x), "    ") for x in simple]
            values = values[len(simple) :]
        lines += [self.resolve(f, x) for x in values]
        return "\n".join(lines)

    def text(self, x: FieldIR, form: TextForm = TextForm.TEXT) -> str:
        """The text of the local ``x`` as a message part or a query value."""
        return _value_text(x.shape.kind, x.ident, form)

    def members(
        self, fields: Sequence[FieldIR | None], signature: FieldIR | None = None
    ) -> list[tuple[FieldIR, str]]:
        """(field, value expression) of an object's members, in order."""
        return [(x, "signature" if x is signature else x.ident) for x in fields if x is not None]

    def written_object(
        self, f: FormatIR, var: str, members: Sequence[tuple[FieldIR, str]]
    ) -> str | None:
        """``var = f'{…}'``: the JSON text of an object whose members are all present strings
        and integers, written out in order (each string through ``_json``, an integer's text
        being its JSON, the encoded signature needing no escape); None for any other object,
        which is built as a dict and encoded (see ``json_of``)."""
        j, pieces = f.json, []
        for x, value in members:
            if j.sort_keys or x.may_be_absent or x.spread or not _scalar(x):
                return None
            name = json.dumps(x.wire, ensure_ascii=j.ascii_only) + j.key_separator
            if x is f.signature_field:  # hex or base64 text: nothing to escape
                text = f'"{{{value}}}"'
            else:
                text = f"{{_json({value})}}" if x.shape.kind is Kind.STRING else f"{{{value}}}"
            pieces.append(name.replace("{", "{{").replace("}", "}}") + text)
        if not pieces or any(not p.isascii() or "'" in p or "\\" in p for p in pieces):
            return None  # a name the f-string would have to escape: the encoder writes it
        note = (
            "    # Strings and integers only: the JSON written out, each string as _json writes it,"
            "\n    # in a fifth of the time the encoder takes to walk a dict of them."
        )
        line = f"    {var} = f'{{{{{j.item_separator.join(pieces)}}}}}'"
        if len(line) <= LINE_LENGTH:
            return note + "\n" + line
        # ruff format keeps an implicit concatenation that does not fit on one line: a line of
        # whole members each, the last closing the object.
        pieces = ["{{" + pieces[0], *pieces[1:]]
        pieces = [p + j.item_separator for p in pieces[:-1]] + [pieces[-1] + "}}"]
        lines = [f"    {var} = ("]
        for piece in pieces:
            joined = lines[-1][:-1] + piece + "'"
            if len(lines) > 1 and len(joined) <= LINE_LENGTH:
                lines[-1] = joined
            else:
                lines.append(f"        f'{piece}'")
        if any(len(line) > LINE_LENGTH for line in lines):
            return None
        return "\n".join([note, *lines, "    )"])

    def json_of(self, f: FormatIR, var: str, members: Sequence[tuple[FieldIR, str]]) -> str:
        """The JSON text of the object ``var``: written out already, or its dict encoded."""
        return var if self.written_object(f, var, members) else f"_json({var})"

    def spread(self, var: str, x: FieldIR, indent: int = 4) -> str:
        """``x``'s members written into ``var`` as members of their own, in the caller's
        order, each refused when named like a declared or registered claim (``_TAKEN``)."""
        outer = " " * indent
        inner = outer + ("    " if x.may_be_absent else "")
        name = x.wire.replace("{", "{{").replace("}", "}}")
        taken = "f" + self.string_literal(f"{name}: {{claim!r}} is a declared or registered claim")
        lines = [f"{outer}if {x.ident} is not None:"] if x.may_be_absent else []
        lines += [
            f"{inner}for claim, value in {x.ident}.items():",
            f"{inner}    if claim in _TAKEN:",
            render_call(Call("raise _Error", ["_INPUT", taken]), len(inner) + 8),
            f"{inner}    {var}[claim] = value",
        ]
        return "\n".join(lines)

    def spread_note(self, f: FormatIR) -> str:
        """The sign docstring's paragraph on the spread field: where its members go."""
        x = f.spread_field
        assert x is not None
        payload = f.fields_in("payload")
        index = next(i for i, y in enumerate(payload) if y is x)
        where = f"after ``{payload[index - 1].wire}``" if index else "first"
        text = (
            f"The members of ``{x.wire}`` are written as claims of their own ({where}, in their"
            " order); none may take the name of a declared or registered claim."
        )
        return "\n".join(
            textwrap.wrap(text, LINE_LENGTH - 4, initial_indent="    ", subsequent_indent="    ")
        )

    def verified_claims(self, f: FormatIR) -> tuple[FieldIR, ...]:
        """The members a verified token is typed with: a spread field's come back as claims of
        their own, never under its name."""
        return tuple(x for x in f.claims if not x.spread)

    def taken_claims(self, f: FormatIR) -> Call:
        """``frozenset((…))`` of the names a spread member may not take."""
        names = [self.string_literal(name) for name in f.taken_claim_names]
        return Call("frozenset", [Call("", list(names), is_tuple=True)])

    def header_members(self, f: FormatIR) -> list[tuple[FieldIR, str]]:
        """The JWS header: its literal members (as pseudo-fields) and its fields (header-placed
        and mirrored ones), in the order they are written (``header_order``)."""
        literal = [(json.loads(name), (_Literal(name), value)) for name, value in f.header]
        fields = [(x.wire, (x, x.ident)) for x in f.header_fields]
        members = sorted([*literal, *fields], key=lambda item: f.header_rank(item[0]))
        return [member for _, member in members]  # type: ignore[misc]

    def message(self, f: FormatIR, source: str | None = None) -> str:
        """``message = …``: the signed string, from locals or from a received dict."""
        written = {x.ident for x in once.json_once(f)} if source is None else set()
        parts = [
            (p, once.local(p.field) if p.field.ident in written else self._part_text(p, source))
            for p in f.message_parts
        ]
        join = self.string_literal(f.message_join)

        def optional(p: PartIR) -> bool:  # a received dict holds every required member
            return p.field.may_be_absent if source is None else not p.field.required

        if not any(optional(p) for p, _ in parts):
            if f.message_join == "":
                return concat(4, "message = ", [text for _, text in parts])
            return render_call(
                Call(f"{join}.join", [Call("", [t for _, t in parts], is_tuple=True)]),
                4,
                "message = ",
            )
        lines = ["    parts: list[str] = []"]
        for p, text in parts:
            if optional(p):
                present = (
                    f"{p.field.ident} is not None"
                    if source is None
                    else f"{p.field.wire_literal} in {source}"
                )
                lines += [f"    if {present}:", f"        parts.append({text})"]
            else:
                lines.append(f"    parts.append({text})")
        return "\n".join([*lines, f"    message = {join}.join(parts)"])

    def _part_text(self, p: PartIR, source: str | None) -> str:
        if source is None:
            text = self.text(p.field, p.encode)
        else:
            value = f"{source}[{p.field.wire_literal}]"
            text = _value_text(p.field.shape.kind, value, p.encode)
        return f"{p.prefix_literal} + {text}" if p.prefix else text

    def url_terms(self, parts: tuple[UrlPartIR, ...], *, base: bool = False) -> list[str]:
        """A URL template as the terms of one concatenation."""
        terms: list[str] = []
        for p in parts:
            if p.literal is not None:
                terms.append(self.string_literal(p.literal))
            elif p.token:
                terms.append("_percent(token)" if p.percent else "token")
            else:
                assert p.field is not None and p.leaf is not None
                form = TextForm.PERCENT if p.percent else TextForm.TEXT
                text = _value_text(p.leaf.shape.kind, _read(p), form)
                name = ".".join(x.wire for x in (p.field, *p.path))
                raw = base and not p.percent
                terms.append(f"_raw({text}, {self.string_literal(name)})" if raw else text)
        return terms or ['""']

    def json_once(self, f: FormatIR) -> str:
        """The locals holding the JSON both the message and the URL carry (python_once.py)."""
        return once.statements(f)

    def covers_url_text(self, f: FormatIR) -> bool:
        """The MAC covers URL text (the query, or the URL as built): the signature comes last."""
        return f.message_is_query or f.message_is_url

    def url_statements(self, f: FormatIR) -> str:
        """``url = …``: the base, the query (the signature last), the fragment."""
        if f.message_is_url:  # the signed message is the URL but its signature parameter
            name = json.loads(self.signature_param_name(f))
            return concat(4, "url = ", ["message", self.string_literal(f"&{name}="), _SIGNATURE])
        items = self._query_terms(f)
        fragment = self.url_terms(f.url_fragment) if f.url_fragment is not None else []
        tail = ['"#"', *fragment] if fragment else []
        base = self.url_terms(f.url_base, base=True)
        if all(x is None or not x.may_be_absent for x, _ in items):
            terms = list(base)
            for index, (_, pair) in enumerate(items):
                terms += [self.string_literal("?" if index == 0 else "&"), *pair]
            return concat(4, "url = ", terms + tail)
        lines = [self._query_list(items)]
        lines.append(concat(4, "url = ", [*base, '"?"', '"&".join(query)', *tail]))
        return "\n".join(lines)

    def _query_terms(self, f: FormatIR) -> list[tuple[FieldIR | None, list[str]]]:
        """(field, terms of ``name=value``) of each query parameter, in order; a map's one
        term is the list of its parameters (``_per_key``)."""
        items: list[tuple[FieldIR | None, list[str]]] = []
        written = {x.ident for x in once.json_once(f)}
        for q in f.url_query:
            name = self.string_literal(json.loads(q.name_encoded_literal) + "=")
            if q.per_key:
                assert q.field is not None
                items.append((q.field, [f"_per_key({q.name_encoded_literal}, {q.field.ident})"]))
            elif q.value is QueryValue.SIGNATURE:
                items.append((None, [name, _SIGNATURE]))
            elif q.value is QueryValue.TOKEN:
                items.append((None, [name, "_percent(token)"]))
            else:
                assert q.field is not None
                text = (
                    once.local(q.field)
                    if q.field.ident in written
                    else self.text(q.field, q.encode)
                )
                items.append((q.field, [name, f"_percent({text})"]))
        return items

    def _query_list(self, items: list[tuple[FieldIR | None, list[str]]]) -> str:
        """``query = [...]`` with the parameters that may be absent appended when present (a
        map is optional by the spec's rules: its parameters are always appended this way)."""
        lines = ["    query = ["]
        open_list = True
        for x, pair in items:
            text = " + ".join(merge_literals(pair))
            if open_list and (x is None or not x.may_be_absent):
                lines.append(f"        {text},")
                continue
            if open_list:
                lines.append("    ]")
                open_list = False
            if x is not None and x.may_be_absent:
                add = "extend" if x.shape.kind is Kind.MAP else "append"
                lines += [f"    if {x.ident} is not None:", f"        query.{add}({text})"]
            else:
                lines.append(f"    query.append({text})")
        if open_list:
            lines.append("    ]")
        return "\n".join(lines)

    def query_string(self, f: FormatIR) -> str:
        """``message = …``: the query string the signature covers (all but the signature),
        after the base URL and ``?`` when it covers the URL as built."""
        items = [(x, pair) for x, pair in self._query_terms(f) if _SIGNATURE not in pair]
        # message url: the spec checks guarantee no fragment and a parameter always present,
        # so this text plus "&signature=…" is the URL the reference builds.
        head = [*self.url_terms(f.url_base, base=True), '"?"'] if f.message_is_url else []
        if all(x is None or not x.may_be_absent for x, _ in items):
            terms = list(head)
            for index, (_, pair) in enumerate(items):
                terms += ([] if index == 0 else ['"&"']) + pair
            return concat(4, "message = ", terms)
        return self._query_list(items) + "\n" + concat(4, "message = ", [*head, '"&".join(query)'])

    def signature_param_name(self, f: FormatIR) -> str:
        """The signature parameter's percent-encoded name, as a literal."""
        q = next(q for q in f.url_query if q.value is QueryValue.SIGNATURE)
        return q.name_encoded_literal

    def url_fields(self, f: FormatIR) -> list[FieldIR]:
        """The fields a token format's embed URL is built from (besides the token)."""
        used = [p.field for p in (*f.url_base, *(f.url_fragment or ())) if p.field is not None]
        used += [q.field for q in f.url_query if q.field is not None]
        return [x for x in f.fields if any(x is u for u in used)]

    def response_items(self, f: FormatIR) -> list[tuple[FieldIR, str]]:
        """(pseudo-field, value) of the response members."""
        items: list[tuple[FieldIR, str]] = []
        for r in f.response:
            if r.source is ResponseSource.FIELD:
                assert r.field is not None
                items.append((_Named(r.name, r.field), r.field.ident))  # type: ignore[arg-type]
            else:
                items.append((_Literal(r.name), r.source.value))  # type: ignore[arg-type]
        return items

    # ---------------------------------------------------------------- verification


_SIGNATURE = "_percent(signature)"  # the signature parameter's value


class _Literal:
    """A pseudo-field for a literal object member (a JWS header member, a response member)."""

    def __init__(self, literal: str) -> None:
        self.wire_literal = literal if literal.startswith('"') else json.dumps(literal)
        self.may_be_absent = False
        self.ident = ""


class _Named:
    """A response member named differently from the field whose value it holds."""

    def __init__(self, name: str, field: FieldIR) -> None:
        self.wire_literal = json.dumps(name, ensure_ascii=False)
        self.may_be_absent = field.may_be_absent
        self.ident = field.ident


def _plain_input(x: FieldIR) -> bool:
    """A required string or integer input the caller gives (no default, clock or bytes)."""
    drawn = x.has_default or x.is_drawn or x.spread
    return checks.inline_checkable(x) and x.is_input and not drawn


def _scalar(x: FieldIR) -> bool:
    """A string or an integer: its checked value is a str or an int, written out as JSON."""
    return x.shape.kind is Kind.STRING or x.shape.is_integer


def _fallback(x: FieldIR) -> str:
    """The value of an input the caller left out: the clock, random bytes, or the default."""
    if x.source is Source.CLOCK:
        return "now"
    if x.source is Source.RANDOM:
        return _random_text(x)
    return f"now + {x.now_plus}" if x.now_plus is not None else str(x.default_literal)


def _random_text(x: FieldIR) -> str:
    count = x.random_bytes
    if x.random_encoding is RandomText.UUID:
        return f"str(uuid.UUID(bytes=random_bytes({count}), version=4))"
    if x.random_encoding is RandomText.HEX:
        return f"random_bytes({count}).hex()"
    return f"_b64url_nopad(random_bytes({count}))"


def _read(p: UrlPartIR) -> str:
    """A URL placeholder's value: the field's local, or the nested property it reads
    (``content["projectUuid"]``: each step a required member of a checked TypedDict)."""
    assert p.field is not None
    return p.field.ident + "".join(f"[{x.wire_literal}]" for x in p.path)


def _value_text(kind: Kind, value: str, form: TextForm) -> str:
    """The text of ``value`` (an expression of type ``kind``) as a message part, a URL part
    or a query value: JSON, or its plain text (percent-encoded when ``form`` says so)."""
    if form is TextForm.JSON or kind in (Kind.OBJECT, Kind.ARRAY):
        return f"_json({value})"
    either = f'"true" if {value} is True else "false" if {value} is False else str({value})'
    plain = {
        Kind.STRING: value,
        Kind.BOOLEAN: f'("true" if {value} else "false")',
        Kind.UNION: f"({either})",  # a str, an int or a bool: its JSON type tells its text
    }.get(kind, f"str({value})")
    return f"_percent({plain})" if form is TextForm.PERCENT else plain
