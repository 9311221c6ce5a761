"""What PHP's sign() writes besides value checks and URLs: the JSON profile, the JWS header's
members and hash, the spread field's claims, and an example's input values."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.languages.php_code import PhpCode

if TYPE_CHECKING:
    from generator.ir import FormatIR, JsonIR


class PhpSign(PhpCode):
    """Template helpers for sign() (mixed into :class:`generator.languages.php.Php`)."""

    def compact(self, profile: JsonIR) -> bool:
        """Whether the profile's separators are json_encode()'s own ("," and ":")."""
        return profile.item_separator == "," and profile.key_separator == ":"

    def header_items(self, f: FormatIR, values: str) -> list[str]:
        """A JWS header's ``name => value`` items in the order written (``header_order``):
        pinned values as literals, fields read from ``values`` (``?? null`` when one may be
        absent; the caller filters nulls out then)."""
        pinned = dict(f.header)
        fields = {x.wire: x for x in f.header_fields}
        items = []
        for wire in f.header_order:
            x = fields.get(wire)
            if x is None:
                key = self.string_literal(wire)
                items.append(f"{key} => {pinned[key]}")
            else:
                absent = " ?? null" if x.may_be_absent else ""
                items.append(f"{x.wire_literal} => {values}[{x.wire_literal}]{absent}")
        return items

    def spread_doc(self, f: FormatIR) -> str:
        """What sign() does with the spread field, in words (for the doc comment): its members
        become claims of their own, in its place, and which names they may not take."""
        spread = f.spread_field
        assert spread is not None
        payload = f.fields_in("payload")
        at = payload.index(spread)
        place = f" (after {payload[at - 1].wire})" if at else " (first)"
        taken = f.taken_claim_names
        return (
            f"The members of {spread.wire} become claims of their own, written in its place"
            f"{place} in the caller's order, not under {spread.wire}; none may be named "
            f"{', '.join(taken[:-1])} or {taken[-1]} (declared or registered claims: "
            "invalid_input)."
        )

    def spread_message(self, f: FormatIR) -> str:
        """The message refusing a spread member ``$member`` that takes a declared or
        registered claim's name: ``"attributes: '$member' is a declared or registered claim"``."""
        spread = f.spread_field
        assert spread is not None
        text = ": '$member' is a declared or registered claim"
        if re.search(r'["\\${]', spread.wire) or not spread.wire.isprintable():
            return f'{self.string_literal(spread.wire)} . "{text}"'
        return f'"{spread.wire}{text}"'

    def input_literal(self, f: FormatIR, wire: str, value: Any) -> str:
        """An example's value of field ``wire`` as sign() takes it: a map's as an array literal
        (``['Region' => 'West']``), any other value as :meth:`literal` writes it (an object as a
        \\stdClass)."""
        field = next((x for x in f.fields if x.wire == wire), None)
        if field is None or field.shape.kind != "map":
            return self.literal(value)
        pairs = (
            f"{self.string_literal(key)} => {self.literal(text)}" for key, text in value.items()
        )
        return f"[{', '.join(pairs)}]"

    def jws_hash(self, algorithm_literal: str) -> str:
        """The hash of a JWS ``alg`` literal: ``'HS256'`` → ``sha256``."""
        return {"HS256": "sha256", "HS384": "sha384", "HS512": "sha512"}[algorithm_literal[1:-1]]
