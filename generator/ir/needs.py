"""What a format's generated file needs, decided at generation time (language-independent).

Each language's template includes a helper only when the format needs it: a papermap file has
no JSON reader for free values, a JWS file no percent-decoder. The facts are computed from the
spec model alone, so every language agrees on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.ir.enums import ByteEncoding, Kind, RandomText, SecretEncoding, TextForm
from specmodel.model import Family, Field, Format, Shape, Source


@dataclass(frozen=True)
class Needs:
    """The helpers one format's file must carry."""

    secret: SecretEncoding  # how the key bytes are read from the secret text
    encodes: frozenset[ByteEncoding]  # byte encodings sign writes
    decodes: frozenset[ByteEncoding]  # byte encodings verify reads back (canonically)
    json_write: bool  # sign writes JSON text (a JWS, an envelope, a value as JSON)
    json_read: bool  # verify parses JSON text
    free_json: bool  # some value is the caller's own JSON (a free object), written and read
    arrays: bool  # some value is a JSON array
    declared_objects: bool  # some value is an object with declared members (its own type)
    percent_encode: bool  # the URL or the signed string percent-encodes text
    percent_decode: bool  # verify reads percent-encoded text back (signed URLs)
    random: bool  # a field draws fresh random bytes
    uuid: bool  # a random field is an RFC 9562 version 4 UUID
    integers_from_text: bool  # verify reads integers or booleans from URL text
    raw_url_fields: bool  # a field is placed raw in the base URL ('?' and '#' refused)
    sign_clock: bool  # sign reads the clock (a clock field, or a default of now plus N)
    maps: bool = False  # a map field travels as prefixed query parameters (sorted by name)

    def encodes_with(self, encoding: str) -> bool:
        """Sign writes bytes in ``encoding``."""
        return encoding in self.encodes

    def decodes_with(self, encoding: str) -> bool:
        """Verify reads bytes in ``encoding``."""
        return encoding in self.decodes


def needs_of(fmt: Format) -> Needs:
    """The helpers ``fmt`` needs."""
    shapes = list(_all_shapes(fmt.fields))
    json_parts = _json_valued(fmt)
    return Needs(
        secret=SecretEncoding(fmt.secret_encoding),
        encodes=_encodes(fmt),
        decodes=_decodes(fmt),
        json_write=fmt.family in (Family.JWS, Family.ENVELOPE) or json_parts,
        json_read=fmt.family in (Family.JWS, Family.ENVELOPE) or json_parts,
        free_json=any(s.type == "object" and not s.properties for s in shapes),
        arrays=any(s.type == "array" for s in shapes),
        declared_objects=any(s.type == "object" and bool(s.properties) for s in shapes),
        percent_encode=_percent_encodes(fmt),
        percent_decode=fmt.family is Family.SIGNED_URL,
        random=any(f.source is Source.RANDOM for f in fmt.fields),
        uuid=any(f.random is not None and f.random.encoding == RandomText.UUID for f in fmt.fields),
        sign_clock=any(
            f.source is Source.CLOCK or (f.default is not None and f.default.now_plus is not None)
            for f in fmt.fields
        ),
        integers_from_text=fmt.family is Family.SIGNED_URL and _text_integers(fmt),
        raw_url_fields=any(
            p.placeholder not in (None, "token") and not p.percent for p in fmt.url.base
        ),
        maps=any(param.per_key for param in fmt.url.query),
    )


def _all_shapes(fields: tuple[Field, ...]) -> list[Shape]:
    found: list[Shape] = []
    for spec in fields:
        _walk(spec.shape, found)
    return found


def _walk(shape: Shape, found: list[Shape]) -> None:
    found.append(shape)
    if shape.items is not None:
        _walk(shape.items, found)
    if shape.values is not None:
        _walk(shape.values, found)
    for prop in shape.properties:
        _walk(prop.shape, found)
    for variant in shape.variants:
        _walk(variant, found)


def _json_valued(fmt: Format) -> bool:
    """A signed-string part or a query parameter carries a value as JSON text."""
    message = fmt.signature.message
    parts = message.parts if message is not None else ()
    return any(p.encode == TextForm.JSON for p in parts) or any(
        q.encode == TextForm.JSON for q in fmt.url.query
    )


def _encodes(fmt: Format) -> frozenset[ByteEncoding]:
    found = {ByteEncoding(fmt.signature.encoding)}
    if fmt.family is Family.JWS:
        found.add(ByteEncoding.BASE64URL_NOPAD)
    if fmt.envelope_encoding is not None:
        found.add(ByteEncoding(fmt.envelope_encoding))
    for spec in fmt.fields:
        if spec.random is not None and spec.random.encoding != RandomText.UUID:
            found.add(ByteEncoding(spec.random.encoding))
    return frozenset(found)


def _decodes(fmt: Format) -> frozenset[ByteEncoding]:
    found = {ByteEncoding(fmt.signature.encoding)}
    if fmt.family is Family.JWS:
        found.add(ByteEncoding.BASE64URL_NOPAD)
    if fmt.envelope_encoding is not None:
        found.add(ByteEncoding(fmt.envelope_encoding))
    return frozenset(found)


def _percent_encodes(fmt: Format) -> bool:
    message = fmt.signature.message
    parts = message.parts if message is not None else ()
    templated = [*fmt.url.base, *(fmt.url.fragment or ())]
    return (
        bool(fmt.url.query)
        or any(p.encode == TextForm.PERCENT for p in parts)
        or any(p.percent for p in templated)
    )


def _text_integers(fmt: Format) -> bool:
    """A signed URL carries an integer or boolean as plain text (not JSON)."""
    kinds = (Kind.INTEGER, Kind.UNIX_TIME, Kind.BOOLEAN)
    as_text = [q.field for q in fmt.url.query if q.field and q.encode == TextForm.TEXT]
    as_text += [p.placeholder for p in fmt.url.base if p.placeholder not in (None, "token")]
    return any(fmt.field(name).shape.type in kinds for name in as_text if name)
