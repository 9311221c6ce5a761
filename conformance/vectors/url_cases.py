"""Signed-URL verify cases: the base, the query's shape, percent-encoding, the signature.

Built by editing the example URL's text (or re-rendering it with :class:`UrlCodec`), so they
apply to any template and parameter list the model declares.
"""

from __future__ import annotations

from collections.abc import Iterator

from conformance.vectors import wire
from conformance.vectors.cases import OK, Context, VerifyCase
from conformance.vectors.codecs import UrlCodec
from conformance.vectors.spellings import noncanonical

MALFORMED, BAD_SIGNATURE = "malformed", "bad_signature"
_PERCENT_FAULTS = (("stray-percent", "%"), ("bad-hex", "%zz"), ("invalid-utf8", "%FF"))


class UrlCases:
    """The cases of one signed-URL format, around its example URL."""

    def __init__(self, ctx: Context, codec: UrlCodec) -> None:
        self.ctx, self.codec = ctx, codec
        self.url = codec.forge(codec.claims)
        self.base, _, query = self.url.split("#", 1)[0].partition("?")
        self.pairs = query.split("&")

    def all(self) -> list[VerifyCase]:
        """Every signed-URL-specific case, in a fixed order."""
        groups = (
            self.bases,
            self.query_shape,
            self.percent,
            self.percent_spellings,
            self.signature,
            self.maps,
        )
        return [case for group in groups for case in group()]

    def case(self, name: str, comment: str, url: str, expect: str | None, flag: str) -> VerifyCase:
        """A case of this family (ids under ``verify/url/``)."""
        flags = ("url", flag)
        return self.ctx.verify_case(f"verify/url/{name}", comment, url, flags=flags, expect=expect)

    def with_pairs(self, pairs: list[str]) -> str:
        """The example's base with another query."""
        return f"{self.base}?{'&'.join(pairs)}"

    def bases(self) -> Iterator[VerifyCase]:
        """A base that does not match the template, and text the template's placeholders absorb."""
        first = self.ctx.fmt.url.base[0]
        if first.placeholder is None:
            url = "x" + self.url
            yield self.case("base/prefixed", "Text before the base URL.", url, MALFORMED, "base")
        url = f"{self.base}/?{'&'.join(self.pairs)}"
        yield self.case("base/trailing-slash", "A '/' added to the base.", url, None, "base")
        yield self.case(
            "base/fragment", "A fragment appended (never verified).", self.url + "#x", OK, "base"
        )
        yield self.case("base/no-query", "The base alone.", self.base, MALFORMED, "base")
        for part in self.ctx.fmt.url.base:
            if part.placeholder is not None and part.percent:
                yield from self._template_percent(part.placeholder)

    def _template_percent(self, name: str) -> Iterator[VerifyCase]:
        text = wire.percent(wire.plain(self.codec.claims[name]), self.ctx.fmt)
        for label, fault in _PERCENT_FAULTS:
            url = self.codec.build(self.codec.claims, self.codec.signature, {name: text + fault})
            yield self.case(
                f"percent/{name}/{label}", f"{name}: {fault!r} appended.", url, MALFORMED, "percent"
            )

    def query_shape(self) -> Iterator[VerifyCase]:
        """Parameters unknown, repeated, missing, reordered; the signature misplaced.

        A verifier reads the parameters by name, as the vendor's server does: another order is
        fine when the signature covers the values (Looker), and changes the signed text when it
        covers the query itself (Bold BI: then the signature must also come last)."""
        message = self.ctx.fmt.signature.message
        signs_query = bool(message and message.covers_url_text)
        for label, items, reordered in self._query_rows(self.pairs[:-1], self.pairs[-1]):
            expect = MALFORMED
            if reordered:
                expect = (
                    (BAD_SIGNATURE if label != "signature-first" else MALFORMED)
                    if signs_query
                    else OK
                )
            url = self.with_pairs(items)
            yield self.case(f"query/{label}", f"Query: {label}.", url, expect, "query")

    def _query_rows(self, pairs: list[str], signature: str) -> list[tuple[str, list[str], bool]]:
        rows = [
            ("unknown-first", ["unknown=1", *pairs, signature], False),
            ("unknown-before-signature", [*pairs, "unknown=1", signature], False),
            ("signature-missing", pairs, False),
            ("signature-first", [signature, *pairs], True),
            ("signature-twice", [*pairs, signature, signature], False),
            ("empty-item", [*pairs, "", signature], False),
            ("trailing-ampersand", [*pairs, signature, ""], False),
        ]
        if pairs:
            rows.append(
                ("item-without-equals", [pairs[0].split("=")[0], *pairs[1:], signature], False)
            )
        if len(pairs) >= 2:
            rows.append(("swapped", [pairs[1], pairs[0], *pairs[2:], signature], True))
            if sorted(pairs) != pairs:  # the order Looker's own SDK writes
                rows.append(("sorted", [*sorted(pairs), signature], True))
            rows.append(("repeated", [pairs[0], *pairs, signature], False))
        return rows

    def percent(self) -> Iterator[VerifyCase]:
        """Broken percent-encoding in each parameter's value."""
        for index, pair in enumerate(self.pairs):
            name = pair.split("=")[0]
            for label, fault in _PERCENT_FAULTS:
                items = [*self.pairs[:index], pair + fault, *self.pairs[index + 1 :]]
                comment = f"{name}: {fault!r} appended."
                yield self.case(
                    f"percent/{name}/{label}", comment, self.with_pairs(items), MALFORMED, "percent"
                )

    def percent_spellings(self) -> Iterator[VerifyCase]:
        """Other spellings of the same parameter text: lowercase escapes, escaped letters."""
        for index, pair in enumerate(self.pairs):
            name, _, raw = pair.partition("=")
            for label, respell in _RESPELLINGS:
                respelled = respell(raw)
                if respelled is not None:
                    items = [*self.pairs[:index], f"{name}={respelled}", *self.pairs[index + 1 :]]
                    comment = f"{name}: the same text, percent-encoded otherwise ({label})."
                    url = self.with_pairs(items)
                    yield self.case(f"respelled/{name}/{label}", comment, url, None, "malleable")

    def signature(self) -> Iterator[VerifyCase]:
        """The signature empty, cut, or in a non-canonical spelling of its encoding."""
        signature = self.codec.signature
        rows: list[tuple[str, str, str | None]] = [
            ("empty", "", BAD_SIGNATURE),
            ("truncated", signature[:-4], None),
        ]
        for label, transform in noncanonical(self.ctx.fmt.signature.encoding).items():
            respelled = transform(signature)
            if respelled is not None:
                rows.append((label, respelled, MALFORMED))
        for label, text, expect in rows:
            url = self.codec.build(self.codec.claims, text)
            yield self.case(f"signature/{label}", f"Signature: {label}.", url, expect, "signature")

    def maps(self) -> Iterator[VerifyCase]:
        """A map's parameters: a key repeated, an empty key, the prefix %-encoded, the keys in
        another order. Each URL is signed as received (what the vendor's server MACs)."""
        for param in (p for p in self.ctx.fmt.url.query if p.per_key):
            prefix = wire.percent(param.name, self.ctx.fmt)
            items = [pair for pair in self.pairs[:-1] if pair.startswith(prefix)]
            others = [pair for pair in self.pairs[:-1] if not pair.startswith(prefix)]
            encoded = "".join(f"%{byte:02X}" for byte in param.name.encode())
            rows = [
                ("repeated-key", [*others, *items, items[0]], MALFORMED),
                ("empty-key", [*others, f"{prefix}=x"], MALFORMED),
                ("prefix-encoded", [*others, *(encoded + i[len(prefix) :] for i in items)], OK),
                ("keys-reversed", [*others, *reversed(items)], OK),
                ("prefix-alone-in-name", [*others, f"{prefix[:-1]}=x"], MALFORMED),
            ]
            for label, pairs, expect in rows:
                url = self._signed(pairs)
                comment = f"{param.field}: {label.replace('-', ' ')}; signed as received."
                yield self.case(f"map/{param.field}/{label}", comment, url, expect, "map")

    def _signed(self, pairs: list[str]) -> str:
        """``pairs`` and a signature over the URL text they make (the vendor's own MAC)."""
        text, message = self.with_pairs(pairs), self.ctx.fmt.signature.message
        assert message is not None  # a map's parameters are signed with the URL or its query
        signed = text if message.url else text.partition("?")[2]
        name = self.pairs[-1].partition("=")[0]
        mac = wire.mac_text(self.ctx.fmt, self.codec.key, signed)
        return f"{text}&{name}={wire.percent(mac, self.ctx.fmt)}"


def _lower_escapes(raw: str) -> str | None:
    pieces = raw.split("%")
    lowered = "%".join([pieces[0], *(piece[:2].lower() + piece[2:] for piece in pieces[1:])])
    return lowered if lowered != raw else None


def _escape_letter(raw: str) -> str | None:
    index = 0
    while index < len(raw):
        char = raw[index]
        if char == "%":
            index += 3
        elif char.isascii() and char.isalpha():
            return f"{raw[:index]}%{ord(char):02X}{raw[index + 1 :]}"
        else:
            index += 1
    return None


_RESPELLINGS = (("lowercase-escapes", _lower_escapes), ("escaped-letter", _escape_letter))
