"""JWS verify cases: algorithms, headers, segments, base64 spellings and JSON faults.

Tokens are assembled from raw bytes and MACed with :mod:`wire`; every expected result is
still the reference's answer (``expect`` only states what the case was built to show).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from conformance.vectors import wire
from conformance.vectors.cases import OK, Context, VerifyCase
from conformance.vectors.codecs import JwsCodec
from conformance.vectors.json_faults import json_faults
from conformance.vectors.spellings import Transform, noncanonical, respell_json

MALFORMED, ALG_NOT_ALLOWED, BAD_SIGNATURE = "malformed", "alg_not_allowed", "bad_signature"
MISSING_CLAIM, INVALID_CLAIM = "missing_claim", "invalid_claim"
_HMAC_ALGS = ("HS256", "HS384", "HS512")
_NONE_SPELLINGS = (("none", "none"), ("none-capitalized", "None"), ("none-uppercase", "NONE"))
_SEGMENTS = ("header", "payload", "signature")


def _other_value(value: Any) -> Any:
    """A value of the same JSON type that differs from ``value``."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    return f"{value}-other"


class JwsCases:
    """The cases of one JWS format, around its example token."""

    def __init__(self, ctx: Context, codec: JwsCodec) -> None:
        self.ctx, self.codec = ctx, codec
        self.header, self.payload = codec.parts(codec.claims)
        self.alg = ctx.fmt.jws_algorithm

    def all(self) -> list[VerifyCase]:
        """Every JWS-specific case, in a fixed order."""
        groups = (
            self.algorithms,
            self.headers,
            self.mirrors,
            self.segments,
            self.spellings,
            self.json,
        )
        return [case for group in groups for case in group()]

    def case(
        self, name: str, comment: str, token: str, expect: str | None, flag: str
    ) -> VerifyCase:
        """A case of this family (ids under ``verify/jws/``)."""
        flags = ("jws", flag)
        return self.ctx.verify_case(
            f"verify/jws/{name}", comment, token, flags=flags, expect=expect
        )

    def signed(self, header: Any, payload: bytes | None = None, alg: str | None = None) -> str:
        """A token with ``header`` (object or raw bytes), correctly MACed with ``alg``."""
        raw = header if isinstance(header, bytes) else self.codec.encoded(header)
        body = self.codec.encoded(self.payload) if payload is None else payload
        return wire.jws_token(raw, body, self.codec.key, alg or self.alg)

    def with_alg(self, value: Any) -> dict[str, Any]:
        """The example header with another ``alg`` value."""
        return {**self.header, "alg": value}

    def algorithms(self) -> Iterator[VerifyCase]:
        """Each HMAC alg correctly MACed; none; missing, mistyped and foreign algs."""
        for alg in _HMAC_ALGS:
            expect = OK if alg in self.ctx.fmt.verify.algorithms else ALG_NOT_ALLOWED
            token = self.signed(self.with_alg(alg), alg=alg)
            yield self.case(f"alg/{alg}", f"alg {alg}, MACed with {alg}.", token, expect, "alg")
        for label, spelling in _NONE_SPELLINGS:
            token = self.signed(self.with_alg(spelling)).rsplit(".", 1)[0] + "."
            comment = f'alg "{spelling}" and an empty signature.'
            yield self.case(f"alg/{label}", comment, token, ALG_NOT_ALLOWED, "alg-none")
        token = self.signed(self.with_alg("none"))
        yield self.case(
            "alg/none-with-mac", 'alg "none", valid HMAC.', token, ALG_NOT_ALLOWED, "alg-none"
        )
        token = self.signed({k: v for k, v in self.header.items() if k != "alg"})
        yield self.case("alg/missing", "No alg (correctly MACed).", token, ALG_NOT_ALLOWED, "alg")
        yield from self._foreign_algs()

    def _foreign_algs(self) -> Iterator[VerifyCase]:
        for label, value in (("lowercase", self.alg.lower()), ("RS256", "RS256"), ("null", None)):
            comment = f"alg {wire.json_text(value, self.ctx.fmt)}, MACed with {self.alg}."
            yield self.case(
                f"alg/{label}", comment, self.signed(self.with_alg(value)), ALG_NOT_ALLOWED, "alg"
            )
        token = self.signed(self.with_alg([self.alg]))
        yield self.case("alg/array", "alg is a JSON array.", token, ALG_NOT_ALLOWED, "alg")

    def headers(self) -> Iterator[VerifyCase]:
        """Header variants: with the old signature (refused) and correctly MACed."""
        body = wire.b64url(self.codec.encoded(self.payload))
        original = self.codec.encoded(self.header)
        for label, header, refused in self._header_variants():
            if header == original:  # e.g. reordered under sort_keys: not a variant at all
                continue
            switched = f"{wire.b64url(header)}.{body}.{self.codec.signature}"
            comment = "Header replaced, old signature kept."
            yield self.case(
                f"header/{label}/old-signature",
                comment,
                switched,
                refused or BAD_SIGNATURE,
                "header-switch",
            )
            comment = "Header variant, correctly MACed."
            token = self.signed(header)
            yield self.case(f"header/{label}/signed", comment, token, refused, "header")

    def _header_variants(self) -> Iterator[tuple[str, bytes, str | None]]:
        """Headers with what refuses them whatever the MAC (None: only the MAC decides).

        A "crit" header is refused before the MAC: no extension is understood here, so none
        may be critical (RFC 7515 §4.1.11).
        """
        encode = self.codec.encoded
        yield "reordered", encode(dict(reversed(self.header.items()))), None
        yield "minimal", encode({"alg": self.header["alg"]}), None
        yield "extra-kid", encode({**self.header, "kid": "key-1"}), None
        crit = {**self.header, "crit": ["x-unknown"], "x-unknown": True}
        yield "crit-unknown", encode(crit), MALFORMED
        yield "whitespace", b" " + encode(self.header).replace(b",", b", ") + b" ", None

    def mirrors(self) -> Iterator[VerifyCase]:
        """A value written to the header and the payload: both copies required, and equal."""
        for f in self.ctx.fmt.fields:
            if not f.also_in_header:
                continue
            header = {k: v for k, v in self.header.items() if k != f.name}
            yield self.case(
                f"mirror/{f.name}/not-in-header",
                f"{f.name} only in the payload (correctly MACed).",
                self.signed(header),
                MISSING_CLAIM,
                "mirror",
            )
            other = _other_value(self.header[f.name])
            yield self.case(
                f"mirror/{f.name}/differs",
                f"{f.name} in the header differs from the payload's (correctly MACed).",
                self.signed({**self.header, f.name: other}),
                INVALID_CLAIM,
                "mirror",
            )
            yield self.case(
                f"mirror/{f.name}/header-type",
                f"{f.name} in the header is a JSON array (correctly MACed).",
                self.signed({**self.header, f.name: [self.header[f.name]]}),
                INVALID_CLAIM,
                "mirror",
            )

    def segments(self) -> Iterator[VerifyCase]:
        """Wrong segment counts and truncations of the example token."""
        token = self.codec.forge(self.codec.claims)
        head, body, sig = token.split(".")
        rows: tuple[tuple[str, str, str | None], ...] = (
            ("segments/1", head, MALFORMED),
            ("segments/2", f"{head}.{body}", MALFORMED),
            ("segments/4", f"{token}.{sig}", MALFORMED),
            ("segments/4-trailing-dot", f"{token}.", MALFORMED),
            ("segments/4-leading-dot", f".{token}", MALFORMED),
            ("segments/empty-header", f".{body}.{sig}", MALFORMED),
            ("signature/empty", f"{head}.{body}.", BAD_SIGNATURE),
            ("truncated/last-char", token[:-1], None),
            ("truncated/half", token[: len(token) // 2], None),
            ("truncated/signature-half", f"{head}.{body}.{sig[: len(sig) // 2]}", None),
        )
        for name, text, expect in rows:
            yield self.case(name, "The example token cut or re-joined.", text, expect, "structure")

    def spellings(self) -> Iterator[VerifyCase]:
        """Each segment in each non-canonical base64url spelling (MACed over what is sent)."""
        for index, segment in enumerate(_SEGMENTS):
            for label, transform in noncanonical("base64url-nopad").items():
                token = self._respelled(index, transform)
                if token is not None:
                    comment = f"{segment} segment: {label}; a lenient decoder gets the same bytes."
                    yield self.case(
                        f"base64/{segment}/{label}", comment, token, MALFORMED, "base64"
                    )

    def _respelled(self, index: int, transform: Transform) -> str | None:
        if index == 2:
            return self._respelled_signature(transform)
        parts = [self.codec.encoded(self.header), self.codec.encoded(self.payload)]
        respelled = respell_json(parts[index], wire.b64url, transform)
        if respelled is None:
            return None
        segments = [wire.b64url(part) for part in parts]
        segments[index] = respelled
        text = ".".join(segments)  # the MAC covers the segments as sent
        return f"{text}.{wire.jws_mac(text, self.codec.key, self.alg)}"

    def _respelled_signature(self, transform: Transform) -> str | None:
        body = wire.b64url(self.codec.encoded(self.payload))
        for spaces in range(12):  # header whitespace changes the MAC until ``transform`` applies
            text = f"{wire.b64url(self.codec.encoded(self.header) + b' ' * spaces)}.{body}"
            respelled = transform(wire.jws_mac(text, self.codec.key, self.alg))
            if respelled is not None:
                return f"{text}.{respelled}"
        return None

    def json(self) -> Iterator[VerifyCase]:
        """Correctly MACed payloads and headers whose JSON is not acceptable (or barely is)."""
        for label, data, expect in json_faults(self.codec.encoded(self.payload)):
            comment = f"Payload JSON: {label} (correctly MACed)."
            yield self.case(
                f"payload/{label}", comment, self.signed(self.header, data), expect, "json"
            )
        for label, data, expect in json_faults(self.codec.encoded(self.header)):
            comment = f"Header JSON: {label} (correctly MACed)."
            yield self.case(f"header-json/{label}", comment, self.signed(data), expect, "json")
