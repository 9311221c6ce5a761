"""The exchange family: the call's URL, headers, body and the answer's lifetime."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.ir.enums import Kind
from generator.languages.ts.text import prop, template_literal

if TYPE_CHECKING:
    from generator.exchange_ir import CallIR, ExchangeIR
    from generator.ir import UrlPartIR


def call_url(f: ExchangeIR, parts: tuple[UrlPartIR, ...]) -> str:
    """A call's URL template over the inputs' locals (``{x|percent}`` percent-encoded)."""
    pieces: list[tuple[bool, str]] = []
    for p in parts:
        if p.literal is not None:
            pieces.append((False, p.literal))
        elif p.token:
            pieces.append((True, "percent(token)" if p.percent else "token"))
        else:
            assert p.field is not None
            assert not p.path, "specmodel.exchange_checks: call URLs take fields only"
            x = p.field
            if x.shape.kind is not Kind.STRING:
                value = f"urlPart(undefined, {x.wire_literal})"  # the reference refuses them too
            elif x.may_be_absent:
                value = f"urlPart({x.ident}, {x.wire_literal})"
            else:
                value = x.ident
            pieces.append((True, f"percent({value})" if p.percent else value))
    return template_literal(pieces)


def url_parts_may_be_absent(f: ExchangeIR) -> bool:
    """Whether a URL of ``f`` places a value that may be missing (then ``urlPart`` refuses)."""
    calls = [f.request.url, *(c.url for c in (f.revoke,) if c is not None), f.embed_url or ()]
    return any(
        p.field is not None and (p.field.may_be_absent or p.field.shape.kind is not Kind.STRING)
        for parts in calls
        for p in parts
    )


def auth_prefix(call: CallIR) -> str:
    """``Bearer ``: the text before the credential in the auth header."""
    return str(json.loads(call.auth_prefix_literal))


def header_key(call: CallIR) -> str:
    """The auth header's name as an object key."""
    assert call.auth_header_literal is not None
    return prop(json.loads(call.auth_header_literal))


def body_members(f: ExchangeIR) -> list[tuple[str, str, bool]]:
    """The JSON body's members in declared order, the secret's included."""
    return [
        (x.wire, "secret" if x.source.value == "secret" else x.ident, x.may_be_absent)
        for x in f.body_fields
    ]


def failed(f: ExchangeIR) -> str:
    """The test that ``answer``'s status is not one of the successful ones."""
    if len(f.success) == 1:
        return f"answer.status !== {f.success[0]}"
    return f"![{', '.join(str(s) for s in f.success)}].includes(answer.status)"


def lifetime_expr(f: ExchangeIR) -> str:
    """The lifetime in seconds, from ``value`` in the format's unit."""
    if f.expires_multiplier and f.expires_multiplier != 1:
        return f"value * {f.expires_multiplier}"
    if f.expires_divisor != 1:
        return f"Math.floor(value / {f.expires_divisor})"
    return "value"


def unit_name(f: ExchangeIR) -> str:
    """The unit the vendor counts the lifetime in."""
    if f.expires_multiplier and f.expires_multiplier != 1:
        return {60: "of minutes", 3600: "of hours", 86400: "of days"}.get(
            f.expires_multiplier, f"of {f.expires_multiplier} s units"
        )
    return "of milliseconds" if f.expires_divisor != 1 else "of seconds"
