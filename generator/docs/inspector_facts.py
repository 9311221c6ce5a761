"""The facts of a format that the inspector's diagnoses need beyond its verdict: where an
embed URL carries the token, what the MAC covers, the order the format writes its members.

All of it comes from the spec at generation time, so the shared TypeScript stays one text
specialized per format (never a hand-written branch per format).
"""

from __future__ import annotations

import re
from typing import Any

from doctor.causes import PRIORITY
from specmodel.model import Family, Format, Placement, TemplatePart

_JS_SPECIAL = re.compile(r"[.*+?^${}()|[\]\\/]")
_HASHES = {"sha1": "SHA-1", "sha256": "SHA-256", "sha384": "SHA-384", "sha512": "SHA-512"}
_JWS_HASHES = {"HS256": "SHA-256", "HS384": "SHA-384", "HS512": "SHA-512"}


def causes() -> list[str]:
    """The doctor's causes, the most telling first: the inspector ranks its diagnoses so."""
    return [cause.value for cause in PRIORITY]


def hashes() -> dict[str, str]:
    """WebCrypto's names of the HMAC hashes, the verifier's first (others are tried)."""
    return dict(_HASHES)


def token_in(fmt: Format) -> dict[str, str] | None:
    """Where an embed URL carries the token (a query parameter, or a regular expression with a
    ``token`` group over the fragment or the base); None for signed URLs (the URL is the token)."""
    if fmt.family is Family.SIGNED_URL:
        return None
    for param in fmt.url.query:
        if param.value == "token":
            return {"query": param.name}
    fragment = fmt.url.fragment
    if fragment is not None and any(p.placeholder == "token" for p in fragment):
        return {"fragment": _pattern(fragment)}
    return {"base": _pattern(fmt.url.base)}


def _pattern(parts: tuple[TemplatePart, ...]) -> str:
    """The template as a JavaScript regular expression (as doctor.locate builds it in Python)."""
    body = "".join(
        _JS_SPECIAL.sub(r"\\\g<0>", part.literal)
        if part.placeholder is None
        else "(?<token>.+?)"
        if part.placeholder == "token"
        else ".*?"
        for part in parts
    )
    return f"^{body}$"


def url_facts(fmt: Format) -> dict[str, Any]:
    """A signed URL's template, query and percent rule, as the received URL is read back."""
    rule = fmt.url.percent
    return {
        "base": [
            {"literal": p.literal, "field": p.placeholder, "percent": p.percent}
            for p in fmt.url.base
        ],
        "query": [
            {
                "name": q.name,
                "field": q.field,
                "value": q.value,
                "encode": q.encode,
                "perKey": q.per_key,
            }
            for q in fmt.url.query
        ],
        "percent": {"safe": rule.safe, "space": rule.space, "plusIsSpace": rule.plus_is_space},
    }


def message_facts(fmt: Format) -> dict[str, Any] | None:
    """What the MAC covers when it is not the token's own text (envelope, signed URL)."""
    message = fmt.signature.message
    if message is None:
        return None
    if message.covers_url_text:
        return {"kind": "url" if message.url else "query"}
    parts = [{"prefix": p.prefix, "field": p.field, "encode": p.encode} for p in message.parts]
    return {"kind": "parts", "join": message.join, "parts": parts}


def member_order(fmt: Format) -> dict[str, list[str]]:
    """The order the format declares its header and payload members in (a JWS whose JSON was
    re-ordered after signing is repaired to it)."""
    if fmt.family is not Family.JWS:
        return {"header": [], "payload": []}
    return {
        "header": list(fmt.header_keys),
        "payload": [f.name for f in fmt.placed(Placement.PAYLOAD)],
    }


def jws_hashes() -> dict[str, str]:
    return dict(_JWS_HASHES)
