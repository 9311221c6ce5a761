"""``sign``'s values: each field resolved (the caller's value, its default, the clock or fresh
random bytes) and checked, and the options ``sign`` takes for the clock and the random bytes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.languages.ts.text import access
from generator.languages.ts.values import check_field, field_level

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, FormatIR


_RANDOM_TEXT = {"hex": "hex", "base64url-nopad": "base64urlNoPad", "uuid": "uuid"}


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
        value = check_field(x, f"{given} ?? now", code_, level, f)
    elif x.source.value == "random":
        assert x.random_encoding is not None
        raw = f"{_RANDOM_TEXT[x.random_encoding.value]}(await randomBytes({x.random_bytes}, "
        raw += "options.randomBytes))"
        value = check_field(x, f"{given} ?? {raw}", code_, level, f)
    elif x.now_plus is not None:
        plus = "now" if x.now_plus == 0 else f"now + {x.now_plus}"
        value = check_field(x, f"{given} ?? {plus}", code_, level, f)
    elif x.default_literal is not None:
        value = check_field(x, f"{given} ?? {x.default_literal}", code_, level, f)
    elif x.required:
        value = check_field(x, given, code_, level, f)
    else:
        value = f"{given} == null ? undefined : {check_field(x, given, code_, level, f)}"
    return f"const {x.ident} = {value};"


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
