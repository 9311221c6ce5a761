"""Identifiers from wire names: any JSON string becomes a safe identifier in a given case style.

``http://example.com/is_root`` → words ``http example com is root``; ``:nonce`` → ``nonce``;
a leading digit gets a prefix; a reserved word gets a trailing underscore (or the language's
own escape). The wire name itself is always kept for serialization.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[A-Za-z][a-z0-9]*|[A-Z]+(?![a-z])|[0-9]+")


def words(name: str) -> list[str]:
    """Lowercase words of ``name``: split on non-alphanumerics and on camelCase humps."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    found = [word.lower() for word in _WORD.findall(ascii_name)]
    return found or ["value"]


def snake(name: str) -> str:
    """``snake_case``."""
    return _lead("_".join(words(name)))


def camel(name: str) -> str:
    """``camelCase``."""
    first, *rest = words(name)
    return _lead(first + "".join(word.capitalize() for word in rest))


def pascal(name: str) -> str:
    """``PascalCase``."""
    return _lead("".join(word.capitalize() for word in words(name)), "V")


def screaming(name: str) -> str:
    """``SCREAMING_SNAKE_CASE``."""
    return _lead("_".join(words(name)).upper())


def _lead(identifier: str, prefix: str = "v") -> str:
    """Identifiers cannot start with a digit in any target language."""
    return f"{prefix}{identifier}" if identifier[0].isdigit() else identifier


def singular(name: str) -> str:
    """One element of a collection named ``name``: ``scopes`` → ``scope``, ``entries`` → ``entry``.

    English plurals only, and only the regular ones; anything else is kept as it is.
    """
    lower = name.lower()
    if lower.endswith("ies") and len(name) > 3:
        return name[:-3] + ("Y" if name[-3:].isupper() else "y")
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return name[:-2]
    if lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and len(name) > 1:
        return name[:-1]
    return name


def unique(identifiers: list[str]) -> list[str]:
    """Disambiguate identifiers that collide after conversion (``a-b`` and ``a_b``)."""
    seen: dict[str, int] = {}
    out = []
    for identifier in identifiers:
        count = seen.get(identifier, 0)
        seen[identifier] = count + 1
        out.append(identifier if count == 0 else f"{identifier}{count + 1}")
    return out
