"""Sign's statements in Python: each value resolved and checked, and the signed message."""

from __future__ import annotations

import itertools
import textwrap

from generator.ir import FieldIR, FormatIR, PartIR, RandomText, Source, TextForm
from generator.languages import python_checks as checks
from generator.languages import python_once as once
from generator.languages.python_code import Call, PythonLiterals, concat, render_call
from generator.languages.python_text import value_text


class PythonSign(PythonLiterals):
    """Template helpers for values and the signed message (mixed into :class:`Python`)."""

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
        return value_text(x.shape.kind, x.ident, form)

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
            text = value_text(p.field.shape.kind, value, p.encode)
        return f"{p.prefix_literal} + {text}" if p.prefix else text


def _plain_input(x: FieldIR) -> bool:
    """A required string or integer input the caller gives (no default, clock or bytes)."""
    drawn = x.has_default or x.is_drawn or x.spread
    return checks.inline_checkable(x) and x.is_input and not drawn


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
