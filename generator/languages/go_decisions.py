"""What a Go file holds, decided per format: helpers, encodings, error codes, HTTP rules."""

from __future__ import annotations

import json
from typing import Any

from generator.exchange_ir import ExchangeIR
from generator.ir import (
    ByteEncoding,
    FieldIR,
    FormatIR,
    Placement,
    SecretEncoding,
    ShapeIR,
    Source,
    TextForm,
    TimeRole,
)
from generator.languages.go_types import GoTypes

_HASHES = {
    "sha1": "sha1.New",
    "sha256": "sha256.New",
    "sha384": "sha512.New384",
    "sha512": "sha512.New",
}
_JWS_HASHES = {"HS256": "sha256.New", "HS384": "sha512.New384", "HS512": "sha512.New"}
_GO_ENCODINGS = {
    ByteEncoding.BASE64: "base64.StdEncoding",
    ByteEncoding.BASE64URL: "base64.URLEncoding",
    ByteEncoding.BASE64URL_NOPAD: "base64.RawURLEncoding",
}
_DECODERS = {
    ByteEncoding.HEX: "decodeHex",
    ByteEncoding.BASE64: "decodeBase64",
    ByteEncoding.BASE64URL: "decodeBase64URL",
    ByteEncoding.BASE64URL_NOPAD: "decodeBase64URLNoPad",
}
AnyIR = FormatIR | ExchangeIR


class GoDecisions(GoTypes):
    """Questions the Go templates ask about a format (the answers are all known here)."""

    def sign_uses_options(self, f: FormatIR) -> bool:
        """Whether Sign reads the clock or the random source."""
        return any(
            x.source in (Source.CLOCK, Source.RANDOM) or x.now_plus is not None
            for x in f.signed_values
        )

    def embed_url(self, f: FormatIR) -> bool:
        """Whether the file has EmbedURL: a token that some embed URL carries."""
        return f.has_url and not f.is_signed_url

    def signs_url_text(self, f: FormatIR) -> bool:
        """The MAC covers the URL's own text up to the signature parameter: the query
        (Bold BI) or the whole URL (Sigma); then that parameter must come last."""
        return f.message_is_query or f.message_is_url

    def unescapes_plain(self, f: FormatIR) -> bool:
        """Verify percent-decodes with '+' kept: the query's names and values (unless they
        are form-encoded) or a %-encoded placeholder of the base URL."""
        return not f.plus_is_space or any(p.percent for p in f.url_base if p.field is not None)

    def key_inline(self, f: FormatIR) -> bool:
        """The key is the secret's bytes, and only an empty one is refused (no helper needed)."""
        return f.secret_encoding is SecretEncoding.UTF8 and f.min_key_bytes <= 1

    def key_expr(self, f: FormatIR) -> str:
        return "secret" if self.key_inline(f) else "key"

    def signed_inputs(self, f: FormatIR) -> tuple[FieldIR, ...]:
        """The inputs Sign checks itself (a token's EmbedURL checks the URL's own fields)."""
        if f.is_signed_url:
            return f.inputs
        return tuple(x for x in f.inputs if x.placement is not Placement.URL)

    def claims(self, f: FormatIR) -> tuple[FieldIR, ...]:
        """The claims Verify reads into Claims: a spread object's members come back as claims
        of their own (in Extra), never under its name."""
        return tuple(x for x in f.claims if not x.spread)

    def carried(self, f: FormatIR) -> tuple[FieldIR, ...]:
        """The members of an envelope: every field but the URL's own."""
        return tuple(x for x in f.fields if x.placement is not Placement.URL)

    def hash(self, algorithm: str) -> str:
        """The hash constructor of an HMAC algorithm (``sha256.New``)."""
        return _HASHES[algorithm]

    def jws_hash(self, alg_literal: str) -> str:
        """The hash constructor of a JWS alg literal (``"HS256"`` → ``sha256.New``)."""
        return _JWS_HASHES[self.unquote(alg_literal)]

    def encoding(self, encoding: ByteEncoding) -> str:
        """The encoding/base64 value of a base64 variant."""
        return _GO_ENCODINGS[encoding]

    def encode(self, encoding: ByteEncoding, expr: str) -> str:
        """An expression writing the bytes ``expr`` as text in ``encoding``."""
        if encoding is ByteEncoding.HEX:
            return f"hex.EncodeToString({expr})"
        return f"{_GO_ENCODINGS[encoding]}.EncodeToString({expr})"

    def decodings(self, f: FormatIR) -> list[ByteEncoding]:
        """The byte encodings Verify decodes canonically."""
        return sorted(f.needs.decodes)

    def decoder(self, encoding: ByteEncoding) -> str:
        """The helper decoding ``encoding`` canonically (``decodeBase64URLNoPad``)."""
        return _DECODERS[encoding]

    def url_fields(self, f: FormatIR) -> list[FieldIR]:
        """The inputs a token format's embed URL is built from (besides the token)."""
        return [x for x in f.url_fields if x.is_input]

    def escapes(self, f: FormatIR) -> bool:
        """Whether Sign or EmbedURL percent-encode anything (then the file has appendEscaped):
        EmbedURL encodes the token wherever the URL says so, whatever Sign's tokens hold."""
        templated = [*f.url_base, *(f.url_fragment or ())]
        signature = not f.signature_kept_whole
        return (
            any(p.encode is TextForm.PERCENT for p in f.message_parts)
            or any(p.percent and (p.field or p.token) for p in templated)
            or any(q.field is not None or q.value == "token" for q in f.url_query)
            or any(q.value == "signature" and signature for q in f.url_query)
        )

    def error_codes(self, f: FormatIR) -> list[str]:
        """The error codes Sign, EmbedURL and Verify of ``f`` can return, in contract order."""
        v = f.verify
        roles = {r.role for r in v.registered}
        expires = v.expires or (v.issued_at and v.max_age is not None) or TimeRole.EXPIRES in roles
        early = v.not_before or v.issued_at or roles & {TimeRole.NOT_BEFORE, TimeRole.ISSUED_AT}
        codes = ["malformed", "bad_signature"]
        codes += ["alg_not_allowed"] if f.is_jws else []
        codes += ["expired"] if expires else []
        codes += ["not_yet_valid"] if early else []
        codes += ["lifetime_too_long"] if v.expires and v.max_lifetime is not None else []
        codes += ["missing_claim", "invalid_claim", "invalid_input", "invalid_key"]
        return codes + (["weak_key"] if f.min_key_bytes > 1 else [])

    def sentinel(self, code: str) -> str:
        """The exported sentinel of an error code (``ErrBadSignature``)."""
        return "Err" + "".join(w.capitalize() for w in code.split("_"))

    def signature_param(self, f: FormatIR) -> tuple[str, str]:
        """The signed URL's signature parameter: its name, and that name percent-encoded."""
        q = next(q for q in f.url_query if q.value == "signature")
        return q.name, self.unquote(q.name_encoded_literal)

    def base_pattern(self, f: FormatIR) -> str:
        """The base URL template as text (for messages)."""
        return "".join(
            p.literal
            if p.literal is not None
            else "{" + ".".join(x.wire for x in (p.field, *p.path)) + "}"
            if p.field
            else "{token}"
            for p in f.url_base
        )

    # Helpers the signing and exchange files share.

    def claim_shapes(self, f: AnyIR) -> tuple[ShapeIR, ...]:
        # Every claim Verify reads, a spread field's literal claim too (checked, not kept).
        return tuple(x.shape for x in f.claims) if isinstance(f, FormatIR) else ()

    def written_shapes(self, f: AnyIR) -> tuple[ShapeIR, ...]:
        """The shapes Sign (or an envelope's Verify, or an exchange's body) writes as JSON."""
        if isinstance(f, ExchangeIR):
            return tuple(x.shape for x in f.body_fields)
        if not f.is_signed_url:
            return tuple(x.shape for x in self.carried(f))
        wanted = {p.field.wire for p in f.message_parts if p.encode is TextForm.JSON}
        wanted |= {q.field.wire for q in f.url_query if q.field and q.encode is TextForm.JSON}
        return tuple(x.shape for x in f.fields if x.wire in wanted)

    def writes_json(self, f: AnyIR) -> bool:
        return isinstance(f, ExchangeIR) or f.needs.json_write

    def free_json(self, f: AnyIR) -> bool:
        """Some value is the caller's own JSON object (checked, then written, by helpers)."""
        if isinstance(f, FormatIR):
            return f.needs.free_json

        def free(shape: ShapeIR) -> bool:
            return (
                shape.is_free_object
                or any(free(p.shape) for p in shape.properties)
                or (shape.items is not None and free(shape.items))
            )

        return any(free(x.shape) for x in f.fields)

    def needs_one_of(self, f: AnyIR) -> bool:
        return any(len(c.exactly_one_of) > 2 for c in f.classes)

    def percent_safe(self, f: AnyIR) -> str:
        return f.percent_safe if isinstance(f, FormatIR) else "-_.~"  # exchange URLs: RFC 3986

    def percent_space(self, f: AnyIR) -> str:
        return f.percent_space if isinstance(f, FormatIR) else "%20"

    def safe_text(self, f: AnyIR) -> str:
        """The percent rule's kept punctuation, for comments (``- _ . ~``)."""
        return " ".join(ch for ch in self.percent_safe(f) if ch.isascii() and not ch.isalnum())

    def safe_punctuation(self, f: AnyIR) -> list[str]:
        """The percent rule's kept punctuation, as Go rune literals (``'-'``)."""
        chars = sorted({ch for ch in self.percent_safe(f) if ch.isascii() and not ch.isalnum()})
        return [{"'": "'\\''", "\\": "'\\\\'"}.get(ch, f"'{ch}'") for ch in chars]

    # Exchange.

    def exchange_codes(self, f: ExchangeIR) -> list[str]:
        """The codes Exchange and Revoke can return, the vendor's in status order."""
        vendor = [code for _, code in f.status_errors]
        last = ["timeout", "upstream_error", "bad_response"]
        return list(dict.fromkeys(["invalid_input", "invalid_key", *vendor, *last]))

    def status_cases(self, f: ExchangeIR) -> list[tuple[str, str]]:
        """(Go condition, code) per status rule: exact statuses first, then classes."""
        out = []
        for status, code in f.status_errors:
            if "x" in status:
                low = int(status[0]) * 100
                out.append((f"status >= {low} && status < {low + 100}", code))
            else:
                out.append((f"status == {status}", code))
        return out

    def success_cond(self, f: ExchangeIR) -> str:
        return " || ".join(f"status == {s}" for s in f.success)

    def duration(self, ms: int) -> str:
        """A Go duration expression (``10 * time.Second``)."""
        return f"{ms // 1000} * time.Second" if ms % 1000 == 0 else f"{ms} * time.Millisecond"

    def path_literals(self, path: tuple[str, ...]) -> str:
        """A JSON path as arguments (``, "Data", "access_token"``)."""
        return "".join(", " + self.string_literal(p) for p in path)

    def answer_literal(self, value: Any) -> str:
        """A JSON scalar as the vendor's decoded answer compares to it (numbers: json.Number)."""
        if isinstance(value, bool) or value is None or isinstance(value, str):
            return self.literal(value)
        return f"json.Number({self.string_literal(json.dumps(value))})"

    def exchange_escapes(self, f: ExchangeIR) -> bool:
        parts = [*f.request.url, *(f.revoke.url if f.revoke else ()), *(f.embed_url or ())]
        return any(p.percent for p in parts)
