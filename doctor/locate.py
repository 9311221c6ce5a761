"""Finding the token in what was pasted: an embed URL, or a token with stray text around it."""

from __future__ import annotations

import re
from urllib.parse import unquote

from conformance.reference.encodings import percent_decode
from conformance.reference.errors import EmbedsealError
from conformance.reference.urlsteps import split_url
from doctor.causes import Cause
from doctor.query_faults import split_pairs
from doctor.report import Diagnosis
from specmodel.model import Family, Format, TemplatePart

_URL = re.compile(r"\s*https?://", re.IGNORECASE)
_ESCAPE = re.compile("%[0-9A-Fa-f]{2}")


def looks_like_url(text: str) -> bool:
    """Whether ``text`` is an http(s) URL rather than a bare token."""
    return _URL.match(text) is not None


def token_from_url(fmt: Format, url: str) -> str | None:
    """The token where the format's embed URL carries it (query, path or fragment)."""
    base, query = split_url(url)
    for param in fmt.url.query:
        if param.value == "token":
            return _query_value(query, param.name)
    fragment = url.split("#", 1)[1] if "#" in url else ""
    if fmt.url.fragment is not None and _has_token(fmt.url.fragment):
        return _template_token(fmt.url.fragment, fragment)
    return _template_token(fmt.url.base, base)


def where_token_travels(fmt: Format) -> str:
    """Where the format's URL carries the token, in words."""
    for param in fmt.url.query:
        if param.value == "token":
            return f"the {param.name} query parameter"
    if fmt.url.fragment is not None and _has_token(fmt.url.fragment):
        return "the fragment (after '#')"
    return "the path"


def token_not_found(fmt: Format) -> Diagnosis:
    """The URL does not carry a token where the format puts it."""
    where = where_token_travels(fmt)
    return Diagnosis(
        Cause.TOKEN_NOT_IN_URL, f"the URL has no token in {where}", {"expected_in": where}
    )


def _query_value(query: str, name: str) -> str | None:
    for pair in split_pairs(query):
        if pair.name == name:
            try:
                return percent_decode(pair.raw, plus_is_space=False)
            except EmbedsealError:
                return pair.raw
    return None


def _has_token(parts: tuple[TemplatePart, ...]) -> bool:
    return any(part.placeholder == "token" for part in parts)


def _template_token(parts: tuple[TemplatePart, ...], text: str) -> str | None:
    pattern = "".join(_pattern(part) for part in parts)
    match = re.fullmatch(pattern, text, flags=re.DOTALL)
    if match is None or "token" not in match.groupdict():
        return None
    return match.group("token") or None


def _pattern(part: TemplatePart) -> str:
    if part.placeholder is None:
        return re.escape(part.literal)
    return "(?P<token>.+?)" if part.placeholder == "token" else ".*?"


def whitespace(text: str) -> Diagnosis | None:
    """Spaces or line breaks in or around the token (no token holds any)."""
    where = [i for i, char in enumerate(text) if char.isspace()]
    if not where:
        return None
    chars = sorted({repr(text[i]) for i in where})
    summary = (
        f"the text holds {len(where)} whitespace character(s) ({', '.join(chars)}), the first "
        f"at character {where[0]}: a line break from an e-mail or a terminal, or a space "
        "from copying"
    )
    return Diagnosis(Cause.WHITESPACE, summary, {"offsets": where, "chars": chars})


def without_whitespace(text: str) -> str:
    """``text`` with every whitespace character removed."""
    return "".join(char for char in text if not char.isspace())


def percent_encoded(fmt: Format, token: str) -> Diagnosis | None:
    """A token that is still percent-encoded (``%3D`` for ``=``); signed URLs are meant so."""
    if fmt.family is Family.SIGNED_URL:
        return None
    escape = _ESCAPE.search(token)
    if escape is None:
        return None
    decoded = unquote(escape.group())
    summary = (
        f"the token is still percent-encoded: {escape.group()} at offset {escape.start()} "
        f"stands for {decoded!r}; tokens are pasted decoded"
    )
    evidence = {"offset": escape.start(), "escape": escape.group(), "decodes_to": decoded}
    return Diagnosis(Cause.PERCENT_ENCODED, summary, evidence)
