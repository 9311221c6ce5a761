"""What one format's file needs: its helpers, its error codes, its JSON writer.

Decided at generation time from the model, so a file carries only what it calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from generator.ir.enums import Kind, TextForm, TimeRole
from generator.ir.model import FormatIR

if TYPE_CHECKING:
    from generator.exchange_ir import ExchangeIR
    from generator.ir import FieldIR, ShapeIR


_URI_COMPONENT_SAFE = "-_.!~*'()"

_SIGNING_CODES = (
    "invalid_key",
    "weak_key",
    "invalid_input",
    "malformed",
    "alg_not_allowed",
    "bad_signature",
    "missing_claim",
    "invalid_claim",
    "expired",
    "not_yet_valid",
    "lifetime_too_long",
)


@dataclass
class Uses:
    """The helpers one format's file calls (each partial is included only when set)."""

    kinds: set[str] = field(default_factory=set)  # text integer boolean array object json map
    union: bool = False  # a union's value (its variant told apart by JSON type)
    max_length: bool = False
    bounds: bool = False
    one_of: bool = False
    same: bool = False  # a declared object's member has a fixed value
    percent: bool = False
    unpercent: bool = False
    encodes: set[str] = field(default_factory=set)  # byte encodings written
    decodes: set[str] = field(default_factory=set)  # byte encodings read back canonically
    utf8: bool = False  # JSON text → UTF-8 bytes (JWS segments, envelopes)
    raw_url: bool = False  # a raw URL value refused when it holds '?' or '#'
    pair: bool = False  # a query parameter that may be absent
    present: bool = False  # a list of pieces, some of which may be absent
    json_write: bool = False
    json_read: bool = False
    stringify: bool = False  # the profile is JSON.stringify's own (compact, keys in order)
    spread: bool = False  # a free object's members signed as claims of their own (JWS)
    maps: bool = False  # a map's entries as query parameters, one per key after its prefix

    @property
    def binary(self) -> bool:
        """Bytes as a binary string (what btoa takes)."""
        return bool((self.encodes | self.decodes) - {"hex"})


def _walk_shapes(fields: tuple[FieldIR, ...]) -> list[ShapeIR]:
    found: list[ShapeIR] = []

    def walk(shape: ShapeIR) -> None:
        found.append(shape)
        if shape.items is not None:
            walk(shape.items)
        if shape.values is not None:
            walk(shape.values)
        for member in shape.properties:
            walk(member.shape)
        for variant in shape.variants:
            walk(variant)

    for x in fields:
        walk(x.shape)
    return found


def _kinds(shapes: list[ShapeIR], uses: Uses) -> None:
    for s in shapes:
        if s.kind is Kind.ARRAY:
            uses.kinds.add("array")
        elif s.kind is Kind.MAP:
            uses.kinds.add("map")  # its values are walked as shapes of their own
        elif s.is_declared_object:
            uses.kinds.add("object")
        elif s.is_free_object:
            uses.kinds.add("json")
        elif s.kind is Kind.UNION:
            uses.union = True  # its variants are walked as shapes of their own
        elif s.kind is Kind.STRING:
            uses.kinds.add("text")
        elif s.kind is Kind.BOOLEAN:
            uses.kinds.add("boolean")
        else:
            uses.kinds.add("integer")
        uses.max_length |= s.max_length is not None
        uses.bounds |= s.minimum is not None or s.maximum is not None
        uses.one_of |= bool(s.enum_literals)
        uses.same |= any(m.fixed_literal is not None for m in s.properties)


def stringify_profile(f: FormatIR | ExchangeIR) -> bool:
    """Whether ``JSON.stringify`` writes the format's JSON (compact, keys in their order, no
    declared name that a JavaScript object would move to the front)."""
    j = f.json
    names = [x.wire for x in _declared_members(f.fields)]
    integer_like = any(re.fullmatch(r"0|[1-9][0-9]*", name) for name in names)
    compact = j.item_separator == "," and j.key_separator == ":"
    return compact and not j.sort_keys and not integer_like


def _declared_members(fields: tuple[FieldIR, ...]) -> list[FieldIR]:
    found = list(fields)
    for s in _walk_shapes(fields):
        found.extend(s.properties)
    return found


def uses(f: FormatIR | ExchangeIR) -> Uses:
    """Which helpers ``f``'s file calls."""
    result = Uses()
    _kinds(_walk_shapes(tuple(x for x in f.fields if x.source.value != "secret")), result)
    result.stringify = stringify_profile(f)
    if isinstance(f, FormatIR):
        _signing_uses(f, result)
    else:
        result.json_write = True
        result.percent = _exchange_percent(f)
    return result


def _signing_uses(f: FormatIR, result: Uses) -> None:
    needs = f.needs
    result.encodes = {e.value for e in needs.encodes}
    result.decodes = {e.value for e in needs.decodes}
    if needs.uuid:
        result.encodes.add("hex")
    result.json_write = needs.json_write
    result.json_read = needs.json_read
    result.utf8 = f.is_jws or f.is_envelope
    result.spread = f.spread_field is not None
    result.maps = needs.maps
    result.percent = _signing_percent(f)
    result.unpercent = f.is_signed_url
    result.raw_url = needs.raw_url_fields
    optional = [q for q in f.url_query if q.field is not None and q.field.may_be_absent]
    result.pair = any(not q.per_key for q in optional)  # a map writes its own (perKey)
    if any(r.field is None for r in f.verify.registered):
        result.kinds.add("integer")  # an undeclared registered time claim must be an integer
    optional_part = any(p.field.may_be_absent for p in f.message_parts)
    from_query = f.is_signed_url and not f.message_is_query and bool(f.message_parts)
    result.present = result.pair or needs.maps or optional_part or from_query


def _signing_percent(f: FormatIR) -> bool:
    """Whether the file percent-encodes text at run time: a field's value, or the token
    wherever the URL encodes it (``embedUrl`` takes any token); a signature whose alphabet is
    safe, or a constant, never needs it."""
    for q in f.url_query:
        if q.field is not None or (q.value is not None and q.value.value == "token"):
            return True
        if q.value is not None and q.value.value == "signature" and not f.signature_kept_whole:
            return True
    if any(p.percent for p in (*f.url_base, *(f.url_fragment or ()))):
        return True
    return any(p.encode is TextForm.PERCENT for p in f.message_parts)


def _exchange_percent(f: ExchangeIR) -> bool:
    calls = [f.request.url, *(c.url for c in (f.revoke,) if c is not None), f.embed_url or ()]
    return any(p.percent for parts in calls for p in parts)


def error_codes(f: FormatIR) -> list[str]:
    """The codes ``sign`` and ``verify`` of ``f`` can throw."""
    v = f.verify
    possible = {"invalid_key", "invalid_input", "malformed", "bad_signature"}
    possible |= {"missing_claim", "invalid_claim"}
    if f.min_key_bytes > 1:
        possible.add("weak_key")
    if f.is_jws:
        possible.add("alg_not_allowed")
    roles = {r.role for r in v.registered}  # a registered claim the token may carry
    if v.expires is not None or TimeRole.EXPIRES in roles:
        possible.add("expired")
    if v.issued_at is not None and v.max_age is not None:
        possible.add("expired")
    if v.not_before is not None or v.issued_at is not None or roles - {TimeRole.EXPIRES}:
        possible.add("not_yet_valid")
    if v.expires is not None and v.max_lifetime is not None:
        possible.add("lifetime_too_long")
    return [c for c in _SIGNING_CODES if c in possible]


def exchange_error_codes(f: ExchangeIR) -> list[str]:
    """The codes ``exchange`` and ``revoke`` of ``f`` can throw."""
    codes = ["invalid_key", "invalid_input"]
    for _, mapped in f.status_errors:
        if mapped not in codes:
            codes.append(mapped)
    for extra in ("upstream_error", "timeout", "bad_response"):
        if extra not in codes:
            codes.append(extra)
    return codes


def verify_codes(f: FormatIR) -> list[str]:
    """The codes ``verify`` can throw."""
    return [c for c in error_codes(f) if c != "invalid_input"]


def to_json(f: FormatIR | ExchangeIR, expr: str) -> str:
    """``expr`` as JSON text in the format's profile."""
    plain = stringify_profile(f) and not f.json.ascii_only
    return f"JSON.stringify({expr})" if plain else f"toJson({expr})"


ENCODERS = {"hex": "hex", "base64": "base64", "base64url": "base64url"}

ENCODERS["base64url-nopad"] = "base64urlNoPad"

DECODERS = {name: "from" + fn[0].upper() + fn[1:] for name, fn in ENCODERS.items()}


def encoder(encoding: object) -> str:
    """The function writing bytes in ``encoding``."""
    return ENCODERS[str(getattr(encoding, "value", encoding))]


def decoder(encoding: object) -> str:
    """The function reading ``encoding`` back canonically."""
    return DECODERS[str(getattr(encoding, "value", encoding))]
