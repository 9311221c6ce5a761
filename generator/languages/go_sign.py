"""Sign's own pieces for the signing families: the JWS header, signed strings, URLs."""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir import FieldIR, FormatIR, Placement, QueryIR, TextForm
from generator.languages import go_source
from generator.languages.go_checks import Value, block
from generator.languages.go_code import GoCode, Item, Member


@dataclass(frozen=True)
class Entry:
    """A member of a Go map literal: its key, its value, when present."""

    name: str
    value: str
    present: str = ""


class SignCode(GoCode):
    """Statements Sign and EmbedURL of format ``f`` are made of."""

    f: FormatIR

    def header(self) -> tuple[str, list[str]]:
        """The JWS header: its base64url text when constant, else statements building it in h
        (members in the format's header order: pinned literals and fields, mirrored ones too)."""
        if not self.f.header_fields:
            assert self.f.header_segment is not None
            return self.f.header_segment, []
        pinned = {go_source.unquote(k): go_source.unquote(v) for k, v in self.f.header}
        fields = {x.wire: x for x in self.f.header_fields}
        members = [
            Member(wire, constant=self.constant_json(pinned[wire]))
            if wire in pinned
            else Member(wire, value=self.values[fields[wire].wire])
            for wire in self.f.header_order
        ]
        if self.profile.sort_keys:
            members.sort(key=lambda m: m.name)
        return "", ["h := make([]byte, 0, 64)", *self.object("h", members)]

    def spread_checks(self) -> list[str]:
        """Statements collecting the spread object's member names, sorted (a Go map has no
        order), and refusing any named like a declared or registered claim: after every
        input's own checks, as the reference checks them while writing the payload."""
        x = self.f.spread_field
        if x is None:
            return []
        names, member = self.lang.local(x.ident), "in." + x.ident
        taken = ", ".join(self.lit(name) for name in self.f.taken_claim_names)
        where, what = self.lit(f"{x.wire}: '"), self.lit("' is a declared or registered claim")
        refused = f"c.want(false, {where}+k+{what})"
        return [
            f"{names} := make([]string, 0, len({member}))",
            *block(f"for k := range {member}", [f"{names} = append({names}, k)"]),
            f"sort.Strings({names})",
            *block(
                f"for _, k := range {names}",
                ["switch k {", f"case {taken}:", "	" + refused, "}"],
            ),
        ]

    def message(self, buf: str, values: dict[str, Value]) -> list[str]:
        """Statements writing the signed string of a signed-string format into ``buf``."""
        items = []
        for p in self.f.message_parts:
            value = values[p.field.wire]
            items.append(Item(value.present, p.prefix, (self.append_text(buf, value, p.encode),)))
        return self.merged(buf, self.sequence(buf, items, self.f.message_join))

    def query(
        self, buf: str, token: str, signature: str | None, first: str = "?", escape: str = ""
    ) -> list[str]:
        """Statements appending the query string (``first`` before it) to ``buf``; without
        the signature parameter when ``signature`` is None. The token is percent-encoded,
        or only when the Go bool ``escape`` holds (see ``FormatIR.token_is_url_text``)."""
        items = []
        for q in self.f.url_query:
            name = go_source.unquote(q.name_encoded_literal) + "="
            if q.value == "token":
                escaped = f"{buf} = appendEscaped({buf}, {token})"
                raw = f"{buf} = append({buf}, {token}...)"
                body = [escaped]
                if escape:
                    body = [*block(f"if {escape}", body)[:-1], "} else {", "\t" + raw, "}"]
                items.append(Item("", name, tuple(body)))
            elif q.per_key:
                items.append(self.per_key(buf, q, items))
            elif q.value == "signature":
                if signature is not None:
                    items.append(Item("", name, (self.append_signature(buf, signature),)))
            else:
                assert q.field is not None
                value = self.values[q.field.wire]
                text = self.text(value.field.shape, value.expr, q.encode)
                items.append(Item(value.present, name, (f"{buf} = appendEscaped({buf}, {text})",)))
        return self.merged(buf, self.sequence(buf, items, "&", first))

    def per_key(self, buf: str, q: QueryIR, before: list[Item]) -> Item:
        """A map's parameters, written by ``appendPrefixed`` in sorted order, each with its
        own ``&``: a parameter before is always written (specmodel's map checks refuse a
        spec where none is, for all six languages)."""
        assert q.field is not None
        assert any(not i.present and i.joined for i in before), q.name
        value = self.values[q.field.wire]
        body = f"{buf} = appendPrefixed({buf}, {q.name_encoded_literal}, {value.expr})"
        return Item("", "", (body,), joined=False)

    def signed_url(self, buf: str) -> list[str]:
        """Statements appending the URL a whole-URL MAC covers: the base, ``?``, then the
        query without the signature parameter (``?`` even when no parameter is written)."""
        base = self.template(buf, self.f.url_base, "")
        return self.merged(buf, [*base, self.append(buf, "?"), *self.query(buf, "", None, "")])

    def append_signature(self, buf: str, signature: str) -> str:
        """The statement appending the signature to a URL (raw where its alphabet is safe)."""
        if not self.f.signature_kept_whole:
            return f"{buf} = appendEscaped({buf}, {signature})"
        return f"{buf} = append({buf}, {signature}...)"

    def raw_base_values(self) -> list[tuple[str, Value]]:
        """Values the base URL holds raw (a '?' or '#' in them would end the base early), each
        with its placeholder's name."""
        raw = [p for p in self.f.url_base if p.field is not None and not p.percent]
        return [(self.placeholder_name(p), self.placeholder(p)) for p in raw]

    def response(self) -> list[Entry]:
        """Each member of the vendor-shaped response: its key, its value, when present."""
        out = []
        for r in self.f.response:
            if r.field is not None:
                value = self.values[r.field.wire]
                member = "s." + r.ident
                pointer = value.present and not self.lang.nil_absent(r.field.shape)
                present = member + " != nil" if value.present else ""
                out.append(Entry(r.name_literal, "*" + member if pointer else member, present))
            elif r.source == "token" and self.f.is_signed_url:
                out.append(Entry(r.name_literal, "nil"))
            else:
                source = {"token": "s.Token", "url": "s.URL", "signature": "s.Signature"}
                out.append(Entry(r.name_literal, source[r.source]))
        return out

    def signed_members(self) -> str:
        """The Signed members beyond token, URL and signature, as ``, Name: value``."""
        out = ""
        for r in self.f.response:
            if r.field is not None:
                value = self.values[r.field.wire]
                pointer = value.present and not self.lang.nil_absent(r.field.shape)
                out += f", {r.ident}: " + ("in." + r.field.ident if pointer else value.expr)
        return out

    def query_always_written(self) -> bool:
        """Some query parameter before the signature is always written."""
        return any(
            q.value == "token" or (q.field is not None and not self.values[q.field.wire].present)
            for q in self.f.url_query
        )

    def json_shapes(self) -> tuple[FieldIR, ...]:
        """The fields Sign writes as JSON (their array types get a writer each)."""
        if not self.f.is_signed_url:
            return tuple(x for x in self.f.fields if x.placement is not Placement.URL)
        wanted = {p.field.wire for p in self.f.message_parts if p.encode is TextForm.JSON}
        wanted |= {q.field.wire for q in self.f.url_query if q.field and q.encode is TextForm.JSON}
        return tuple(x for x in self.f.fields if x.wire in wanted)
