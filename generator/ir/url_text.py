"""Where a format's embed URL may take its own token and signature as they are, decided once.

A signer knows at generation time which characters its tokens and signatures can hold: the
punctuation of their byte encoding (a JWS adds its dots). Where the format's percent set keeps
all of them, encoding them changes nothing, so sign() may hand its own token (or signature) to
the URL builder without scanning it; the public embed-URL function still encodes a token it is
given, which may hold anything. Every language's templates ask these, never their own copies.
Python's sign() passes its token through embed_url() all the same: its _percent() returns a
token it keeps whole after one scan in C (bytes.translate), so a second path would save little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.ir.enums import ByteEncoding, QueryValue

if TYPE_CHECKING:
    from generator.ir.model import FormatIR

PUNCTUATION = {  # the characters of each encoding that are not ASCII letters or digits
    ByteEncoding.HEX: "",
    ByteEncoding.BASE64: "+/=",
    ByteEncoding.BASE64URL: "-_=",
    ByteEncoding.BASE64URL_NOPAD: "-_",
}


def token_kept_whole(f: FormatIR) -> bool:
    """The percent set keeps every character of a token this format signs."""
    encoding = f.envelope_encoding or ByteEncoding.BASE64URL_NOPAD  # a JWS's segments
    return _kept(f, PUNCTUATION[encoding] + ("." if f.is_jws else ""))


def signature_kept_whole(f: FormatIR) -> bool:
    """The percent set keeps every character of a signature as this format writes it."""
    return _kept(f, PUNCTUATION[f.signature_encoding])


def token_placements(f: FormatIR) -> list[bool]:
    """For each place the URL carries the token: whether it is percent-encoded there (the
    query always; the base and fragment where the template says ``|percent``)."""
    templated = (*f.url_base, *(f.url_fragment or ()))
    placed = [p.percent for p in templated if p.token]
    return placed + [True for q in f.url_query if q.value is QueryValue.TOKEN]


def token_is_url_text(f: FormatIR) -> bool:
    """sign() may place its own token as it is: the URL encodes the token wherever it carries
    it, and encoding keeps such a token whole."""
    placed = token_placements(f)
    usable = f.has_url and not f.is_signed_url
    return usable and bool(placed) and all(placed) and token_kept_whole(f)


def _kept(f: FormatIR, punctuation: str) -> bool:
    return all(char in f.percent_safe for char in punctuation)
