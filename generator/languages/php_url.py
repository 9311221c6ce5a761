"""A PHP file's URLs: the percent-encoding map, whether the token or signature needs encoding,
the base URL's pattern, and where a signed URL carries each field (to read it back)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.languages.php_code import PhpCode

if TYPE_CHECKING:
    from generator.ir import FieldIR, FormatIR, UrlPartIR


class PhpUrl(PhpCode):
    """Template helpers for URLs (mixed into :class:`generator.languages.php.Php`)."""

    def percent_map(self, safe: str, space: str) -> str:
        """The ``strtr`` map that turns ``rawurlencode`` output (RFC 3986: letters, digits and
        ``-_.~`` kept, space as ``%20``) into the format's percent-encoding; ``""`` if none."""
        pairs: dict[str, str] = {}
        for char in "-_.~":
            if char not in safe:
                pairs[char] = f"%{ord(char):02X}"
        for char in sorted(set(safe)):
            if char.isascii() and not char.isalnum() and char not in "-_.~" and char != " ":
                pairs[f"%{ord(char):02X}"] = char
        if " " in safe:
            pairs["%20"] = " "
        elif space != "%20":
            pairs["%20"] = space
        items = ", ".join(
            f"{self.string_literal(k)} => {self.string_literal(v)}" for k, v in pairs.items()
        )
        return f"[{items}]" if pairs else ""

    def base_pattern(self, parts: tuple[UrlPartIR, ...]) -> str:
        """A PCRE literal matching a whole base URL, one group per placeholder."""
        # re.escape escapes "#" (the delimiter) and every other PCRE metacharacter.
        body = "".join("(.*?)" if p.literal is None else re.escape(p.literal) for p in parts)
        return self.string_literal(f"#\\A{body}\\z#s")

    def uses_percent(self, f: FormatIR) -> bool:
        """Whether the file calls its percent() helper (a signed URL's query goes through
        http_build_query() instead, but a map's parameters are sorted by their encoded names).
        embedUrl() encodes a token in the query or in a ``|percent`` placeholder always."""
        templated = [*f.url_base, *(f.url_fragment or ())]
        return (
            f.needs.maps
            or any(p.percent for p in templated)
            or any(p.encode == "percent" for p in f.message_parts)
            or any(q.encode == "percent" for q in f.url_query)
            or (
                not f.is_signed_url
                and any(q.field is not None or q.value == "token" for q in f.url_query)
            )
        )

    def url_sources(self, f: FormatIR) -> dict[str, dict[str, Any]]:
        """Where a signed URL carries each field, for reading it back and for its signed text:
        ``group`` (a placeholder of the base, its regex group) and ``percent``, or ``param``
        (the query parameter's literal name). A later place wins, as when the URL is read."""
        found: dict[str, dict[str, Any]] = {}
        group = 0
        for part in f.url_base:
            if part.literal is None:
                group += 1
                if part.field is not None:
                    found[part.field.wire] = {
                        "group": group,
                        "percent": part.percent,
                        "param": None,
                    }
        for param in f.named_params:
            if param.field is not None:
                found[param.field.wire] = {
                    "group": None,
                    "percent": False,
                    "param": param.name_literal,
                }
        return found

    def url_values(self, f: FormatIR) -> tuple[tuple[FieldIR, tuple[str, ...]], ...]:
        """What embedUrl() reads from its ``$url``, in declared order: each URL-only input, and
        each field a placeholder reads a property of, with the placeholders that do
        (``content``, ``("content.projectUuid",)``; ``()`` for a URL-only field)."""
        read: dict[str, dict[str, None]] = {}
        for part in (*f.url_base, *(f.url_fragment or ())):
            if part.field is not None and part.path:
                read.setdefault(part.field.wire, {})[self.placeholder(part)] = None
        return tuple(
            (x, tuple(read.get(x.wire, {})))
            for x in f.fields
            if (x.placement == "url" and x.is_input) or x.wire in read
        )

    def placeholder(self, part: UrlPartIR) -> str:
        """A field placeholder's name: ``site_url``, or ``content.projectUuid``."""
        assert part.field is not None
        return ".".join([part.field.wire, *(step.wire for step in part.path)])

    def url_value(self, part: UrlPartIR, values: str) -> str:
        """A placeholder's value read from ``values`` (embedUrl()'s checked values):
        ``$values['site_url']``, or a property of a checked (\\stdClass) object,
        ``$values['content']->projectUuid``."""
        assert part.field is not None
        steps = "".join("->" + self.property(step.wire) for step in part.path)
        return f"{values}[{part.field.wire_literal}]{steps}"

    def renamed_params(self, f: FormatIR) -> bool:
        """Whether some query parameter is named otherwise than the field it carries (a map's
        parameters are named by their keys)."""
        return any(q.field is not None and q.name != q.field.wire for q in f.named_params)
