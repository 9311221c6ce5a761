"""URL templates: ``"https://{host}/login/embed/{embed_url|percent}"`` → typed parts."""

from __future__ import annotations

import re

from specmodel.model import TemplatePart

_PLACEHOLDER = re.compile(r"\{([^{}|]+)(\|percent)?\}")


def parse_template(text: str) -> tuple[TemplatePart, ...]:
    """Split a template into literals and placeholders; stray braces raise ValueError."""
    parts: list[TemplatePart] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        _add_literal(parts, text[position : match.start()])
        parts.append(TemplatePart(placeholder=match.group(1), percent=bool(match.group(2))))
        position = match.end()
    _add_literal(parts, text[position:])
    return tuple(parts)


def _add_literal(parts: list[TemplatePart], literal: str) -> None:
    if "{" in literal or "}" in literal:
        raise ValueError(f"unbalanced brace or unknown filter in {literal!r}")
    if literal:
        parts.append(TemplatePart(literal=literal))


def placeholders(parts: tuple[TemplatePart, ...]) -> list[str]:
    """Names used by a template, in order."""
    return [part.placeholder for part in parts if part.placeholder is not None]
