"""Did-you-mean hints: an unknown name is reported with the nearest known ones."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def nearest(name: str, known: Iterable[str], limit: int = 2) -> list[str]:
    """The known names closest to ``name`` (difflib's ratio, at least 0.6), best first."""
    return difflib.get_close_matches(name, sorted(set(known)), n=limit, cutoff=0.6)


def did_you_mean(name: str, known: Iterable[str], quote: str = "'{}'") -> str:
    """`` (did you mean 'x'?)`` or `` (did you mean 'x' or 'y'?)``, or "" when none is near."""
    found = [quote.format(candidate) for candidate in nearest(name, known)]
    return f" (did you mean {' or '.join(found)}?)" if found else ""


def unknown(kind: str, name: str, known: Iterable[str]) -> str:
    """``unknown field 'nmae' (did you mean 'name'?)``."""
    return f"unknown {kind} {name!r}{did_you_mean(name, known)}"
