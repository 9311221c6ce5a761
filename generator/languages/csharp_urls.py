"""C# URLs and HTTP requests: what is percent-encoded, where a token or signature goes, how a
signed URL is read back, a URL template's placeholders, and what an exchange request needs."""

from __future__ import annotations

from typing import Any, NamedTuple

from generator import naming
from generator.exchange_ir import ExchangeIR
from generator.ir.model import FieldIR, FormatIR, ShapeIR, UrlPartIR
from generator.languages.csharp_types import CSharpTypes, free_local

_RANGES = (("a", "z"), ("A", "Z"), ("0", "9"))


class ExchangeNeeds(NamedTuple):
    """What an exchange format's file needs besides the HTTP call (signing: FormatIR.needs)."""

    free_json: bool  # some input is the caller's own JSON
    percent_encode: bool  # a URL template percent-encodes a value
    json_write: bool = True  # the request body is JSON
    percent_decode: bool = False


class CSharpUrls(CSharpTypes):
    """The URL and HTTP decisions of a C# file."""

    def http_method(self, method: str) -> str:
        """``HttpMethod.Post`` for the methods the class names, ``new HttpMethod("…")`` else."""
        if method in {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS"}:
            return f"HttpMethod.{method.capitalize()}"
        return f'new HttpMethod("{method}")'

    def exchange_needs(self, fmt: ExchangeIR) -> ExchangeNeeds:
        """The helpers an exchange format's file carries."""
        calls = [fmt.request, *([fmt.revoke] if fmt.revoke else [])]
        parts = [p for call in calls for p in call.url] + list(fmt.embed_url or ())
        return ExchangeNeeds(
            free_json=any(_free(f.shape) for f in fmt.fields),
            percent_encode=any(p.percent for p in parts),
        )

    def embed_inputs(self, fmt: FormatIR) -> list[FieldIR]:
        """The inputs a token format's EmbedUrl reads (signed ones too: FormatIR.url_inputs are
        those that only build the URL)."""
        return [x for x in fmt.url_fields if x.is_input]

    def percent_used(self, fmt: FormatIR) -> bool:
        """Whether the file percent-encodes at run time. A token format's EmbedUrl encodes the
        token it is given wherever the URL encodes it; a signature whose alphabet the rule
        keeps is placed as it is."""
        signature_safe = fmt.signature_kept_whole
        parts = [*fmt.url_base, *(fmt.url_fragment or ())]
        return (
            any(q.field is not None or q.value == "token" for q in fmt.url_query)
            or any(q.value == "signature" and not signature_safe for q in fmt.url_query)
            or any(p.percent for p in parts)
            or any(part.encode == "percent" for part in fmt.message_parts)
        )

    def percent_test(self, variable: str, safe: str) -> str:
        """The C# condition under which percent-encoding keeps the byte ``variable``."""
        tests = [f"({variable} >= '{lo}' && {variable} <= '{hi}')" for lo, hi in _RANGES]
        for char in sorted({c for c in safe if c.isascii() and not c.isalnum()}):
            tests.append(f"{variable} == {_char_literal(char)}")
        return " || ".join(tests)

    def received_kind(self, fmt: FormatIR, field: FieldIR) -> str:
        """How a signed URL carries ``field``: ``json`` text, or plain integer, boolean, string."""
        if any(q.field == field and q.encode == "json" for q in fmt.url_query):
            return "json"
        if field.shape.is_integer:
            return "integer"
        return "boolean" if field.shape.kind == "boolean" else "string"

    def received_kinds(self, fmt: FormatIR) -> set[str]:
        """The kinds a signed URL's verifier reads from text."""
        carried = [q.field for q in fmt.url_query if q.field is not None]
        carried += [p.field for p in fmt.url_base if p.field is not None]
        return {self.received_kind(fmt, f) for f in carried}

    # URL placeholders that read a nested property (``{content.projectUuid}``).

    def path_local(self, part: UrlPartIR) -> str:
        """The local that holds a nested placeholder's value (``contentProjectUuid``)."""
        idents = [f.ident.lstrip("@").rstrip("_") for f in (part.field, *part.path) if f]
        return free_local(naming.camel(" ".join(idents)))

    def path_read(self, part: UrlPartIR, owner: str) -> str:
        """The nested value read from ``owner`` (``input.Content?.ProjectUuid``)."""
        assert part.field is not None
        return f"{owner}.{part.field.ident}" + "".join(f"?.{p.ident}" for p in part.path)

    def path_wire(self, part: UrlPartIR) -> str:
        """A nested placeholder's name as the template writes it, as a string literal."""
        assert part.field is not None
        return self.string_literal(".".join(f.wire for f in (part.field, *part.path)))

    def template_pieces(self, parts: Any) -> tuple[list[tuple[str, Any]], str]:
        """A URL template as (literal before, placeholder part) pairs and the literal after the
        last placeholder. Matching each literal at its first occurrence is what the reference's
        ``(.*?)`` pattern does: the leftmost choice leaves every later piece the most room."""
        pieces: list[tuple[str, Any]] = []
        literal = ""
        for part in parts:
            if part.literal is not None:
                literal += part.literal
            else:
                pieces.append((literal, part))
                literal = ""
        return pieces, literal


def _free(shape: ShapeIR) -> bool:
    inner = [*([shape.items] if shape.items else []), *(p.shape for p in shape.properties)]
    return shape.is_free_object or any(_free(s) for s in inner)


def _char_literal(char: str) -> str:
    return {"'": "'\\''", "\\": "'\\\\'"}.get(char, f"'{char}'")
