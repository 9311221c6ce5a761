"""A Python signer's URL: its base, query and fragment as terms of one concatenation, and the
query string a MAC covers when it signs URL text."""

from __future__ import annotations

import json

from generator.ir import FieldIR, FormatIR, Kind, QueryValue, TextForm, UrlPartIR
from generator.languages import python_once as once
from generator.languages.python_code import PythonLiterals, concat, merge_literals
from generator.languages.python_text import value_text


class PythonUrl(PythonLiterals):
    """Template helpers for URLs (mixed into :class:`Python`)."""

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
                text = value_text(p.leaf.shape.kind, _read(p), form)
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
                    else value_text(q.field.shape.kind, q.field.ident, q.encode)
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
        return list(f.url_fields)


_SIGNATURE = "_percent(signature)"  # the signature parameter's value


def _read(p: UrlPartIR) -> str:
    """A URL placeholder's value: the field's local, or the nested property it reads
    (``content["projectUuid"]``: each step a required member of a checked TypedDict)."""
    assert p.field is not None
    return p.field.ident + "".join(f"[{x.wire_literal}]" for x in p.path)
