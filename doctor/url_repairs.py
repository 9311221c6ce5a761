"""Repairs of a signed URL: the format's parameter order, without foreign parameters, the
format's percent-encoding, and JSON values as the format's profile writes them."""

from __future__ import annotations

from collections.abc import Iterator

from conformance.reference import jsontext
from conformance.reference.encodings import percent_decode, percent_encode
from conformance.reference.errors import EmbedsealError
from conformance.reference.message import render_template
from conformance.reference.urlsteps import match_base, split_url
from doctor.causes import Cause
from doctor.query_faults import Pair, position, split_pairs
from doctor.repairs import Repair
from doctor.report import Diagnosis, Evidence
from doctor.respacing import describe_difference, json_difference, profile_json
from doctor.url_trace import UrlTrace
from specmodel.model import Format


def url_repairs(trace: UrlTrace) -> Iterator[Repair]:
    """Each repair that changes the URL."""
    fmt, url = trace.fmt, trace.token
    base, query = split_url(url)
    pairs = split_pairs(query)
    fragment = "#" + url.split("#", 1)[1] if "#" in url else ""
    candidates = (
        _reordered(fmt, pairs),
        _without_foreign(fmt, pairs),
        _encoded(fmt, base, pairs),
        _respaced(fmt, pairs),
    )
    for found in candidates:
        if found is not None:
            diagnosis, new_base, new_pairs = found
            text = _url(new_base or base, new_pairs, fragment)
            if text != url:
                yield Repair(diagnosis, text)


Found = tuple[Diagnosis, str | None, list[Pair]]


def _url(base: str, pairs: list[Pair], fragment: str) -> str:
    query = "&".join(f"{_name_text(p)}={p.raw}" for p in pairs)
    return f"{base}?{query}{fragment}" if pairs else base + fragment


def _name_text(pair: Pair) -> str:
    return pair.item.partition("=")[0]


def _reordered(fmt: Format, pairs: list[Pair]) -> Found | None:
    last = (len(fmt.url.query), "")
    ordered = sorted(pairs, key=lambda p: position(fmt, p) or last)
    summary = "the parameters were put in another order after signing"
    return Diagnosis(Cause.QUERY_ORDER, summary, {}), None, ordered


def _without_foreign(fmt: Format, pairs: list[Pair]) -> Found | None:
    kept: list[Pair] = []
    dropped: list[Pair] = []
    for pair in pairs:
        duplicate = any(k.name == pair.name for k in kept)
        (dropped if position(fmt, pair) is None or duplicate else kept).append(pair)
    names = [p.name for p in dropped]
    summary = f"parameters were added to the signed URL ({', '.join(names)})"
    return Diagnosis(Cause.QUERY_UNKNOWN, summary, {"added": names}), None, kept


def _encoded(fmt: Format, base: str, pairs: list[Pair]) -> Found | None:
    rule = fmt.url.percent
    try:
        canonical = [
            _pair(percent_encode(p.name, rule.safe, rule.space), _canonical(fmt, p.raw))
            for p in pairs
        ]
        new_base = _canonical_base(fmt, base)
    except EmbedsealError:
        return None
    return _encoding_diagnosis(pairs, canonical), new_base, canonical


def _encoding_diagnosis(pairs: list[Pair], canonical: list[Pair]) -> Diagnosis:
    changed = [
        {"parameter": old.name, "received": old.raw, "format_writes": new.raw}
        for old, new in zip(pairs, canonical, strict=True)
        if old.item != new.item
    ]
    shown = ", ".join(
        f"{c['parameter']}: {c['received']} for {c['format_writes']}" for c in changed[:3]
    )
    summary = f"the URL was percent-encoded differently after signing ({shown})"
    return Diagnosis(Cause.QUERY_ENCODING, summary, {"changed": changed})


def _canonical(fmt: Format, raw: str) -> str:
    text = percent_decode(raw, plus_is_space=False)
    return percent_encode(text, fmt.url.percent.safe, fmt.url.percent.space)


def _canonical_base(fmt: Format, base: str) -> str:
    received = match_base(fmt, base)
    values = {name: got.text for name, got in received.fields.items()}
    return render_template(fmt.url.base, fmt, values, None)


def _pair(name: str, raw: str) -> Pair:
    return Pair(percent_decode(name, plus_is_space=False), raw, f"{name}={raw}")


def _respaced(fmt: Format, pairs: list[Pair]) -> Found | None:
    encodes = {p.name: p.encode for p in fmt.url.query}
    out, differences = [], []
    for pair in pairs:
        try:
            new, difference = (
                _as_profile(fmt, pair) if encodes.get(pair.name) == "json" else (pair, None)
            )
        except EmbedsealError:
            return None
        out.append(new)
        differences += [difference] if difference is not None else []
    summary = "the MAC was computed over the JSON the format's profile writes, but " + "; ".join(
        describe_difference(d) for d in differences
    )
    return Diagnosis(Cause.JSON_RESPACED, summary, {"differences": differences}), None, out


def _as_profile(fmt: Format, pair: Pair) -> tuple[Pair, Evidence | None]:
    """A JSON parameter written as the profile writes it, and how the received text differs."""
    text = percent_decode(pair.raw, plus_is_space=False).encode("utf-8")
    written = profile_json(fmt, jsontext.parse(text))
    if written == text:
        return pair, None
    raw = percent_encode(written.decode("utf-8"), fmt.url.percent.safe, fmt.url.percent.space)
    return _pair(_name_text(pair), raw), json_difference(pair.name, text, written)
