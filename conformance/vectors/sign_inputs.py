"""Sign cases about which inputs are given: the example, missing, absent, defaults, unknown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conformance.vectors.cases import Context, Fields, SignCase
from conformance.vectors.ids import case_id
from conformance.vectors.shapes import Slot, input_slots, placed, removed, synth, value_at
from specmodel.model import Default, Format

Flags = tuple[str, ...]


def input_cases(ctx: Context) -> list[SignCase]:
    """The baseline, then presence cases per slot, then names that are not inputs."""
    baseline = ctx.sign_case("sign/example", "The YAML's example, as given.", ctx.example.fields)
    cases = [baseline]
    for slot in input_slots(ctx.fmt):
        if not isinstance(slot.path[-1], int):
            cases.extend(_presence(ctx, slot))
    cases.extend(_not_inputs(ctx))
    cases.extend(_caller_drawn(ctx))
    empty = ctx.sign_case("sign/fields/empty", "No inputs at all.", {}, flags=("missing",))
    return [*cases, empty]


def _presence(ctx: Context, slot: Slot) -> list[SignCase]:
    if slot.required:
        return [_case(ctx, "missing", slot, "left out", removed, ("missing",))]
    current = value_at(ctx.example.fields, slot)
    value = current if current is not None else synth(slot.shape, ctx.example.now)
    cases = [
        _case(ctx, "absent", slot, "(optional) left out", removed, ("optional",)),
        _case(ctx, "present", slot, "(optional) given", _putting(value), ("optional",)),
    ]
    default = _default_of(ctx.fmt, slot)
    return cases if default is None else [*cases, _explicit_default(ctx, slot, default)]


Edit = Callable[[Fields, Slot, int], Fields]


def _putting(value: Any) -> Edit:
    return lambda fields, slot, now: placed(fields, slot, value, now)


def _case(ctx: Context, kind: str, slot: Slot, what: str, edit: Edit, flags: Flags) -> SignCase:
    fields = edit(ctx.example.fields, slot, ctx.example.now)
    comment = f"{slot.label} {what}."
    return ctx.sign_case(case_id("sign", kind, slot.label), comment, fields, flags=flags)


def _default_of(fmt: Format, slot: Slot) -> Default | None:
    return fmt.field(str(slot.path[0])).default if slot.top_level else None


def _explicit_default(ctx: Context, slot: Slot, default: Default) -> SignCase:
    now = ctx.example.now
    value: Any = now + default.now_plus if default.now_plus is not None else default.value
    fields: Fields = placed(ctx.example.fields, slot, value, now)
    comment = f"{slot.label} given explicitly as its default: the token equals the omitted one."
    return ctx.sign_case(
        case_id("sign", "default", slot.label), comment, fields, flags=("default",)
    )


def _not_inputs(ctx: Context) -> list[SignCase]:
    unknown = _unused_name(ctx.fmt, "unknown_input")
    comment = "Not a field of this format."
    cases = [_with_extra(ctx, case_id("sign", "unknown-input"), unknown, "x", comment)]
    for field in (field for field in ctx.fmt.fields if not field.is_input):
        value = synth(field.shape, ctx.example.now)
        made = "a fixed value" if field.fixed is not None else field.source.value
        comment = f"{field.name} is made by the signer ({made}), not an input."
        cid = case_id("sign", "not-an-input", field.name)
        cases.append(_with_extra(ctx, cid, field.name, value, comment))
    return cases


def _caller_drawn(ctx: Context) -> list[SignCase]:
    """A value the signer would draw (clock, random bytes), given by the caller instead."""
    cases = []
    for field in (field for field in ctx.fmt.fields if field.is_drawn and field.is_input):
        value = ctx.example.now - 30 if field.shape.is_integer else "caller-chosen-0123"
        if field.shape.max_length is not None:
            value = value[: field.shape.max_length] if isinstance(value, str) else value
        comment = (
            f"{field.name} given by the caller ({field.source.value} otherwise): used as given."
        )
        cid = case_id("sign", "caller-value", field.name)
        fields = {**ctx.example.fields, field.name: value}
        cases.append(ctx.sign_case(cid, comment, fields, flags=("caller-value",)))
    return cases


def _with_extra(ctx: Context, cid: str, name: str, value: Any, comment: str) -> SignCase:
    fields = {**ctx.example.fields, name: value}
    return ctx.sign_case(cid, comment, fields, flags=("unknown-input",))


def _unused_name(fmt: Format, name: str) -> str:
    taken = {field.name for field in fmt.fields}
    while name in taken:
        name += "_"
    return name
