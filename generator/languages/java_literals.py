"""Java literals: JSON values, strings, JSON keys, maps of text, URL patterns, the
URLEncoder fixups, and the JCA names of the HMACs."""

from __future__ import annotations

import json
from typing import Any

from generator.ir import FormatIR, JsonIR
from generator.ir.model import UrlPartIR

# URLEncoder keeps ASCII letters, digits and these, and writes a space as "+".
_URLENCODER_KEEPS = ".-*_"


class JavaLiterals:
    """The literal expressions the templates write."""

    def literal(self, value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return f"{value}L"
        if isinstance(value, str):
            return self.string_literal(value)
        if isinstance(value, list):
            return "List.of(" + ", ".join(self.literal(v) for v in value) + ")"
        if isinstance(value, dict):
            if value:
                raise ValueError("java: a non-empty object literal has no ordered stdlib form")
            return "Map.of()"
        return "null"

    def string_literal(self, text: str) -> str:
        # JSON's escapes are Java's; \u2028 and \u2029 may stay raw in a Java string literal.
        return json.dumps(text, ensure_ascii=False)

    def key(self, name: str, profile: JsonIR, lead: str) -> str:
        """The Java literal of ``lead`` + a member's key as JSON text + the key separator."""
        text = json.dumps(name, ensure_ascii=profile.ascii_only)
        return self.string_literal(lead + text + profile.key_separator)

    def taken_claims(self, f: FormatIR) -> list[str]:
        """The names a spread field's members may not take, as Java literals (sorted)."""
        return [self.string_literal(name) for name in f.taken_claim_names]

    def map_literal(self, entries: dict[str, str]) -> str:
        """A map of text as a Java expression (the example's): ``Map.of`` takes 10 pairs."""
        pairs = [(self.string_literal(k), self.string_literal(v)) for k, v in entries.items()]
        if len(pairs) <= 10:
            return "Map.of(" + ", ".join(f"{k}, {v}" for k, v in pairs) + ")"
        return "Map.ofEntries(" + ", ".join(f"Map.entry({k}, {v})" for k, v in pairs) + ")"

    def percent_fixups(self, safe: str, space: str) -> list[tuple[str, str]]:
        """``String.replace`` pairs that turn URLEncoder's output into the format's rule."""
        if any(ord(c) > 0x7E or c.isalnum() for c in safe):
            raise ValueError(f"java: percent-safe characters must be ASCII punctuation: {safe!r}")
        pairs = [(c, f"%{ord(c):02X}") for c in _URLENCODER_KEEPS if c not in safe]
        if " " in safe:
            pairs.append(("+", " "))
        elif space != "+":
            pairs.append(("+", space))
        pairs += [(f"%{ord(c):02X}", c) for c in safe if c not in _URLENCODER_KEEPS + " "]
        return [(self.string_literal(a), self.string_literal(b)) for a, b in pairs]

    def url_pattern(self, parts: tuple[UrlPartIR, ...]) -> str:
        """The regular expression (a Java literal) a received base URL must match fully."""
        pattern = "".join(
            "(.*?)"
            if p.literal is None
            else "\\Q" + p.literal.replace("\\E", "\\E\\\\E\\Q") + "\\E"
            for p in parts
        )
        return self.string_literal(pattern)

    def mac(self, alg_literal: str) -> str:
        """``"HS256"`` → ``"HmacSHA256"``."""
        return f'"HmacSHA{alg_literal.strip(chr(34))[2:]}"'

    def hmac_name(self, f: FormatIR) -> str:
        """The JCA name of the format's HMAC."""
        return '"HmacSHA1"' if f.hmac.bits == 160 else f'"HmacSHA{f.hmac.bits}"'

    def utf16_length(self, text: str) -> int:
        """``text.length()`` in Java: UTF-16 code units (a prefix's, to cut it off a name)."""
        return len(text.encode("utf-16-le")) // 2
