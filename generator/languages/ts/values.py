"""Values resolved and checked: one expression per field, in declared order.

The checks are the reference's (``conformance/reference/values.py``): ``invalid_input`` while
signing, ``missing_claim`` / ``invalid_claim`` while verifying; a free object's depth counts
from where the file writes it (the payload, the envelope, a URL's JSON value).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import naming
from generator.ir.enums import Kind, TimeRole
from generator.ir.model import FormatIR
from generator.languages.ts.text import access, prop, type_of
from generator.languages.ts.uses import to_json

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, RegisteredIR, ShapeIR


_RANDOM_TEXT = {"hex": "hex", "base64url-nopad": "base64urlNoPad", "uuid": "uuid"}


def _inner(where: str) -> str:
    """The body of a template literal saying ``where`` (a string literal, a template literal
    or a variable)."""
    if where.startswith("`"):
        return where[1:-1]
    if where.startswith('"'):
        text: str = json.loads(where)
        return text.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"${{{where}}}"


def _where_item(where: str, index: str) -> str:
    """The path of an array item: ``"scopes"`` → ```scopes[${i}]```."""
    return f"`{_inner(where)}[${{{index}}}]`"


def where_member(where: str, wire: str) -> str:
    """The path of an object member below ``where``: ```${where}.type```."""
    name = wire.replace("\\", "\\\\").replace("`", "\\`").replace("${", "$\\{")
    return f"`{_inner(where)}.{name}`"


def checker_name(c: ShapeIR, type_prefix: str = "") -> str:
    """``checkScope`` for the declared object type ``TinybirdJwtScope``."""
    assert c.class_name is not None
    name = c.class_name
    if type_prefix and name.startswith(type_prefix) and len(name) > len(type_prefix):
        name = name[len(type_prefix) :]
    return f"check{name}"


@dataclass(frozen=True)
class UnionChecker:
    """The function checking one union: the variant of the value's JSON type, then its own
    checks (``conformance/reference/values.py`` ``check_shape`` / ``_variant``)."""

    name: str
    shape: ShapeIR
    label: str  # where the union is declared: ``content.dashboardFiltersInteractivity.enabled``
    missing: str  # the code of a value of no variant's type (``missing_code``)

    @property
    def type(self) -> str:
        return type_of(self.shape)

    @property
    def variants(self) -> str:
        """```"all" | "some" | "none"` or `boolean``` (for its comment)."""
        return " or ".join(f"`{type_of(variant)}`" for variant in self.shape.variants)

    def body(self) -> list[str]:
        """The statements: one return per variant, then the refusal."""
        lines = []
        for variant in self.shape.variants:
            checked = check(variant, "value", "where", "check", 1)
            lines.append(f"if ({_json_type_test(variant)}) return {checked};")
        kinds = " or ".join(variant.kind.value for variant in self.shape.variants)
        message = f"`${{where}}: expected {kinds}, got ${{jsonType(value)}}`"
        lines.append(f"fail({self.missing}, {message});")
        return lines


def _json_type_test(variant: ShapeIR) -> str:
    """Whether ``value`` has the JSON type of a union's (scalar) variant."""
    if variant.is_integer:
        return "Number.isInteger(value)"
    return f'typeof value === "{"string" if variant.kind is Kind.STRING else "boolean"}"'


def missing_code(f: FormatIR | ExchangeIR) -> str:
    """The code expression for a value that is not there (or of no expected type):
    ``missing_claim`` when a verifier's value is absent; an exchange only signs."""
    return "absent(value, check)" if isinstance(f, FormatIR) else "check"


def union_checkers(f: FormatIR | ExchangeIR) -> list[UnionChecker]:
    """One checker per distinct union of ``f``, named for the first member declaring it
    (``checkEnabled``), clear of the declared objects' checkers and the fields' locals."""
    found: dict[ShapeIR, UnionChecker] = {}
    taken = {checker_name(c, f.type_prefix) for c in f.classes} | {x.ident for x in f.fields}

    def walk(shape: ShapeIR, label: str, name: str) -> None:
        if shape.kind is Kind.UNION and shape not in found:
            checker, n = f"check{naming.pascal(name)}", 2
            while checker in taken:
                checker, n = f"check{naming.pascal(name)}{n}", n + 1
            taken.add(checker)
            found[shape] = UnionChecker(checker, shape, label, missing_code(f))
        if shape.items is not None:
            walk(shape.items, f"{label}[]", naming.singular(name))
        for member in shape.properties:
            walk(member.shape, f"{label}.{member.wire}", member.wire)

    for x in f.fields:
        walk(x.shape, x.wire, x.wire)
    return list(found.values())


def check(
    shape: ShapeIR,
    expr: str,
    where: str,
    code: str,
    level: int,
    owner: FormatIR | ExchangeIR | None = None,
) -> str:
    """An expression checking ``expr`` (refusals carry the code expression ``code``) that gives
    the value; ``owner`` is the format whose checkers a declared object or a union calls.

    ``level`` is the JSON nesting level of the value in the document it is written in: a
    free object there may hold 64 - ``level`` more levels.
    """
    if shape.kind is Kind.ARRAY:
        assert shape.items is not None
        index = "i" if level <= 2 else f"i{level}"
        item = check(shape.items, "item", _where_item(where, index), code, level + 1, owner)
        return f"Array.from(array({expr}, {where}, {code}), (item, {index}) => {item})"
    if shape.kind is Kind.MAP:  # each value checked under its key's name: user_attributes["Region"]
        assert shape.values is not None
        item = check(shape.values, "item", "where", code, level + 1, owner)
        return f"map({expr}, {where}, {code}, (item, where) => {item})"
    if shape.is_declared_object:
        assert owner is not None
        return f"{checker_name(shape, owner.type_prefix)}({expr}, {where}, {code})"
    if shape.kind is Kind.UNION:
        assert owner is not None
        name = next(u.name for u in union_checkers(owner) if u.shape == shape)
        return f"{name}({expr}, {where}, {code})"
    if shape.is_free_object:
        return f"jsonObject({expr}, {where}, {code}, {level})"
    function = {"string": "text", "boolean": "boolean"}.get(shape.kind.value, "integer")
    bounds = []
    if shape.max_length is not None:
        bounds.append(f"maxLength: {shape.max_length}")
    if shape.minimum is not None:
        bounds.append(f"minimum: {shape.minimum}")
    if shape.maximum is not None:
        bounds.append(f"maximum: {shape.maximum}")
    extra = f", {{ {', '.join(bounds)} }}" if bounds else ""
    checked = f"{function}({expr}, {where}, {code}{extra})"
    if shape.enum_literals:
        return f"oneOf({checked}, [{', '.join(shape.enum_literals)}], {where}, {code})"
    return checked


def field_level(f: FormatIR | ExchangeIR) -> int:
    """A top-level field's value: inside the payload / envelope / body (2), or alone (1)."""
    return 1 if getattr(f, "is_signed_url", False) else 2


def class_levels(f: FormatIR | ExchangeIR) -> dict[str, int]:
    """Each declared object's JSON nesting level (each is declared at one place only)."""
    levels: dict[str, int] = {}

    def walk(shape: ShapeIR, level: int) -> None:
        if shape.class_name is not None:
            levels[shape.class_name] = level
        if shape.items is not None:
            walk(shape.items, level + 1)
        for member in shape.properties:
            walk(member.shape, level + 1)

    for x in f.fields:
        walk(x.shape, field_level(f))
    return levels


def _checked(
    x: FieldIR, expr: str, check_code: str, level: int, owner: FormatIR | ExchangeIR
) -> str:
    return check(x.shape, expr, x.wire_literal, check_code, level, owner)


def sign_statement(f: FormatIR | ExchangeIR, x: FieldIR, source: str = "input") -> str:
    """``const name = …;``: one field's value resolved and checked the way the reference
    signer checks it: the caller's value, else its default, the clock or fresh random bytes
    (``??`` draws them only for a field the caller left out)."""
    # A spread object's members are the payload's claims: it stands where the payload does.
    level, code_ = (1 if x.spread else field_level(f)), '"invalid_input"'
    given = access(source, x.wire)
    if x.fixed_literal is not None:
        value = x.fixed_literal
    elif x.source.value == "clock":
        value = _checked(x, f"{given} ?? now", code_, level, f)
    elif x.source.value == "random":
        assert x.random_encoding is not None
        raw = f"{_RANDOM_TEXT[x.random_encoding.value]}(await randomBytes({x.random_bytes}, "
        raw += "options.randomBytes))"
        value = _checked(x, f"{given} ?? {raw}", code_, level, f)
    elif x.now_plus is not None:
        plus = "now" if x.now_plus == 0 else f"now + {x.now_plus}"
        value = _checked(x, f"{given} ?? {plus}", code_, level, f)
    elif x.default_literal is not None:
        value = _checked(x, f"{given} ?? {x.default_literal}", code_, level, f)
    elif x.required:
        value = _checked(x, given, code_, level, f)
    else:
        value = f"{given} == null ? undefined : {_checked(x, given, code_, level, f)}"
    return f"const {x.ident} = {value};"


def claim_statements(
    f: FormatIR, x: FieldIR, source: str, bind: bool, local: str | None = None
) -> list[str]:
    """The checks of one received claim (``missing_claim`` / ``invalid_claim``); ``bind`` keeps
    the checked value in a local (named ``local``, the field's identifier by default)."""
    level, code_ = field_level(f), '"invalid_claim"'
    given = access(source, x.wire)
    checked = _checked(x, given, code_, level, f)
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


def members(
    fields: list[FieldIR] | tuple[FieldIR, ...],
    source: str | None = None,
    fixed: tuple[tuple[str, str], ...] = (),
) -> list[tuple[str, str, bool]]:
    """(wire name, expression, may be absent) of an object's members: fixed (literal) ones,
    then each field's local (or its member of ``source``)."""
    found = [(json.loads(key), value, False) for key, value in fixed]
    for x in fields:
        expr = x.ident if source is None else access(source, x.wire)
        found.append((x.wire, expr, x.may_be_absent if source is None else not x.required))
    return found


def header_members(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The JWS header's members in the order written (``header_order``): pinned literals and
    the header fields' locals, mirrored ones included."""
    found = members(f.header_fields, fixed=f.header)
    return sorted(found, key=lambda item: f.header_rank(item[0]))


def header_local(f: FormatIR, x: FieldIR) -> str:
    """The local holding a mirrored field's header copy (``issHeader``), clear of the fields'."""
    taken = {y.ident for y in f.fields}
    name, n = f"{x.ident}Header", 2
    while name in taken:
        name, n = f"{x.ident}Header{n}", n + 1
    return name


def mirror_checks(f: FormatIR) -> list[str]:
    """Each mirrored field, in declared order: its header copy must equal the payload's value
    (both already checked, so of one type: strings, integers or booleans)."""
    lines = []
    for x in f.mirrored:
        message = json.dumps(f"{x.wire} in the header differs from the payload's")
        lines.append(f'if ({header_local(f, x)} !== {x.ident}) fail("invalid_claim", {message});')
    return lines


def object_members(items: list[tuple[str, str, bool]], spread: bool) -> str:
    """``a, b: c``: with ``spread``, a member that may be absent is left out when it is
    (``...(c === undefined ? {} : { b: c })``); without, an undefined member stays (the JSON
    writers leave it out)."""
    out = []
    for wire, expr, optional in items:
        key = prop(wire)
        item = expr if key == expr else f"{key}: {expr}"
        out.append(
            f"...({expr} === undefined ? {{}} : {{ {item} }})" if optional and spread else item
        )
    return ", ".join(out)


def object_literal(items: list[tuple[str, str, bool]], spread: bool = False) -> str:
    """``{ a, b: c }`` (``{}`` when empty)."""
    inner = object_members(items, spread)
    return f"{{ {inner} }}" if inner else "{}"


def payload_json(f: FormatIR) -> str:
    """The JWS payload as JSON text: the payload fields in declared order, a spread field's
    members as claims of their own in its place (``spreadClaims`` refuses a taken name).

    One object literal would list a caller's integer-like names before every declared claim,
    so the parts are written apart and joined (``joinObjects``); sorted keys need no place.
    """
    fields = f.fields_in("payload")
    spread = f.spread_field
    if spread is None:
        return to_json(f, object_literal(members(fields)))
    claims = f"spreadClaims({spread.ident}, {spread.wire_literal})"
    at = fields.index(spread)
    before, after = members(fields[:at]), members(fields[at + 1 :])
    if f.json.sort_keys:
        inner = [object_members(before, False), f"...{claims}", object_members(after, False)]
        return to_json(f, "{ " + ", ".join(part for part in inner if part) + " }")
    parts = [
        *([to_json(f, object_literal(before))] if before else []),
        to_json(f, claims),
        *([to_json(f, object_literal(after))] if after else []),
    ]
    return f"joinObjects({', '.join(parts)})"


def response_members(f: FormatIR) -> list[tuple[str, str, bool]]:
    """The vendor-shaped response's members: (name, expression, may be absent)."""
    found = []
    for r in f.response:
        if r.field is not None:
            found.append((r.name, r.field.ident, r.field.may_be_absent))
        else:
            found.append((r.name, r.source.value, False))
    return found


def sign_uses_now(f: FormatIR | ExchangeIR) -> bool:
    """Whether ``sign`` reads the clock (a clock field or a default relative to now)."""
    return any(x.source.value == "clock" or x.now_plus is not None for x in f.fields)


def sign_options(f: FormatIR) -> str:
    """The type of ``sign``'s options (empty when it takes none)."""
    members = []
    if sign_uses_now(f):
        members.append("readonly now?: number")
    if f.needs.random:
        members.append("readonly randomBytes?: (count: number) => Uint8Array")
    return "{ " + "; ".join(members) + " }" if members else ""


def sign_options_doc(f: FormatIR) -> str:
    """What ``sign``'s options are."""
    parts = []
    if sign_uses_now(f):
        parts.append("`now`: the signing time in Unix seconds (the clock by default)")
    if f.needs.random:
        parts.append(
            "`randomBytes`: a source of random bytes (the platform's secure one by default)"
        )
    return "; ".join(parts)


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
