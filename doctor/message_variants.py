"""Other messages a signer may have MACed instead of the one the format defines."""

from __future__ import annotations

from conformance.reference.encodings import percent_decode
from conformance.reference.errors import EmbedsealError
from conformance.reference.urlsteps import split_url
from doctor.causes import Cause
from doctor.mac_proofs import Variant
from doctor.query_faults import signature_name, split_pairs
from doctor.report import Diagnosis
from doctor.trace import Trace
from specmodel.model import Family, Format


def message_variants(trace: Trace) -> list[Variant]:
    """For a URL whose query string is signed: the query with its values not percent-encoded
    (what a signer that concatenates raw values MACs)."""
    message = trace.fmt.signature.message
    if trace.fmt.family is not Family.SIGNED_URL or message is None:
        return []
    if not message.covers_url_text:
        return []
    text = _plain_query(trace.fmt, trace.token)
    if text is None:
        return []
    summary = (
        "the MAC matches the query with its values as plain text, not percent-encoded: "
        "the signer MACed other text than the URL carries"
    )
    evidence = {"variant": "values not percent-encoded"}
    return [Variant(Diagnosis(Cause.QUERY_ENCODING, summary, evidence), text)]


def _plain_query(fmt: Format, url: str) -> bytes | None:
    """``name=value&…`` without the signature, values percent-decoded."""
    base, query = split_url(url)
    signature = signature_name(fmt)
    try:
        items = [
            f"{pair.name}={percent_decode(pair.raw, plus_is_space=False)}"
            for pair in split_pairs(query)
            if pair.name != signature
        ]
    except EmbedsealError:
        return None
    text = "&".join(items)
    message = fmt.signature.message
    whole_url = message is not None and message.url  # Sigma: the MAC covers base?query
    return (f"{base}?{text}" if whole_url else text).encode("utf-8")
