"""The caller's inputs as a tree of slots (top-level inputs, declared members, array items).

A slot is a place in the sign call's ``fields`` where one value goes; cases put sample
values there, or leave it out, without knowing which format they are looking at.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from conformance.vectors.cases import Fields
from conformance.vectors.ids import Path, path_label
from specmodel.model import Field, Format, Shape


@dataclass(frozen=True)
class Slot:
    """One input place: its path, its shape and the shapes of the containers above it."""

    path: Path
    shape: Shape
    required: bool  # must be given (no default applies)
    has_default: bool
    chain: tuple[Shape, ...] = ()  # shapes of the values at path[:1], path[:2], … path[:-1]
    one_of: tuple[str, ...] = ()  # the exactly_one_of group this member belongs to

    @property
    def label(self) -> str:
        """The slot's path as it appears in case ids."""
        return path_label(self.path)

    @property
    def top_level(self) -> bool:
        """Whether this is an input of the sign call itself (not a member of one)."""
        return len(self.path) == 1


def input_slots(fmt: Format) -> list[Slot]:
    """Every input slot of ``fmt``, depth first, in declared order."""
    slots: list[Slot] = []
    for field in fmt.fields:
        if field.is_input:
            _walk(_slot((), (), field, ()), slots)
    return slots


def _slot(path: Path, chain: tuple[Shape, ...], field: Field, one_of: tuple[str, ...]) -> Slot:
    required = field.required and field.default is None and not field.is_drawn
    in_group = one_of if field.name in one_of else ()
    has_default = field.default is not None or field.is_drawn  # the clock, random bytes
    return Slot((*path, field.name), field.shape, required, has_default, chain, in_group)


def _walk(slot: Slot, out: list[Slot]) -> None:
    out.append(slot)
    shape, chain = slot.shape, (*slot.chain, slot.shape)
    if shape.type == "object":
        for member in shape.properties:
            _walk(_slot(slot.path, chain, member, shape.exactly_one_of), out)
    elif shape.type == "array" and shape.items is not None:
        _walk(Slot((*slot.path, 0), shape.items, True, False, chain), out)


def synth(shape: Shape, now: int) -> Any:
    """A small valid value of ``shape`` (used where the example has none)."""
    if shape.type == "union":
        return synth(shape.variants[0], now)
    if shape.enum:
        return shape.enum[0]
    if shape.is_integer:
        start = now + 3600 if shape.type == "unix-time" else 1
        return _clamp(start, shape.minimum, shape.maximum)
    if shape.type == "array":
        return [] if shape.items is None else [synth(shape.items, now)]
    if shape.type == "object":
        return _synth_object(shape, now)
    if shape.type == "map":
        return {"k": "v"}
    return {"string": "x", "boolean": True}[shape.type]


def _clamp(value: int, low: int | None, high: int | None) -> int:
    value = value if low is None else max(value, low)
    return value if high is None else min(value, high)


def _synth_object(shape: Shape, now: int) -> dict[str, Any]:
    if shape.is_free_object:
        return {"k": "v"}
    chosen = shape.exactly_one_of[:1]
    members = (m for m in shape.properties if m.required or m.name in chosen)
    return {member.name: synth(member.shape, now) for member in members}


def placed(fields: Fields, slot: Slot, value: Any, now: int) -> Fields:
    """A copy of ``fields`` with ``value`` at ``slot`` (containers made, one_of siblings gone)."""
    out = copy.deepcopy(fields)
    container = _container(out, slot, now)
    for sibling in slot.one_of:
        if sibling != slot.path[-1]:
            container.pop(sibling, None)
    _assign(container, slot.path[-1], value)
    return out


def removed(fields: Fields, slot: Slot, now: int) -> Fields:
    """A copy of ``fields`` without the member at ``slot`` (its containers made when absent)."""
    out = copy.deepcopy(fields)
    container = _container(out, slot, now)
    if isinstance(container, dict):
        container.pop(slot.path[-1], None)
    return out


def value_at(fields: Fields, slot: Slot) -> Any:
    """The value at ``slot`` in ``fields``, or None when some step is absent."""
    current: Any = fields
    for step in slot.path:
        if not _has(current, step):
            return None
        current = current[step]
    return current


def _container(root: Fields, slot: Slot, now: int) -> Any:
    container: Any = root
    for step, shape in zip(slot.path[:-1], slot.chain, strict=True):
        if not _has(container, step) or not _same_kind(container[step], shape):
            _assign(container, step, synth(shape, now))
        container = container[step]
    return container


def _has(container: Any, step: str | int) -> bool:
    if isinstance(container, dict):
        return step in container
    return isinstance(container, list) and isinstance(step, int) and step < len(container)


def _same_kind(value: Any, shape: Shape) -> bool:
    return isinstance(value, dict if shape.type in ("object", "map") else list)


def _assign(container: Any, step: str | int, value: Any) -> None:
    if isinstance(container, list) and step == len(container):
        container.append(value)
    else:
        container[step] = value
