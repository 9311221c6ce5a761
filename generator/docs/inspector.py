"""The token inspector of a signing format's page: the facts the shared template
(``generator/templates/docs/inspector.ts.j2``) is specialized with, and its paths.

The inspector is TypeScript beside the page's published TypeScript file: the verdict is that
file's own ``verify``. Around it the template decodes the parts, names structural faults
(segments, alphabet, padding, JSON at byte N, the query), recomputes the MAC where a cause can
be proven that way (another hash, secret reading or signature encoding), repairs the token (the
JSON as the format's profile writes it, padding, the query) and asks ``verify`` again, and tries
the other formats' published ``verify``. A repair ``verify`` accepts is a proof, as in the CLI
doctor; tests/docs/test_docs_corpus.py holds both to the same diagnosis corpus.
The docs build compiles it for the browser (docs/hooks/embedseal_hooks.py); generation
stays text in, text out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.docs import inspector_facts as more
from generator.docs.paths import DOCS_ROOT
from specmodel.model import Family, Format

# The JWS registered time claims a verifier checks beyond the declared policy (RFC 7519 §4.1),
# as conformance.reference.timepolicy.REGISTERED names them (role → claim).
_REGISTERED = {"expires": "exp", "not_before": "nbf", "issued_at": "iat"}
_HASHES = {"sha1": "SHA-1", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}
INSPECTED = (Family.JWS, Family.ENVELOPE, Family.SIGNED_URL)  # not exchange: nothing to verify
SCRIPTS = "inspector"  # where the compiled scripts go in the site, beside generated/<format>/


@dataclass(frozen=True)
class Inspector:
    """One format's inspector: where its source goes, what the page loads, its facts."""

    source: str  # docs/generated/snippets/<format>/inspector/inspector.ts
    script: str  # the compiled module, relative to the format's page URL
    module: str  # the published TypeScript file it imports, without extension
    facts: dict[str, Any]  # the template's FORMAT constant (JSON)


def inspector(fmt: Format) -> Inspector | None:
    """``fmt``'s inspector; None for a family without a verifier."""
    if fmt.family not in INSPECTED:
        return None
    source = f"{DOCS_ROOT}/snippets/{fmt.name}/inspector/inspector.ts"
    # The page is generated/<format>/ (use_directory_urls); the hook compiles
    # snippets/<format>/... to site/generated/inspector/<format>/...
    script = f"../{SCRIPTS}/{fmt.name}/inspector/inspector.js"
    return Inspector(source, script, fmt.name, facts(fmt))


def facts(fmt: Format) -> dict[str, Any]:
    """What the shared template needs to know of ``fmt``: nothing it could read from the
    published file (that file's verify decides), only what a diagnosis must assume."""
    policy = fmt.verify
    registered = _registered(fmt)
    return {
        "name": fmt.name,
        "family": fmt.family.value,
        "secretEncoding": fmt.secret_encoding,
        "hash": _HASHES[fmt.signature.algorithm],
        "signatureEncoding": fmt.signature.encoding,
        "envelopeEncoding": fmt.envelope_encoding,
        "profile": {
            "item": fmt.json.item_separator,
            "key": fmt.json.key_separator,
            "ascii": fmt.json.ascii_only,
            "sort": fmt.json.sort_keys,
        },
        # Signed URLs: the parameters whose values are JSON (the ones a re-spacing can hit).
        "jsonParams": [q.name for q in fmt.url.query if q.field is not None and q.encode == "json"],
        "params": {q.name: q.field for q in fmt.url.query if q.field is not None},
        "times": {
            "expires": _names(policy.expires, registered.get("expires")),
            "expiresPlus": policy.expires_plus,
            "notBefore": _names(policy.not_before, registered.get("not_before"))
            + _names(policy.issued_at, registered.get("issued_at")),
            "issuedAt": policy.issued_at,
            "maxAge": policy.max_age,
            "maxLifetime": policy.max_lifetime,
            "leeway": policy.leeway,
            # The claims a time in milliseconds is looked for in (as the CLI doctor does).
            "declared": _names(policy.expires, policy.issued_at, policy.not_before),
        },
        "algorithms": list(policy.algorithms),
        "timeFields": sorted(_time_fields(fmt) | set(registered.values())),
        "causes": more.causes(),
        "hashes": more.hashes(),
        "jwsHashes": more.jws_hashes(),
        "tokenIn": more.token_in(fmt),
        "url": more.url_facts(fmt),
        "message": more.message_facts(fmt),
        "order": more.member_order(fmt),
        "signatureField": next((f.name for f in fmt.fields if f.source.value == "signature"), None),
        "covers": _covers(fmt),
    }


def other_facts(fmt: Format) -> dict[str, Any]:
    """What an inspector needs of another format to ask its verify (token made for it?)."""
    return {
        "name": fmt.name,
        "title": fmt.title,
        "family": fmt.family.value,
        "tokenIn": more.token_in(fmt),
    }


def _covers(fmt: Format) -> bool:
    """Whether the MAC covers the query text itself (then the parameter order matters)."""
    message = fmt.signature.message
    return message is not None and message.covers_url_text


def _registered(fmt: Format) -> dict[str, str]:
    """Role → registered claim checked beyond the policy (JWS only, when the spec says so)."""
    if fmt.family is not Family.JWS or not fmt.verify.registered_claims:
        return {}
    return {r: n for r, n in _REGISTERED.items() if getattr(fmt.verify, r) != n}


def _names(*names: str | None) -> list[str]:
    return [name for name in names if name is not None]


def _time_fields(fmt: Format) -> set[str]:
    """The claims to show as times too: unix-time fields and the policy's names."""
    policy = fmt.verify
    named = {policy.expires, policy.issued_at, policy.not_before}
    typed = {f.name for f in fmt.fields if f.shape.type == "unix-time"}
    return {name for name in named if name is not None} | typed
