"""The report's views of a trace: its fields (times readable) and its signing input."""

from __future__ import annotations

import dataclasses
from typing import Any

from conformance.reference.encodings import encode_bytes, mac, same_mac
from doctor.escape import escape_bytes
from doctor.lint_notes import unsigned_fields
from doctor.report import FieldView, SigningInput
from doctor.timefmt import iso_utc, relative
from doctor.trace import MacInput
from specmodel.model import Format

# How much of a MAC computed with the secret a report may show: enough to compare with
# another implementation's output, far too little to forge anything.
MAC_PREFIX_CHARS = 6


def field_views(fmt: Format, claims: dict[str, Any], now: int) -> tuple[FieldView, ...]:
    """Each received claim, in the order received; times also as ISO 8601 UTC."""
    unsigned = set(unsigned_fields(fmt))
    times = {f.name for f in fmt.fields if f.shape.type == "unix-time"}
    return tuple(
        _view(name, value, name in times, name not in unsigned, now)
        for name, value in claims.items()
    )


def _view(name: str, value: Any, is_time: bool, signed: bool, now: int) -> FieldView:
    if is_time and isinstance(value, int) and not isinstance(value, bool):
        return FieldView(name, value, iso_utc(value), relative(value, now), signed)
    return FieldView(name, value, signed=signed)


def signing_view(fmt: Format, given: MacInput | None, key: bytes | None) -> SigningInput | None:
    """The signing input, escaped, and the MACs (the computed one as a short prefix only)."""
    if given is None:
        return None
    view = SigningInput(
        f"HMAC-{given.algorithm.upper()}",
        len(given.message),
        escape_bytes(given.message),
        given.received_text,
    )
    if key is None:
        return view
    expected = mac(given.algorithm, key, given.message)
    prefix = encode_bytes(expected, fmt.signature.encoding)[:MAC_PREFIX_CHARS]
    matches = given.received is not None and same_mac(expected, given.received)
    return dataclasses.replace(view, expected_prefix=prefix, matches=matches)
