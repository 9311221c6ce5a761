"""``verify``'s checks of the received claims: each declared field's (``missing_claim`` /
``invalid_claim``), the undeclared registered time claims', and the time rules in the shared
order."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.ir.enums import Kind, TimeRole
from generator.languages.ts.text import access
from generator.languages.ts.values import check_field, field_level

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, RegisteredIR


def claim_statements(
    f: FormatIR, x: FieldIR, source: str, bind: bool, local: str | None = None
) -> list[str]:
    """The checks of one received claim (``missing_claim`` / ``invalid_claim``); ``bind`` keeps
    the checked value in a local (named ``local``, the field's identifier by default)."""
    level, code_ = field_level(f), '"invalid_claim"'
    given = access(source, x.wire)
    checked = check_field(x, given, code_, level, f)
    name = local or x.ident
    bind = bind or x.fixed_literal is not None
    if x.required:
        lines = [f"const {name} = {checked};" if bind else f"{checked};"]
    elif bind:
        lines = [f"const {name} = {given} === undefined ? undefined : {checked};"]
    else:
        lines = [f"if ({given} !== undefined) {checked};"]
    if x.fixed_literal is not None:
        scalar = x.shape.kind in (Kind.STRING, Kind.BOOLEAN) or x.shape.is_integer
        left, right = (
            (name, x.fixed_literal)
            if scalar
            else (f"JSON.stringify({name})", f"JSON.stringify({x.fixed_literal})")
        )
        test = (
            f"{left} !== {right}" if x.required else f"{name} !== undefined && {left} !== {right}"
        )
        message = json.dumps(f"{x.wire} must be {json.loads(x.fixed_literal)!r}"[:80])
        lines.append(f'if ({test}) fail("invalid_claim", {message});')
    return lines


def time_fields(f: FormatIR) -> set[str]:
    """The claims the time rules read (a declared field of a registered claim's name too)."""
    v = f.verify
    roles = (v.expires, v.expires_plus, v.issued_at, v.not_before)
    declared = (*roles, *(r.field for r in v.registered))
    return {x.wire for x in declared if x is not None}


def _registered_local(f: FormatIR, r: RegisteredIR) -> str:
    """The local of an undeclared registered claim: its name, unless a field's has it."""
    taken = {x.ident for x in f.fields}
    return r.name if r.name not in taken else f"registered{r.name.capitalize()}"


def registered_checks(f: FormatIR) -> list[str]:
    """The registered time claims (JWS) the format does not declare: each an integer when the
    token carries it (``invalid_claim``), kept for the time rules."""
    lines = []
    for r in f.verify.registered:
        if r.field is None:
            given = access("claims", r.name)
            checked = f'integer({given}, {r.name_literal}, "invalid_claim")'
            lines.append(
                f"const {_registered_local(f, r)} = {given} === undefined ? undefined : {checked};"
            )
    return lines


def _expiry(f: FormatIR, lines: list[str]) -> tuple[str, str, str]:
    """The expiry's expression, the test that it is there (or ""), and how messages name a
    sum. ``expires: {sum: [a, b]}`` adds two integers within ±(2^53 - 1): a Number could
    round the sum, so it is a BigInt (compared exactly with Numbers), held in ``expiry``: the
    line computing it is appended to ``lines``."""
    v = f.verify
    if v.expires is None:
        return "", "", ""
    if v.expires_plus is None:
        test = "" if v.expires.required else f"{v.expires.ident} !== undefined && "
        return v.expires.ident, test, ""
    terms = (v.expires, v.expires_plus)
    total = " + ".join(f"BigInt({x.ident})" for x in terms)
    optional = [f"{x.ident} === undefined" for x in terms if not x.required]
    if optional:
        total = f"{' || '.join(optional)} ? undefined : {total}"
    lines.append(f"const expiry = {total};")
    test = "expiry !== undefined && " if optional else ""
    return "expiry", test, f" ({v.expires.wire} + {v.expires_plus.wire})"


def time_checks(f: FormatIR) -> list[str]:
    """The time rules, in the shared order: declared expiry, registered ``exp``, max age,
    declared not-before and issued-at, registered ``nbf`` and ``iat``, lifetime."""
    v, lines = f.verify, []
    early = "now" if v.leeway == 0 else f"now - {v.leeway}"
    late = "now" if v.leeway == 0 else f"now + {v.leeway}"
    registered = {r.role: r for r in v.registered}

    def guard(x: FieldIR) -> str:
        return "" if x.required else f"{x.ident} !== undefined && "

    def registered_rule(role: TimeRole, comparison: str, code: str, says: str) -> None:
        r = registered.get(role)
        if r is None:
            return
        local = r.field.ident if r.field is not None else _registered_local(f, r)
        test = "" if r.field is not None and r.field.required else f"{local} !== undefined && "
        message = f"`{r.name} ${{{local}}} {says} ${{now}}`"
        lines.append(f'if ({test}{local} {comparison}) fail("{code}", {message});')

    expiry = _expiry(f, lines)
    if v.expires is not None:
        e, test, label = expiry
        message = f"`expired at ${{{e}}}{label}, now ${{now}}`"
        lines.append(f'if ({test}{e} <= {early}) fail("expired", {message});')
    registered_rule(TimeRole.EXPIRES, f"<= {early}", "expired", "has passed: now")
    if v.issued_at is not None and v.max_age is not None:
        i = v.issued_at.ident
        age = i if v.max_age == 0 else f"{i} + {v.max_age}"
        lines.append(
            f"if ({guard(v.issued_at)}{age} <= {early}) "
            f'fail("expired", `issued at ${{{i}}}, older than {v.max_age} s`);'
        )
    for x in (v.not_before, v.issued_at):
        if x is not None:
            lines.append(
                f"if ({guard(x)}{x.ident} > {late}) "
                f'fail("not_yet_valid", `{x.wire} ${{{x.ident}}} is after now ${{now}}`);'
            )
    registered_rule(TimeRole.NOT_BEFORE, f"> {late}", "not_yet_valid", "is after now")
    registered_rule(TimeRole.ISSUED_AT, f"> {late}", "not_yet_valid", "is after now")
    if v.expires is not None and v.max_lifetime is not None:
        e, test, _ = expiry
        start = "now"
        if v.issued_at is not None:
            start = v.issued_at.ident if v.issued_at.required else f"{v.issued_at.ident} ?? now"
        if v.expires_plus is not None:  # the expiry is a BigInt: so is the start
            start = f"BigInt({start})"
        elif " " in start:
            start = f"({start})"
        lines.append(
            f"if ({test}{e} - {start} > {v.max_lifetime}) "
            f'fail("lifetime_too_long", `lives ${{{e} - {start}}} s, at most {v.max_lifetime}`);'
        )
    return lines
