"""What the Python verify template asks for: claim checks, a received URL's texts, time rules."""

from __future__ import annotations

import itertools
import json

from generator.ir import (
    FieldIR,
    FormatIR,
    Kind,
    Placement,
    QueryValue,
    RegisteredIR,
    TextForm,
    TimeRole,
    VerifyIR,
)
from generator.languages import python_checks as checks
from generator.languages.python_code import LINE_LENGTH, Call, PythonLiterals, render_call


class PythonVerify(PythonLiterals):
    """Template helpers for verification (mixed into :class:`Python`)."""

    def verify_claim(self, f: FormatIR, x: FieldIR, source: str) -> str:
        """The statements that check a received claim (``source`` is the dict it is in)."""
        depth = checks.field_depth(f)
        if x.required:
            value = f"_claim({source}, {x.wire_literal})"
            line = render_call(checks.check(x.shape, value, x.wire_literal, "_CLAIM", depth), 4)
        else:
            value = f"{source}[{x.wire_literal}]"
            call = checks.check(x.shape, value, x.wire_literal, "_CLAIM", depth)
            line = f"    if {x.wire_literal} in {source}:\n" + render_call(call, 8)
        if x.fixed_literal is not None:
            line += (
                f"\n    if {source}.get({x.wire_literal}) != {x.fixed_literal}:\n"
                f'        raise _Error(_CLAIM, "{x.wire} must be {_quote(x.fixed_literal)}")'
            )
        return line

    def claim_checks(
        self, f: FormatIR, claims: list[FieldIR], source: str, *, notes: bool = False
    ) -> str:
        """The checks of ``claims`` in order; the leading required scalars first pass one inline
        test (a helper call per claim is most of verify's own time), and go through their
        checks, which say what is wrong, only when it fails."""
        simple = list(itertools.takewhile(checks.inline_checkable, claims))
        lines = []
        if len(simple) > 1:
            got = [(f"value := {source}.get({x.wire_literal})", x) for x in simple]
            tests = [test for value, x in got for test in checks.inline_test(x, value, "value")]
            lines.append(checks.INLINE_NOTE)
            lines.append(checks.inline_if(tests))
            lines += [_indented(self.verify_claim(f, x, source)) for x in simple]
            claims = claims[len(simple) :]
        for x in claims:
            lines.append((_spread_comment(x) if notes else "") + self.verify_claim(f, x, source))
        return "\n".join(lines)

    def jws_claim_checks(self, f: FormatIR) -> str:
        """A JWS's claims in the reference's order: the payload's members (declared order),
        then the header's (header-placed and mirrored ones), then each mirrored value must be
        the same in both."""
        payload = (x for x in f.claims if x.placement is not Placement.HEADER)
        lines = [self.claim_checks(f, list(payload), "payload", notes=True)]
        lines += [self.verify_claim(f, x, "header") for x in f.header_fields]
        for x in f.mirrored:
            differs = self.string_literal(f"{x.wire} in the header differs from the payload's")
            lines.append(f"    if header[{x.wire_literal}] != payload[{x.wire_literal}]:")
            lines.append(render_call(Call("raise _Error", ["_CLAIM", differs]), 8))
        return "\n".join(lines)

    # ---------------------------------------------------------------- texts and bytes

    def signature_name(self, f: FormatIR) -> str:
        """The signature parameter's name, as a literal."""
        return next(q.name_literal for q in f.url_query if q.value is QueryValue.SIGNATURE)

    def query_unpercent(self, f: FormatIR) -> str:
        """The function that decodes a received query name or value."""
        return "_unpercent_form" if f.plus_is_space else "_unpercent"

    def known_query_name(self, f: FormatIR) -> str:
        """Whether the decoded ``name`` is a parameter of the format: a fixed one, or a map's
        (its prefix and a non-empty key)."""
        prefixes = [q.name_literal for q in f.map_params]
        tests = [f"name.startswith({p}) and name != {p}" for p in prefixes]
        return " or ".join(["name in _QUERY", *(f"({test})" for test in tests)])

    def received_url_text(self, f: FormatIR) -> str:
        """``message = …``: the URL text the signature covers, as received: the query before
        the signature parameter (which comes last), after the base URL and ``?`` when the
        URL as built is signed."""
        query = 'query.rsplit("&", 1)[0] if "&" in query else ""'
        if f.message_is_url:
            return f'    message = base + "?" + ({query})'
        return f"    message = {query}"

    def received_message(self, f: FormatIR) -> str:
        """The signed string of a received signed URL, from the texts as received."""
        template = {p.field.wire: p for p in f.url_base if p.field is not None}
        lines = ["    parts: list[str] = []"]
        for part in f.message_parts:
            name = part.field.wire_literal
            text = f"texts[{name}]"
            if part.encode is TextForm.PERCENT:
                text = (
                    f"raw[{name}]"
                    if part.field.wire in template and template[part.field.wire].percent
                    else f"_percent({text})"
                )
            piece = f"{part.prefix_literal} + {text}" if part.prefix else text
            lines += [f"    if {name} in texts:", f"        parts.append({piece})"]
        return "\n".join(
            [*lines, f"    message = {self.string_literal(f.message_join)}.join(parts)"]
        )

    def received_template(self, f: FormatIR) -> str:
        """The texts of the fields the base URL carries, from the template's match."""
        lines = ["    texts = {"]
        raw = []
        for index, p in enumerate((p for p in f.url_base if p.field is not None), start=1):
            assert p.field is not None
            value = f"_unpercent(match[{index}])" if p.percent else f"match[{index}]"
            lines.append(f"        {p.field.wire_literal}: {value},")
            if p.percent:
                raw.append(f"{p.field.wire_literal}: match[{index}]")
        decode = self.query_unpercent(f)
        lines += [
            f"        **{{name: {decode}(value) for name, value in params.items()}},",
            "    }",
        ]
        if raw and not (f.message_is_query or f.message_is_url):  # else the text is MACed
            lines.append(
                f"    raw = {{{', '.join(raw)}}}  # percent-encoded parts are signed as received"
            )
        return "\n".join(lines)

    def received_claims(self, f: FormatIR) -> str:
        """``claims``: the received texts typed (JSON parsed, integers and booleans read)."""
        lines = ["    claims: dict[str, Any] = {}"]
        for x in f.claims:
            carrier = f.map_param(x)
            if carrier is not None:
                lines += _gathered_map(x, carrier.name_literal)
                continue
            form = next((q.encode for q in f.url_query if q.field is x), TextForm.TEXT)
            lines.append(f"    if {x.wire_literal} in texts:")
            lines.append(render_call(_typed_text(x, form), 8, f"claims[{x.wire_literal}] = "))
        return "\n".join(lines)

    def registered_checks(self, f: FormatIR) -> str:
        """Undeclared registered time claims (JWS): each must be an integer when present."""
        lines = []
        for r in f.verify.registered:
            if r.field is None:  # a declared one is checked with the other claims
                call = Call("_integer", [f"payload[{r.name_literal}]", r.name_literal, "_CLAIM"])
                lines += [f"    if {r.name_literal} in payload:", render_call(call, 8)]
        return "\n".join(lines)

    def time_checks(self, f: FormatIR) -> str:
        """The time rules of the verify policy, in their fixed order (expired, not yet valid,
        lifetime), each with the policy's explicit leeway; registered JWS claims too."""
        v = f.verify
        late = f"now - {v.leeway}" if v.leeway else "now"
        early = f"now + {v.leeway}" if v.leeway else "now"
        named = (("expires", v.expires), ("issued", v.issued_at), ("not_before", v.not_before))
        lines = [_bind(name, x) for name, x in named if x is not None]
        if v.expires is not None and v.expires_plus is not None:
            lines[0] = _bind_sum(v.expires, v.expires_plus)
        expires_guard = _guard("expires", v.expires, v.expires_plus)
        registered = {r.role: r for r in v.registered}
        if v.expires is not None:
            at = "{expires}" + (f" ({_expiry_label(v)})" if v.expires_plus is not None else "")
            message = f'f"expired at {at}, now {{now}}, leeway {v.leeway}s"'
            lines += _rule(f"{expires_guard}expires <= {late}", "expired", message)
        if TimeRole.EXPIRES in registered:
            lines += _registered_rule(
                registered[TimeRole.EXPIRES], f"<= {late}", "expired", v.leeway
            )
        if v.issued_at is not None and v.max_age is not None:
            message = f'f"issued at {{issued}}, more than {v.max_age}s ago"'
            test = f"{_guard('issued', v.issued_at)}issued + {v.max_age} <= {late}"
            lines += _rule(test, "expired", message)
        for name, x in (("not_before", v.not_before), ("issued", v.issued_at)):
            if x is not None:
                message = f'f"{x.wire} {{{name}}} is after now {{now}} + {v.leeway}s"'
                lines += _rule(f"{_guard(name, x)}{name} > {early}", "not_yet_valid", message)
        for role in (TimeRole.NOT_BEFORE, TimeRole.ISSUED_AT):
            if role in registered:
                lines += _registered_rule(registered[role], f"> {early}", "not_yet_valid", v.leeway)
        if v.expires is not None and v.max_lifetime is not None:
            start = "now" if v.issued_at is None else "issued"
            if v.issued_at is not None and not v.issued_at.required:
                start = "(now if issued is None else issued)"
            test = f"{expires_guard}expires - {start} > {v.max_lifetime}"
            message = f'f"lives {{expires - {start}}}s, at most {v.max_lifetime}s"'
            lines += _rule(test, "lifetime_too_long", message)
        return "\n".join(lines)


def _gathered_map(x: FieldIR, prefix: str) -> list[str]:
    """A map's claim: one entry per parameter named ``prefix`` and a key (``_query`` let no
    other through, nor the prefix alone); no member at all when none came."""
    name = json.loads(prefix)
    note = f"    # One entry per {name}<key> parameter; with none, no {x.wire} claim."
    key = f"name.removeprefix({prefix})"
    entries = f"{key}: texts[name] for name in params if name.startswith({prefix})"
    assign = f"    {x.ident} = {{{entries}}}"
    if len(assign) > LINE_LENGTH:
        assign = f"    {x.ident} = {{\n        {entries}\n    }}"
    return [note, assign, f"    if {x.ident}:", f"        claims[{x.wire_literal}] = {x.ident}"]


def _indented(lines: str) -> str:
    return "\n".join("    " + line if line else line for line in lines.split("\n"))


def _spread_comment(x: FieldIR) -> str:
    """Above a spread field's check: sign never writes it, but a claim of its name is checked."""
    if not x.spread:
        return ""
    note = f"sign writes the members of {x.wire} as claims; one named {x.wire} must be an object"
    return f"    # {note}\n"


def _registered_rule(r: RegisteredIR, comparison: str, code: str, leeway: int) -> list[str]:
    """A registered claim the token may carry, held to the same rule as a declared one."""
    local = f"registered_{r.name}"
    bind = f"    {local} = claims.get({r.name_literal})"
    message = f'f"{r.name} {{{local}}} (now {{now}}, leeway {leeway}s)"'
    return [bind, *_rule(f"{local} is not None and {local} {comparison}", code, message)]


def _bind(name: str, x: FieldIR) -> str:
    lookup = f"[{x.wire_literal}]" if x.required else f".get({x.wire_literal})"
    return f"    {name} = claims{lookup}"


def _bind_sum(x: FieldIR, plus: FieldIR) -> str:
    """``expires: {sum: [a, b]}``: the expiry instant, exact (a Python int does not round);
    None when either claim is absent."""
    if x.required and plus.required:
        return f"    expires = claims[{x.wire_literal}] + claims[{plus.wire_literal}]"
    a, b = f"claims.get({x.wire_literal})", f"claims.get({plus.wire_literal})"
    return f"    expires = None if {a} is None or {b} is None else {a} + {b}"


def _expiry_label(v: VerifyIR) -> str:
    """How messages name a summed expiry: ``:time + :session_length``."""
    assert v.expires is not None and v.expires_plus is not None
    return f"{v.expires.wire} + {v.expires_plus.wire}"


def _guard(name: str, *fields: FieldIR | None) -> str:
    """``name is not None and `` for an optional claim (any of ``fields`` optional)."""
    optional = any(x is not None and not x.required for x in fields)
    return f"{name} is not None and " if optional else ""


def _rule(test: str, code: str, message: str) -> list[str]:
    return [f"    if {test}:", render_call(Call("raise _Error", [f'"{code}"', message]), 8)]


def _typed_text(x: FieldIR, form: TextForm) -> Call | str:
    name = x.wire_literal
    if form is TextForm.JSON:
        return Call("_parse", [f"texts[{name}]", name])
    if x.shape.is_integer:
        return Call("_integer_text", [f"texts[{name}]", name])
    if x.shape.kind is Kind.BOOLEAN:
        return Call("_boolean_text", [f"texts[{name}]", name])
    return f"texts[{name}]"


def _quote(literal: str) -> str:
    return literal.replace('"', "'")
