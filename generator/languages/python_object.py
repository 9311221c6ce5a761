"""The JSON objects a Python signer writes: members in order, written out as an f-string when
they allow, a spread field's members, the JWS header and the response."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Sequence

from generator.ir import FieldIR, FormatIR, Kind, ResponseSource
from generator.languages.python_code import LINE_LENGTH, Call, PythonLiterals, render_call


class PythonObject(PythonLiterals):
    """Template helpers for JSON objects (mixed into :class:`Python`)."""

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


def _scalar(x: FieldIR) -> bool:
    """A string or an integer: its checked value is a str or an int, written out as JSON."""
    return x.shape.kind is Kind.STRING or x.shape.is_integer
