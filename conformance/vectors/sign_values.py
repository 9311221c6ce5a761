"""Sign cases that put sample values into each input slot, chosen by the slot's shape."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from conformance.vectors.cases import Context, SignCase
from conformance.vectors.ids import case_id
from conformance.vectors.samples import (
    INTEGERS,
    MAPS,
    STRINGS,
    Sample,
    free_objects,
    wrong_types,
)
from conformance.vectors.shapes import Slot, input_slots, placed, synth, value_at
from specmodel.model import Shape

_UNKNOWN_MEMBER = "unknown_member"


def value_cases(ctx: Context) -> list[SignCase]:
    """Every slot with its shape's samples, its wrong types and JSON null."""
    cases: list[SignCase] = []
    for slot in input_slots(ctx.fmt):
        current = value_at(ctx.example.fields, slot)
        for kind, sample in _samples(slot, current, ctx.example.now):
            cases.append(_case(ctx, slot, kind, sample))
    spread = ctx.fmt.spread_field
    if spread is not None:
        slot = next(s for s in input_slots(ctx.fmt) if s.path == (spread.name,))
        cases += [_case(ctx, slot, "spread", s) for s in _taken_names(ctx, spread.name)]
    return cases


def _taken_names(ctx: Context, spread: str) -> tuple[Sample, ...]:
    """Spread members that would overwrite a declared claim or set a registered one."""
    declared = next(f.name for f in ctx.fmt.fields if f.name != spread)
    return (
        Sample("declared-claim", {"Region": "East", declared: "x"}, ("spread",)),
        Sample("registered-claim", {"iat": ctx.example.now}, ("spread",)),
        Sample("lookalike-name", {"Iat": 1, "sub ": "x"}, ("spread",)),
        Sample("own-name", {spread: 5}, ("spread",)),
    )


def _samples(slot: Slot, current: Any, now: int) -> Iterator[tuple[str, Sample]]:
    shape = slot.shape
    yield from ((shape.type, s) for s in _by_type(shape, current, now))
    yield from (("type", s) for s in wrong_types(shape))
    yield "null", Sample("null", None, ("null",))


def _by_type(shape: Shape, current: Any, now: int) -> tuple[Sample, ...]:
    if shape.type == "union":  # each variant's own samples, named by the variant's type
        return tuple(
            Sample(f"{variant.type}-{sample.label}", sample.value, sample.flags)
            for variant in shape.variants
            for sample in _by_type(variant, current, now)
        )
    if shape.enum:
        return _enum(shape)
    if shape.type == "string":
        return STRINGS + _lengths(shape)
    if shape.is_integer:
        return INTEGERS + _bounds(shape) + (_times(now) if shape.type == "unix-time" else ())
    if shape.type == "boolean":
        return (Sample("true", True), Sample("false", False))
    if shape.type == "array":
        return _arrays(shape, current, now)
    if shape.type == "map":
        return MAPS
    return free_objects() if shape.is_free_object else _declared(shape, current, now)


def _enum(shape: Shape) -> tuple[Sample, ...]:
    each = tuple(
        Sample(f"enum-{index}", value, ("enum",)) for index, value in enumerate(shape.enum)
    )
    first = shape.enum[0]
    changed = first.lower() if first.lower() != first else first.upper()
    return (
        *each,
        Sample("outside", "NOT-IN-ENUM", ("enum",)),
        Sample("case-changed", changed, ("enum",)),
    )


def _lengths(shape: Shape) -> tuple[Sample, ...]:
    if shape.max_length is None:
        return ()
    size = shape.max_length
    return (
        Sample("max-length", "a" * size, ("max-length",)),
        Sample("max-length+1", "a" * (size + 1), ("max-length",)),
        Sample("max-length-non-bmp", "😀" * size, ("max-length", "non-bmp")),
        Sample("max-length+1-non-bmp", "😀" * (size + 1), ("max-length", "non-bmp")),
        Sample("max-length-combining", "e\u0301" * (size // 2), ("max-length", "unicode")),
    )


def _bounds(shape: Shape) -> tuple[Sample, ...]:
    out: list[Sample] = []
    for name, bound in (("minimum", shape.minimum), ("maximum", shape.maximum)):
        if bound is not None:
            out += [
                Sample(f"{name}{d:+d}" if d else name, bound + d, ("boundary",)) for d in (-1, 0, 1)
            ]
    return tuple(out)


def _times(now: int) -> tuple[Sample, ...]:
    return (Sample("now", now, ("time",)), Sample("past", now - 1, ("time",)))


def _arrays(shape: Shape, current: Any, now: int) -> tuple[Sample, ...]:
    items = current if isinstance(current, list) and current else synth(shape, now)
    return (Sample("empty", []), Sample("one", items[:1]), Sample("repeated", items + items))


def _declared(shape: Shape, current: Any, now: int) -> tuple[Sample, ...]:
    base = current if isinstance(current, dict) else synth(shape, now)
    samples = [Sample("unknown-member", {**base, _UNKNOWN_MEMBER: 1}), Sample("empty", {})]
    if shape.exactly_one_of:
        both = {**base, **{name: _member(shape, name, now) for name in shape.exactly_one_of}}
        none = {k: v for k, v in base.items() if k not in shape.exactly_one_of}
        samples += [
            Sample("one-of-all", both, ("one-of",)),
            Sample("one-of-none", none, ("one-of",)),
        ]
    return tuple(samples)


def _member(shape: Shape, name: str, now: int) -> Any:
    return synth(next(m.shape for m in shape.properties if m.name == name), now)


def _case(ctx: Context, slot: Slot, kind: str, sample: Sample) -> SignCase:
    fields = placed(ctx.example.fields, slot, sample.value, ctx.example.now)
    shown = json.dumps(sample.value, ensure_ascii=True)
    comment = f"{slot.label} = {shown[:80]}" + (" …" if len(shown) > 80 else "")
    labels = (slot.label,) if kind == "null" else (slot.label, sample.label)
    cid = case_id("sign", kind, *labels)
    return ctx.sign_case(cid, comment, fields, flags=sample.flags)
