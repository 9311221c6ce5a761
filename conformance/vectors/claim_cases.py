"""Verify cases that change the example's claims: tampered, removed, added, mistyped, missing.

With the old signature, a change to a claim the MAC covers is refused (``bad_signature``);
a change to one it does not cover is *accepted*: flagged ``unsigned-field``, the vendor's
documented weakness. Correctly re-signed tokens test the claim checks themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from conformance.vectors.cases import OK, Context, VerifyCase
from conformance.vectors.codecs import Claims, Codec
from conformance.vectors.ids import case_id
from conformance.vectors.shapes import synth
from specmodel.model import Family, Field, Placement, Shape, Source

BAD_SIGNATURE, MISSING_CLAIM, INVALID_CLAIM = "bad_signature", "missing_claim", "invalid_claim"
_UNSIGNED = (
    "Not covered by the signature (the vendor's documented weakness): the change is accepted."
)


class ClaimCases:
    """Claim-level cases for any family, through its :class:`Codec`."""

    def __init__(self, ctx: Context, codec: Codec) -> None:
        self.ctx, self.codec = ctx, codec
        self.covered = codec.covered()
        self.carried = {f.name: f for f in ctx.fmt.fields if _travels(f)}
        reasons = [a.reason.strip() for a in ctx.fmt.acknowledged if a.risk == "unsigned-fields"]
        self._unsigned = " ".join([f" {_UNSIGNED}", *(f"Acknowledged: {r}" for r in reasons)])

    def all(self) -> list[VerifyCase]:
        """Tamper, remove and add with the old signature; then re-signed claim faults."""
        groups = (self.tampered, self.removed, self.added, self.missing, self.mistyped, self.extra)
        return [case for group in groups for case in group()]

    def _old_signature(self, action: str, name: str, claims: Claims, expect: str) -> VerifyCase:
        unsigned = name not in self.covered
        flags = ("tamper", "unsigned-field") if unsigned else ("tamper",)
        comment = f"{name} {action}, old signature kept." + (self._unsigned if unsigned else "")
        token = self.codec.restamp(claims)
        cid = case_id("verify", "tamper", action, name)
        return self.ctx.verify_case(cid, comment, token, flags=flags, expect=expect)

    def _signed_expect(self, name: str, without: str = OK) -> str:
        return BAD_SIGNATURE if name in self.covered else without

    def tampered(self) -> Iterator[VerifyCase]:
        """Each claim's value changed."""
        for name, value in self.codec.claims.items():
            changed = {**self.codec.claims, name: self._changed(name, value)}
            yield self._old_signature("changed", name, changed, self._signed_expect(name))

    def _changed(self, name: str, value: Any) -> Any:
        field = self.carried.get(name)
        if field is None and not any(f.name == name for f in self.ctx.fmt.fields):
            return tampered(value, _FREE, self.ctx.example.now)  # a spread claim of the caller's
        field = field or self.ctx.fmt.field(name)
        return tampered(value, field.shape, self.ctx.example.now)

    def removed(self) -> Iterator[VerifyCase]:
        """Each claim that can be left out, left out."""
        claims_first = self.ctx.fmt.family is Family.ENVELOPE  # envelope claims precede the MAC
        for name in self.codec.droppable():
            rest = {k: v for k, v in self.codec.claims.items() if k != name}
            required = name in self.carried and self.carried[name].required
            missing = MISSING_CLAIM if required else OK
            expect = missing if claims_first and required else self._signed_expect(name, missing)
            yield self._old_signature("removed", name, rest, expect)

    def added(self) -> Iterator[VerifyCase]:
        """Each optional claim the example leaves out, added."""
        for name, field in self.carried.items():
            if name not in self.codec.claims and not _templated(self.ctx, name):
                value = synth(field.shape, self.ctx.example.now)
                added = {**self.codec.claims, name: value}
                yield self._old_signature("added", name, added, self._signed_expect(name))

    def missing(self) -> Iterator[VerifyCase]:
        """Each claim left out of a correctly signed token: refused when required."""
        for name in self.codec.droppable():
            declared = any(f.name == name for f in self.ctx.fmt.fields)
            required = declared and (name not in self.carried or self.carried[name].required)
            token = self.codec.forge({k: v for k, v in self.codec.claims.items() if k != name})
            kind, expect = ("missing", MISSING_CLAIM) if required else ("absent", OK)
            comment = f"{name} left out; correctly signed." + ("" if required else " Optional.")
            cid = case_id("verify", "claim", kind, name)
            yield self.ctx.verify_case(cid, comment, token, flags=("claim",), expect=expect)

    def mistyped(self) -> Iterator[VerifyCase]:
        """Each claim with a value of another JSON type, correctly signed."""
        for name in self.codec.claims:
            field = self.carried.get(name)
            if field is not None and self._typed_in_transit(field):
                value = wrong_type(field.shape)
                token = self.codec.forge({**self.codec.claims, name: value})
                comment = f"{name} = {value!r}; correctly signed."
                cid = case_id("verify", "claim", "wrong-type", name)
                yield self.ctx.verify_case(
                    cid, comment, token, flags=("claim",), expect=INVALID_CLAIM
                )

    def _typed_in_transit(self, field: Field) -> bool:
        if self.ctx.fmt.family is not Family.SIGNED_URL:
            return True
        encodes = {p.field: p.encode for p in self.ctx.fmt.url.query}
        as_text = field.shape.type in ("string", "map")  # a map's values are query text too
        return encodes.get(field.name) == "json" or not as_text

    def extra(self) -> Iterator[VerifyCase]:
        """An undeclared claim, correctly signed (signed URLs cannot carry one)."""
        if self.ctx.fmt.family is not Family.SIGNED_URL:
            token = self.codec.forge({**self.codec.claims, "x_extra": "extra"})
            comment = "An undeclared claim; correctly signed. Unknown claims are kept."
            cid = case_id("verify", "claim", "extra")
            yield self.ctx.verify_case(cid, comment, token, flags=("claim",), expect=OK)
            yield from self._nested_extra()
        yield from self._spread_literal()

    def _nested_extra(self) -> Iterator[VerifyCase]:
        """An undeclared member inside each declared object the example carries (an array's
        first item), correctly signed: kept in the verified claims, as an undeclared claim is."""
        for name, value in self.codec.claims.items():
            field = self.carried.get(name)
            if field is None or (nested := _with_extra_member(field.shape, value)) is None:
                continue
            token = self.codec.forge({**self.codec.claims, name: nested})
            comment = f"An undeclared member inside {name}; correctly signed. It is kept."
            cid = case_id("verify", "claim", "extra-nested", name)
            yield self.ctx.verify_case(cid, comment, token, flags=("claim",), expect=OK)

    def _spread_literal(self) -> Iterator[VerifyCase]:
        """A claim named like the spread field (its members travel as claims of their own):
        checked as the field's shape, as a verifier checks any declared claim."""
        spread = self.ctx.fmt.spread_field
        if spread is None:
            return
        for label, value, expect in (("object", {"a": 1}, OK), ("string", "x", INVALID_CLAIM)):
            token = self.codec.forge({**self.codec.claims, spread.name: value})
            comment = f"A claim literally named {spread.name}, a JSON {label}; correctly signed."
            cid = case_id("verify", "claim", "spread-literal", label)
            yield self.ctx.verify_case(cid, comment, token, flags=("claim",), expect=expect)


_FREE = Shape(type="object")  # the shape of a claim no field declares (any JSON value)


def _with_extra_member(shape: Shape, value: Any) -> Any:
    """``value`` with a member ``x_extra`` in its declared object (or its first item's), or
    None when it holds none."""
    if shape.properties and isinstance(value, dict):
        return {**value, "x_extra": "extra"}
    items = shape.items
    if items is not None and items.properties and isinstance(value, list) and value:
        first = _with_extra_member(items, value[0])
        return None if first is None else [first, *value[1:]]
    return None


def _travels(field: Field) -> bool:
    return field.placement is not Placement.URL and field.source is not Source.SIGNATURE


def _templated(ctx: Context, name: str) -> bool:
    return any(part.placeholder == name for part in ctx.fmt.url.base)


def tampered(value: Any, shape: Shape, now: int) -> Any:
    """Another value of the same type."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1 if value < 2**53 - 1 else value - 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[:-1] if len(value) > 1 else [*value, *(value or synth(shape, now))]
    return {**value, "x_tampered": "x" if shape.type == "map" else True}


def wrong_type(shape: Shape) -> Any:
    """A value no claim of ``shape`` accepts (text-encoded integers and booleans included)."""
    table = {
        "string": 1,
        "boolean": "yes",
        "array": {"0": 1},
        "object": ["x"],
        "union": [],
        "map": ["x"],
    }
    return "x" if shape.is_integer else table[shape.type]
