"""Why a signed URL's query is not the one the format writes: syntax, unknown or repeated
parameters, another order, no signature."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from conformance.reference.encodings import percent_decode, percent_encode
from conformance.reference.errors import EmbedsealError
from conformance.reference.urlparse import query_param
from doctor.causes import Cause
from doctor.report import Diagnosis
from specmodel.model import Format


@dataclass(frozen=True)
class Pair:
    """One ``name=value`` item of a query: the decoded name and the value as received."""

    name: str
    raw: str
    item: str


def split_pairs(query: str) -> list[Pair]:
    """The query's items in order (names percent-decoded where they can be)."""
    return [_pair(item) for item in query.split("&")] if query else []


def _pair(item: str) -> Pair:
    name, _, raw = item.partition("=")
    try:
        return Pair(percent_decode(name, plus_is_space=False), raw, item)
    except EmbedsealError:
        return Pair(name, raw, item)


def position(fmt: Format, pair: Pair) -> tuple[int, str] | None:
    """Where the format writes ``pair``: its parameter's index and, for a map's parameters
    (written sorted by encoded name), the name as the format encodes it (as the browser
    inspector orders them); None for a foreign parameter."""
    param = query_param(fmt, pair.name)
    if param is None:
        return None
    rule = fmt.url.percent
    key = percent_encode(pair.name, rule.safe, rule.space) if param.per_key else ""
    return fmt.url.query.index(param), key


def signature_name(fmt: Format) -> str:
    """The name of the query parameter that carries the signature."""
    return next(p.name for p in fmt.url.query if p.value == "signature")


def query_faults(fmt: Format, query: str) -> list[Diagnosis]:
    """Every fault of ``query``, syntax first."""
    pairs = split_pairs(query)
    found = list(_syntax(pairs))
    found += _unknown(fmt, pairs)
    found += _order(fmt, pairs)
    if signature_name(fmt) not in {p.name for p in pairs}:
        name = signature_name(fmt)
        summary = f"the URL carries no {name} parameter (the signature)"
        found.append(Diagnosis(Cause.SIGNATURE_MISSING, summary, {"parameter": name}))
    return found


def _syntax(pairs: list[Pair]) -> Iterator[Diagnosis]:
    for index, pair in enumerate(pairs):
        if "=" not in pair.item:
            summary = f"query item {index + 1} {pair.item!r} has no '='"
            yield Diagnosis(Cause.URL_SYNTAX, summary, {"item": index + 1, "text": pair.item})
            continue
        try:
            for text in pair.item.split("=", 1):
                percent_decode(text, plus_is_space=False)
        except EmbedsealError as error:
            summary = f"query parameter {pair.name!r}: {error.detail}"
            evidence = {"parameter": pair.name, "reason": error.detail}
            yield Diagnosis(Cause.URL_SYNTAX, summary, evidence)


def _unknown(fmt: Format, pairs: list[Pair]) -> Iterator[Diagnosis]:
    seen: set[str] = set()
    for pair in pairs:
        if position(fmt, pair) is None:
            summary = f"parameter {pair.name!r} is not one of this format's"
            yield Diagnosis(Cause.QUERY_UNKNOWN, summary, {"parameter": pair.name})
        elif pair.name in seen:
            summary = f"parameter {pair.name!r} appears more than once"
            yield Diagnosis(
                Cause.QUERY_UNKNOWN, summary, {"parameter": pair.name, "repeated": True}
            )
        seen.add(pair.name)


def _order(fmt: Format, pairs: list[Pair]) -> Iterator[Diagnosis]:
    """Order matters only where the signature covers the query text itself (Bold BI): a
    server that reads the parameters by name (Looker) accepts them in any order."""
    message = fmt.signature.message
    if message is None or not message.covers_url_text:
        return
    places = {p.name: place for p in pairs if (place := position(fmt, p)) is not None}
    received = [p.name for p in pairs if p.name in places]
    expected = sorted(dict.fromkeys(received), key=places.__getitem__)
    if list(dict.fromkeys(received)) == expected:
        return
    first = next(a for a, b in zip(received, expected, strict=False) if a != b)
    summary = (
        f"the parameters are in another order ({first!r} is out of place): "
        f"received {', '.join(received)}; the format writes {', '.join(expected)}"
    )
    yield Diagnosis(
        Cause.QUERY_ORDER, summary, {"received": received, "expected": expected, "first": first}
    )
