"""Spec lint: weaknesses of a format, each with a severity, a YAML location and its state.

A format keeps a risk only by acknowledging it (``acknowledged:`` with a reason); an
unacknowledged finding, or an acknowledgement of a risk that is not there, stops the load.
"""

from __future__ import annotations

from collections.abc import Iterator

from specmodel.errors import Location, SpecError
from specmodel.exchange_lint import SEVERITY as EXCHANGE_SEVERITY
from specmodel.exchange_lint import exchange_findings
from specmodel.exchange_model import ExchangeFormat, Spec
from specmodel.model import Family, Field, Finding, Format, Placement, Source
from specmodel.source import Source as YamlSource

SEVERITY = {
    "unsigned-fields": "high",
    "no-expiry": "high",
    "alg-not-pinned": "high",
    "registered-claims-unchecked": "high",
    "unbounded-lifetime": "medium",
    "ambiguous-concatenation": "medium",
    "sha1": "medium",
    "no-min-key-length": "low",
    **EXCHANGE_SEVERITY,
}


def lint(fmt: Spec, source: YamlSource) -> tuple[Finding, ...]:
    """All findings for ``fmt``, marked acknowledged where the YAML says so."""
    acknowledged = {ack.risk for ack in fmt.acknowledged}
    raw = (
        exchange_findings(fmt, source)
        if isinstance(fmt, ExchangeFormat)
        else _raw_findings(fmt, source)
    )
    return tuple(
        Finding(risk, SEVERITY[risk], message, where, risk in acknowledged)
        for risk, message, where in raw
    )


def lint_errors(fmt: Spec) -> list[SpecError]:
    """Unacknowledged findings and stale acknowledgements, as load errors."""
    errors = [
        SpecError(
            f.location,
            f"{f.severity} risk {f.risk}: {f.message} (fix it, or acknowledge it with a reason)",
        )
        for f in fmt.findings
        if not f.acknowledged
    ]
    present = {f.risk for f in fmt.findings}
    errors += [
        SpecError(
            ack.location,
            f"acknowledged risk {ack.risk!r} is not present: remove the acknowledgement",
        )
        for ack in fmt.acknowledged
        if ack.risk not in present
    ]
    return errors


def _raw_findings(fmt: Format, source: YamlSource) -> Iterator[tuple[str, str, Location]]:
    yield from _unsigned_fields(fmt)
    yield from _ambiguous_concatenation(fmt, source)
    yield from _lifetime(fmt, source)
    if fmt.signature.algorithm == "sha1":
        yield "sha1", "HMAC-SHA1 is a legacy choice", source.where(("signature", "algorithm"))
    if fmt.min_key_bytes is None:
        yield (
            "no-min-key-length",
            "no minimum key length (secret.min_bytes)",
            source.where(("secret",)),
        )
    if fmt.family is Family.JWS and not fmt.verify.registered_claims:
        yield (
            "registered-claims-unchecked",
            "exp, nbf and iat a token carries are not checked unless declared",
            source.where(("verify", "registered_claims")),
        )
    if fmt.family is Family.JWS and "algorithms" not in source.data.get("verify", {}):
        yield (
            "alg-not-pinned",
            "verify.algorithms does not pin the algorithm",
            source.where(("verify",)),
        )


def _signed_names(fmt: Format) -> set[str]:
    message = fmt.signature.message
    if fmt.family is Family.JWS or message is None:
        return {f.name for f in fmt.fields if f.placement is not Placement.URL}
    if message.covers_url_text:
        signed = {p.field for p in fmt.url.query if p.field is not None}
        if message.url:  # the whole URL: its base's placeholders too
            signed |= {p.placeholder for p in fmt.url.base if p.placeholder is not None}
        return signed
    return {part.field for part in message.parts}


def unsigned_fields(fmt: Format) -> list[Field]:
    """Fields that travel in the token or URL but that the signature does not cover (the
    doctor says which of them a token carries)."""
    signed = _signed_names(fmt)
    carried = [
        f
        for f in fmt.fields
        if f.placement is not Placement.URL
        and f.source is not Source.SIGNATURE
        and f.name not in signed
    ]
    if fmt.family is Family.SIGNED_URL:
        in_query = {p.field for p in fmt.url.query}
        carried = [f for f in carried if f.name in in_query]
    return carried


def _unsigned_fields(fmt: Format) -> Iterator[tuple[str, str, Location]]:
    carried = unsigned_fields(fmt)
    if carried:
        names = ", ".join(f.name for f in carried)
        yield "unsigned-fields", f"the signature does not cover {names}", carried[0].location


def _ambiguous_concatenation(
    fmt: Format, source: YamlSource
) -> Iterator[tuple[str, str, Location]]:
    message = fmt.signature.message
    if message is None or message.covers_url_text or message.join or len(message.parts) < 2:
        return
    yield (
        "ambiguous-concatenation",
        "parts are concatenated with no delimiter, so different inputs can sign the same bytes",
        source.where(("signature", "message", "join")),
    )


def _lifetime(fmt: Format, source: YamlSource) -> Iterator[tuple[str, str, Location]]:
    policy, where = fmt.verify, source.where(("verify",))
    ages = policy.issued_at is not None and policy.max_age is not None
    # Either rule makes a token expire: exp, or iat + max_age (Sisense: exp is optional).
    deciding = [name for name in (policy.expires, policy.issued_at if ages else None) if name]
    if not deciding:
        yield "no-expiry", "nothing makes the token expire (verify.expires or max_age)", where
    elif not any(fmt.field(name).required for name in deciding):
        names = " and ".join(deciding)
        verb, them = ("is", "it") if len(deciding) == 1 else ("are", "them")
        yield "no-expiry", f"{names} {verb} optional, and without {them} nothing expires", where
    if policy.expires is not None and policy.max_lifetime is None:
        yield "unbounded-lifetime", "no verify.max_lifetime bounds exp", where
