"""A signed URL read back one verifier step at a time (for the token doctor).

:func:`conformance.reference.urlparse.parse_received_url` runs these steps in one call; the
doctor needs to say which of them held. Same code, same order: base URL, then query, then
the signed text.
"""

from __future__ import annotations

from conformance.reference.urlparse import (
    ReceivedUrl,
    _match_template,
    _read_query,
    _signed_text,
)
from specmodel.model import Format


def split_url(url: str) -> tuple[str, str]:
    """The part before ``?`` and the query, with any fragment dropped (as the verifier does)."""
    base, _, query = url.split("#", 1)[0].partition("?")
    return base, query


def match_base(fmt: Format, base: str) -> ReceivedUrl:
    """The fields read from the base URL; ``malformed`` when it does not match the template."""
    received = ReceivedUrl(fmt, raw_base=base)
    _match_template(fmt, base, received)
    return received


def read_query(fmt: Format, query: str, received: ReceivedUrl) -> None:
    """Add the query's fields and signature; ``malformed`` for unknown or out-of-order ones."""
    _read_query(fmt, query, received)


def signed_text(fmt: Format, received: ReceivedUrl) -> str:
    """The exact text the verifier MACs (the received text, never a re-serialization)."""
    text = _signed_text(fmt, received)
    received.signed_text = text
    return text
