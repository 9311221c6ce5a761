"""Straight-line Go statements: the per-field pieces the Go templates lay out.

The templates hold each function's frame (signature, prologue, returns); the statements that
depend on a field's shape — resolving it, checking it, writing it — recurse over shapes, so
they are made here: one statement (or a few) per field, in declared order. Every method
returns lines without indentation of their own (nested blocks carry their tabs).
:class:`GoCode` is what signing and exchanging share; :mod:`go_sign` and :mod:`go_verify`
add the families' own pieces.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.ir import (
    FieldIR,
    JsonIR,
    Kind,
    Placement,
    RandomText,
    ShapeIR,
    Source,
    TextForm,
    UrlPartIR,
)
from generator.languages import go_source
from generator.languages.go_checks import GoChecks, Value, block, receiver

if TYPE_CHECKING:
    from generator.languages.go import Go

_RUNES = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "'": "\\'", "\\": "\\\\"}
_RANDOM_TEXT = {
    RandomText.HEX: "hex.EncodeToString({})",
    RandomText.BASE64URL_NOPAD: "base64.RawURLEncoding.EncodeToString({})",
    RandomText.UUID: "uuid({})",
}


@dataclass(frozen=True)
class Item:
    """One piece of a sequence (object member, signed-string part, query parameter)."""

    present: str  # "" when always written; else a Go condition (or `v, ok := …; ok`)
    head: str  # constant text right before the value
    body: tuple[str, ...]  # statements appending the value
    joined: bool = True  # False: the body writes its own separators (a loop over items)


@dataclass(frozen=True)
class Member:
    """A JSON object member: a constant (its JSON text) or a value."""

    name: str
    constant: str | None = None
    value: Value | None = None
    spread: bool = False  # the value's members are written in its place, as members


class GoCode(GoChecks):
    """Statements over the ``resolved`` fields of one format, written with ``profile``."""

    def __init__(self, lang: Go, profile: JsonIR, resolved: tuple[FieldIR, ...]) -> None:
        self.lang = lang
        self.profile = profile
        self.resolved = resolved
        self.values = {v.field.wire: v for v in self._values()}

    def append(self, buf: str, text: str) -> str:
        """The statement appending constant ``text`` to ``buf`` (a rune when one byte)."""
        if len(text) == 1 and (" " <= text < "\x7f" or text in _RUNES):
            return f"{buf} = append({buf}, '{_RUNES.get(text, text)}')"
        return f"{buf} = append({buf}, {self.lit(text)}...)"

    def flush(self, buf: str, text: str) -> list[str]:
        return [self.append(buf, text)] if text else []

    def merged(self, buf: str, lines: list[str]) -> list[str]:
        return go_source.merge_appends(buf, lines, self.append)

    # Values the call resolves.

    def _values(self) -> list[Value]:
        out = []
        for x in self.resolved:
            if x.fixed_literal is not None:
                out.append(Value(x, self.lang.typed(x.shape, x.fixed_literal)))
            elif x.is_drawn or x.has_default:  # resolved into a local by resolve()
                out.append(Value(x, self.lang.local(x.ident)))
            elif x.may_be_absent:
                pointer = "*" if not self.lang.nil_absent(x.shape) else ""
                out.append(Value(x, f"{pointer}in.{x.ident}", f"in.{x.ident} != nil"))
            else:
                out.append(Value(x, "in." + x.ident))
        return out

    def url_only(self) -> tuple[FieldIR, ...]:
        """The resolved fields only the embed URL uses: EmbedURL resolves their defaults."""
        return tuple(x for x in self.resolved if x.placement is Placement.URL)

    def for_sign(self, signed_url: bool) -> tuple[FieldIR, ...]:
        """The fields Sign resolves: all of them where the URL is the signed message, else
        those the token carries (Sign hands the URL-only ones to EmbedURL unresolved)."""
        return (
            self.resolved
            if signed_url
            else tuple(x for x in self.resolved if x.placement is not Placement.URL)
        )

    def resolve(self, zero: str, fields: tuple[FieldIR, ...] | None = None) -> list[str]:
        """Statements taking the caller's value of each optional input, else its default, the
        clock or fresh random bytes (drawn only for what the caller left out, in declared
        order; ``zero``: the failed result)."""
        lines: list[str] = []
        for x in self.resolved if fields is None else fields:
            local = self.lang.local(x.ident)
            if x.source is Source.RANDOM:
                assert x.random_bytes is not None and x.random_encoding is not None
                raw = local + "Bytes"
                ran_out = '&Error{Code: "invalid_input", Detail: "the random source ran out"}'
                read = f"if _, err := io.ReadFull(o.random, {raw}); err != nil"
                drawn = [
                    f"{raw} := make([]byte, {x.random_bytes})",
                    *block(read, [f"return {zero}, {ran_out}"]),
                    f"{local} = " + _RANDOM_TEXT[x.random_encoding].format(raw),
                ]
                lines.append(f"var {local} {self.lang.go_type(x.shape)}")
                lines += block(f"if in.{x.ident} != nil", [f"{local} = *in.{x.ident}"])[:-1]
                lines += ["} else {", *("\t" + line for line in drawn), "}"]
            elif x.is_input and (x.has_default or x.is_drawn):
                default = self.lang.default(x)
                if self.lang.nil_absent(x.shape):
                    lines.append(f"{local} := in.{x.ident}")
                    lines += block(f"if {local} == nil", [f"{local} = {default}"])
                else:
                    lines.append(f"{local} := {default}")
                    lines += block(f"if in.{x.ident} != nil", [f"{local} = *in.{x.ident}"])
        return lines

    # JSON text.

    def json_key(self, name: str) -> str:
        """A member name as the profile writes it (quoted, escaped, then the key separator)."""
        return json.dumps(name, ensure_ascii=self.profile.ascii_only) + self.profile.key_separator

    def sorted_members(self, fields: tuple[FieldIR, ...]) -> tuple[FieldIR, ...]:
        """Members in the order the profile writes them (by UTF-8 bytes when it sorts)."""
        return tuple(sorted(fields, key=lambda x: x.wire)) if self.profile.sort_keys else fields

    def json_value(self, shape: ShapeIR, expr: str, buf: str) -> str:
        """The statement appending the JSON of ``expr`` (already checked) to ``buf``."""
        return f"{buf} = {self.json_call(shape, expr, buf)}"

    def json_call(self, shape: ShapeIR, expr: str, buf: str) -> str:
        if shape.kind is Kind.STRING:
            return f"appendString({buf}, {expr})"
        if shape.is_integer:
            return f"strconv.AppendInt({buf}, {expr}, 10)"
        if shape.kind is Kind.BOOLEAN:
            return f"strconv.AppendBool({buf}, {expr})"
        if shape.kind is Kind.ARRAY:
            return f"{self.lang.writer(shape)}({buf}, {expr})"
        if shape.is_free_object:
            return f"appendJSON({buf}, {expr})"
        if shape.kind is Kind.UNION:
            return f"{self.lang.union_writer(shape)}({buf}, {expr})"
        return f"{receiver(expr)}.appendJSON({buf})"

    def text(self, shape: ShapeIR, expr: str, form: TextForm) -> str:
        """A string expression: the value as text (plain, or its JSON text)."""
        if shape.is_integer:
            return f"strconv.FormatInt({expr}, 10)"
        if shape.kind is Kind.BOOLEAN:
            return f"strconv.FormatBool({expr})"
        if shape.kind is Kind.STRING and form is not TextForm.JSON:
            return expr
        return f"string({self.json_call(shape, expr, 'nil')})"

    def append_text(self, buf: str, value: Value, form: TextForm) -> str:
        """The statement appending a value in ``form`` (text, JSON or %-encoded text)."""
        shape, expr = value.field.shape, value.expr
        if form is TextForm.PERCENT:
            return f"{buf} = appendEscaped({buf}, {self.text(shape, expr, form)})"
        if form is TextForm.TEXT and shape.kind is Kind.STRING:
            return f"{buf} = append({buf}, {expr}...)"
        return self.json_value(shape, expr, buf)  # integers and booleans read the same

    def object(self, buf: str, members: list[Member]) -> list[str]:
        """Statements writing a JSON object member by member (present members only)."""
        items: list[Item] = []
        for m in members:
            head = self.json_key(m.name)
            if m.spread:
                assert m.value is not None
                anchored = any(not i.present and i.joined for i in items)
                items.append(Item("", "", tuple(self.spread(buf, m.value, anchored)), False))
                continue
            if m.value is None:
                items.append(Item("", head + (m.constant or "null"), ()))
                continue
            written = self.json_value(m.value.field.shape, m.value.expr, buf)
            items.append(Item(m.value.present, head, (written,)))
        lines = [self.append(buf, "{")]
        lines += self.sequence(buf, items, self.profile.item_separator, dynamic="brace")
        return self.merged(buf, [*lines, self.append(buf, "}")])

    def members(
        self, fields: tuple[FieldIR, ...], values: dict[str, Value], signature: str = ""
    ) -> list[Member]:
        """The members of a JSON object the call writes, in the profile's order."""
        out = []
        for x in self.sorted_members(fields):
            if x.source is Source.SIGNATURE:
                out.append(Member(x.wire, value=Value(x, signature)))
            elif x.source is Source.SECRET:
                out.append(Member(x.wire, value=Value(x, "secret")))
            elif x.fixed_literal is not None:
                fixed = json.loads(go_source.to_json(x.fixed_literal))
                out.append(Member(x.wire, constant=self.constant_json(fixed)))
            else:
                out.append(Member(x.wire, value=values[x.wire], spread=x.spread))
        return out

    def spread(self, buf: str, value: Value, anchored: bool) -> list[str]:
        """A loop writing a spread object's members as members of the object around it, in
        the order of the local holding its names (sorted, checked by ``spread_checks``);
        ``anchored``: some member before is always written, so each one starts with the
        separator."""
        sep = self.profile.item_separator
        lead = [self.append(buf, sep)] if anchored else self._dynamic_lead(buf, sep, "", "brace")
        body = [
            *lead,
            f"{buf} = appendString({buf}, k)",
            self.append(buf, self.profile.key_separator),
            f"{buf} = appendJSON({buf}, {value.expr}[k])",
        ]
        names = self.lang.local(value.field.ident)
        return block(f"for _, k := range {names}", self.merged(buf, body))

    def constant_json(self, value: Any) -> str:
        p = self.profile
        separators = (p.item_separator, p.key_separator)
        return json.dumps(value, ensure_ascii=p.ascii_only, separators=separators)

    def class_json(self, shape: ShapeIR) -> list[str]:
        """The body of a declared type's ``appendJSON`` method (receiver ``x``, buffer ``b``)."""
        members = []
        for p in self.sorted_members(shape.properties):
            pointer = not p.required and not self.lang.nil_absent(p.shape)
            present = "" if p.required else f"x.{p.ident} != nil"
            value = Value(p, ("*x." if pointer else "x.") + p.ident, present)
            members.append(Member(p.wire, value=value))
        lines = self.object("b", members)
        return [*lines[:-1], "return " + lines[-1].removeprefix("b = ")]

    def sequence(
        self, buf: str, items: list[Item], sep: str, first: str = "", dynamic: str = "flag"
    ) -> list[str]:
        """Items joined by ``sep`` (``first`` before the first one written); an item that may
        be absent leaves out its separator too. When no item before is always written, code
        tells whether one was by ``dynamic``: ``brace`` (the last byte is not ``{``) or
        ``flag`` (a ``joined`` variable)."""
        lines: list[str] = []
        pending = ""
        anchored = False  # an item before is always written
        flagged = False
        for index, item in enumerate(items):
            if not item.joined:
                lines += self.flush(buf, pending) + list(item.body)
                pending = ""
                continue
            static = index == 0 or anchored
            lead = (first if index == 0 else sep) if static else ""
            if not item.present and static:
                lines += self.flush(buf, pending + lead + item.head) + list(item.body)
                pending, anchored = "", True
                continue
            inner = [] if static else self._dynamic_lead(buf, sep, first, dynamic)
            inner += self.flush(buf, lead + item.head) + list(item.body)
            if dynamic == "flag" and not anchored and index + 1 < len(items):
                inner.append("joined = true")
                flagged = True
            lines += self.flush(buf, pending)
            pending = ""
            lines += block(f"if {item.present}", inner) if item.present else inner
            anchored = anchored or not item.present
        return (["joined := false"] if flagged else []) + lines + self.flush(buf, pending)

    def _dynamic_lead(self, buf: str, sep: str, first: str, dynamic: str) -> list[str]:
        if dynamic == "brace":
            return block(f"if {buf}[len({buf})-1] != '{{'", [self.append(buf, sep)])
        if first:
            written = block("if joined", [self.append(buf, sep)])[:-1]
            return [*written, "} else {", "\t" + self.append(buf, first), "}"]
        return block("if joined", [self.append(buf, sep)])

    def template(self, buf: str, parts: tuple[UrlPartIR, ...], token: str) -> list[str]:
        """Statements appending a filled URL template (a base, a fragment, a call's URL)."""
        lines = []
        for p in parts:
            if p.literal is not None:
                lines.append(self.append(buf, p.literal))
            elif p.token:
                lines.append(
                    f"{buf} = appendEscaped({buf}, {token})"
                    if p.percent
                    else f"{buf} = append({buf}, {token}...)"
                )
            else:
                form = TextForm.PERCENT if p.percent else TextForm.TEXT
                lines.append(self.append_text(buf, self.placeholder(p), form))
        return self.merged(buf, lines)

    def placeholder(self, p: UrlPartIR) -> Value:
        """The value a URL placeholder shows: its field's, or the nested property its path
        reads (``in.Content.ProjectUUID``: each step a required member of a required object)."""
        assert p.field is not None and p.leaf is not None
        value = self.values[p.field.wire]
        if not p.path:
            return value
        return Value(p.leaf, value.expr + "".join("." + step.ident for step in p.path))

    def placeholder_name(self, p: UrlPartIR) -> str:
        """A URL placeholder as the template writes it (``content.projectUuid``)."""
        assert p.field is not None
        return ".".join(x.wire for x in (p.field, *p.path))
