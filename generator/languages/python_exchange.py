"""What the Python exchange template asks the language for (the HTTP call's pieces)."""

from __future__ import annotations

from generator.exchange_ir import ExchangeIR
from generator.ir import FieldIR, Source, UrlPartIR
from generator.languages import python_checks as checks
from generator.languages.python_code import PythonLiterals, render_call


class PythonExchange(PythonLiterals):
    """Template helpers for exchange formats (mixed into :class:`Python`)."""

    def exchange_helpers(self, f: ExchangeIR) -> frozenset[str]:
        """The checking helpers the exchange's inputs need."""
        return checks.input_helpers(f.fields)

    def exchange_imports(self, f: ExchangeIR) -> list[str]:
        """The import lines, sorted as ruff sorts them."""
        h = self.exchange_helpers(f)
        lines = ["import json", "import time", "import urllib.error", "import urllib.request"]
        abc = ["Callable"] if "_array" in h else []
        abc += ["Mapping"] if h & {"_required", "_member", "_exactly_one"} else []
        if abc:
            lines.append(f"from collections.abc import {', '.join(abc)}")
        lines += [
            "from dataclasses import dataclass",
            "from email.utils import parsedate_to_datetime",
        ]
        typing = ["Any", "NotRequired", "TypedDict"]
        typing += ["TypeVar"] if "_one_of" in h else []
        typing += ["cast"] if f.classes else []
        lines.append(f"from typing import {', '.join(typing)}")
        parse = ["quote", "urlsplit"] if self.exchange_percent(f) else ["urlsplit"]
        lines.append(f"from urllib.parse import {', '.join(parse)}")
        return lines

    def exchange_exports(self, f: ExchangeIR) -> list[str]:
        """``__all__``, sorted as ruff sorts it."""
        types = [c.class_name for c in f.classes if c.class_name is not None]
        types += [f"{f.type_prefix}{s}" for s in ("Error", "Exchanged", "Input")]
        functions = ["exchange", "revoke"] if f.revoke is not None else ["exchange"]
        return ["TIMEOUT_MS", *sorted(types), *functions]

    def exchange_percent(self, f: ExchangeIR) -> bool:
        """Whether a URL template of the exchange %-encodes a value."""
        return any(p.percent for p in self._url_parts(f))

    def exchange_present(self, f: ExchangeIR) -> bool:
        """Whether a URL template uses a field that may be absent."""
        return any(p.field is not None and p.field.may_be_absent for p in self._url_parts(f))

    def _url_parts(self, f: ExchangeIR) -> list[UrlPartIR]:
        parts = [*f.request.url, *(f.embed_url or ())]
        return parts + list(f.revoke.url) if f.revoke is not None else parts

    def exchange_url(self, parts: tuple[UrlPartIR, ...]) -> str:
        """A URL template of the exchange as one concatenation."""
        terms = []
        for p in parts:
            if p.literal is not None:
                terms.append(self.string_literal(p.literal))
                continue
            text = "token"
            if p.field is not None:
                name = p.field.ident
                text = (
                    f"_present({name}, {p.field.wire_literal})" if p.field.may_be_absent else name
                )
            terms.append(f"_percent({text})" if p.percent else text)
        return " + ".join(terms)

    def body_members(self, f: ExchangeIR) -> list[tuple[FieldIR, str]]:
        """(field, value) of the request body's members, in declared order."""
        return [(x, "secret" if x.source is Source.SECRET else x.ident) for x in f.body_fields]

    def differs(self, expected: object) -> str:
        """The operator that tells a member from ``expected``: identity for singletons."""
        return "is not" if expected is None or isinstance(expected, bool) else "!="

    def literals(self, texts: tuple[str, ...]) -> list[str]:
        """Each text as a string literal."""
        return [self.string_literal(t) for t in texts]

    def resolve_argument(self, f: ExchangeIR, x: FieldIR) -> str:
        """A keyword argument checked, its default applied."""
        call = checks.check(x.shape, x.ident, x.wire_literal, "_INPUT", 2)
        if x.default_literal is not None:
            value = f"{x.default_literal} if {x.ident} is None else {x.ident}"
            call = checks.check(x.shape, value, x.wire_literal, "_INPUT", 2)
        elif x.may_be_absent:
            return f"    if {x.ident} is not None:\n" + render_call(call, 8, f"{x.ident} = ")
        return render_call(call, 4, f"{x.ident} = ")
