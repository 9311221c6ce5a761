"""The intermediate model: a format as one language sees it (identifiers, types, literals).

The model decides everything here; templates only lay it out. Every closed vocabulary is an
enum (:mod:`generator.ir.enums`); every policy is a typed record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.ir import url_text
from generator.ir.enums import (
    ByteEncoding,
    Family,
    Hash,
    Kind,
    Placement,
    QueryValue,
    RandomText,
    ResponseSource,
    SecretEncoding,
    Source,
    TextForm,
    TimeRole,
)
from generator.ir.needs import Needs


@dataclass(frozen=True)
class ShapeIR:
    """A value's type in the target language, with its constraints."""

    kind: Kind
    type_expr: str
    class_name: str | None = None
    items: ShapeIR | None = None
    values: ShapeIR | None = None  # a map's value type (a string, maybe constrained)
    properties: tuple[FieldIR, ...] = ()
    exactly_one_of: tuple[FieldIR, ...] = ()
    enum: tuple[Any, ...] = ()
    enum_literals: tuple[str, ...] = ()
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    variants: tuple[ShapeIR, ...] = ()  # a union's, in declared order (distinct JSON types)

    @property
    def is_free_object(self) -> bool:
        """A JSON object whose keys are the caller's."""
        return self.kind is Kind.OBJECT and not self.properties

    @property
    def is_declared_object(self) -> bool:
        """An object with declared properties (it has a type of its own)."""
        return self.kind is Kind.OBJECT and bool(self.properties)

    @property
    def is_integer(self) -> bool:
        """Integers and Unix times."""
        return self.kind in (Kind.INTEGER, Kind.UNIX_TIME)

    @property
    def has_constraints(self) -> bool:
        """Whether a value of this type needs checks beyond its type (bounds, enum, length)."""
        bounds = (self.max_length, self.minimum, self.maximum)
        return bool(self.enum) or any(bound is not None for bound in bounds)


@dataclass(frozen=True)
class FieldIR:
    """One field: its exact wire name and the identifier that stands for it."""

    wire: str
    wire_literal: str
    ident: str
    description: str
    shape: ShapeIR
    required: bool
    source: Source
    placement: Placement
    default_literal: str | None = None
    now_plus: int | None = None
    fixed_literal: str | None = None
    random_bytes: int | None = None
    random_encoding: RandomText | None = None
    # JWS: also written to the header (same name and value); a verifier compares the copies.
    also_in_header: bool = False
    # JWS: a free object whose members are written as top-level claims in its place; sign
    # refuses a member named like any declared field or RFC 7519 registered claim.
    spread: bool = False

    @property
    def is_input(self) -> bool:
        """Taken from the sign call's caller (a drawn value may be given too)."""
        inputs = (Source.CALLER, Source.CONSTANT, Source.CLOCK, Source.RANDOM)
        return self.source in inputs and self.fixed_literal is None

    @property
    def is_drawn(self) -> bool:
        """The signer reads the clock or draws random bytes when the caller gives no value."""
        return self.source in (Source.CLOCK, Source.RANDOM)

    @property
    def has_default(self) -> bool:
        """A default applies when the caller leaves it out."""
        return self.default_literal is not None or self.now_plus is not None

    @property
    def optional_input(self) -> bool:
        """The caller may leave it out (a default applies, it is drawn, or it is optional)."""
        return not self.required or self.has_default or self.is_drawn

    @property
    def may_be_absent(self) -> bool:
        """Whether a resolved sign value can be missing (optional, no default, not drawn)."""
        return self.is_input and not self.required and not self.has_default and not self.is_drawn


@dataclass(frozen=True)
class PartIR:
    """One piece of a signed string: a prefix, then the field's value in some form."""

    field: FieldIR
    prefix_literal: str
    encode: TextForm
    prefix: str = ""


@dataclass(frozen=True)
class UrlPartIR:
    """A piece of a URL template: a literal, ``token``, or a field (raw or %-encoded)."""

    literal: str | None = None
    field: FieldIR | None = None
    token: bool = False
    percent: bool = False
    # ``{content.projectUuid}``: the properties read inside ``field``, outermost first (each a
    # required member of a declared object; the last one is the scalar placed in the URL).
    path: tuple[FieldIR, ...] = ()

    @property
    def leaf(self) -> FieldIR | None:
        """The value the URL shows: the field, or the last property of its path."""
        return self.path[-1] if self.path else self.field


@dataclass(frozen=True)
class QueryIR:
    """One query parameter: a field's value (as text or JSON), the token or the signature."""

    name_literal: str
    name: str
    field: FieldIR | None = None
    value: QueryValue | None = None
    encode: TextForm = TextForm.TEXT
    name_encoded_literal: str = ""  # the name already %-encoded (it is a constant)
    # A map field's parameters: one per key, named ``name`` (the prefix) + key, written sorted
    # by encoded name; a verifier gathers every parameter whose decoded name starts with it.
    per_key: bool = False


@dataclass(frozen=True)
class ResponseIR:
    """One member of the sign response."""

    name: str
    name_literal: str
    ident: str
    source: ResponseSource
    field: FieldIR | None = None


@dataclass(frozen=True)
class JsonIR:
    """The JSON profile: the exact bytes every JSON text of the format is written with."""

    item_separator: str
    key_separator: str
    ascii_only: bool
    sort_keys: bool
    item_separator_literal: str
    key_separator_literal: str


@dataclass(frozen=True)
class RegisteredIR:
    """A JWS registered time claim checked whenever the token carries it (RFC 7519 4.1.4-6),
    beyond the format's declared policy; ``field`` is set when the format declares it anyway
    (then its declared check already covers its type)."""

    name: str  # exp | nbf | iat
    name_literal: str
    role: TimeRole
    field: FieldIR | None = None


@dataclass(frozen=True)
class VerifyIR:
    """What a verifier enforces besides the signature, with the fields it reads."""

    algorithms: tuple[str, ...]  # string literals of the allowed JWS ``alg`` values
    expires: FieldIR | None
    issued_at: FieldIR | None
    not_before: FieldIR | None
    max_age: int | None
    max_lifetime: int | None
    leeway: int
    registered: tuple[RegisteredIR, ...] = ()
    # ``expires: {sum: [a, b]}``: expiry is ``expires`` + ``expires_plus`` (Sigma's :time +
    # :session_length), compared exactly (the sum may pass 2^53).
    expires_plus: FieldIR | None = None

    @property
    def checks_times(self) -> bool:
        """Whether any time rule applies (then the verifier reads the clock)."""
        declared = (self.expires, self.issued_at, self.not_before)
        return any(f is not None for f in declared) or bool(self.registered)


@dataclass(frozen=True)
class FormatIR:
    """Everything a template needs to write one format in one language."""

    name: str
    title: str
    vendor: str
    family: Family
    spec_path: str
    module: str
    type_prefix: str
    fields: tuple[FieldIR, ...]
    classes: tuple[ShapeIR, ...]
    secret_encoding: SecretEncoding
    min_key_bytes: int
    secret_description: str
    json: JsonIR
    hmac: Hash
    signature_encoding: ByteEncoding
    jws_alg: str | None
    header: tuple[tuple[str, str], ...]
    envelope_encoding: ByteEncoding | None
    message_join_literal: str
    message_parts: tuple[PartIR, ...]
    message_is_query: bool
    url_base: tuple[UrlPartIR, ...]
    url_query: tuple[QueryIR, ...]
    url_fragment: tuple[UrlPartIR, ...] | None
    percent_safe_literal: str
    percent_space_literal: str
    response: tuple[ResponseIR, ...]
    verify: VerifyIR
    needs: Needs
    references: tuple[str, ...]
    risks: tuple[str, ...] = field(default_factory=tuple)
    percent_safe: str = ""
    percent_space: str = "%20"
    message_join: str = ""
    # A JWS header without fields is a constant: its JSON and its base64url segment.
    header_json: str | None = None
    header_segment: str | None = None
    # A signed URL's base template as a regular expression: literals escaped (portable
    # escapes only), each placeholder one lazy group, in order.
    url_pattern: str = ""
    # JWS: the header's member names in the order written (pinned ones and fields).
    header_order: tuple[str, ...] = ()
    # What a spread field's members may not be called (specmodel's Format.taken_claim_names),
    # sorted: the generated code lists them as a constant.
    taken_claim_names: tuple[str, ...] = ()
    has_url: bool = True  # False: the format builds no embed URL (the token goes elsewhere)
    # A signed URL whose MAC covers the URL exactly as built: base, "?", the query before the
    # signature parameter (Sigma); as received when verifying.
    message_is_url: bool = False
    # Verifying a signed URL: a "+" in a query name or value reads as a space (form decoding).
    plus_is_space: bool = False

    @property
    def is_jws(self) -> bool:
        """A JWS compact serialization (JWT)."""
        return self.family is Family.JWS

    @property
    def is_envelope(self) -> bool:
        """An encoded JSON object carrying its own signature member."""
        return self.family is Family.ENVELOPE

    @property
    def is_signed_url(self) -> bool:
        """A URL whose parameters are signed; the signature is its last parameter."""
        return self.family is Family.SIGNED_URL

    @property
    def token_kept_whole(self) -> bool:
        """Percent-encoding keeps every character of a token this format signs (url_text.py)."""
        return url_text.token_kept_whole(self)

    @property
    def signature_kept_whole(self) -> bool:
        """Percent-encoding keeps every character of this format's signature text."""
        return url_text.signature_kept_whole(self)

    @property
    def token_encoded_in_url(self) -> bool:
        """The embed URL percent-encodes the token somewhere (query, or ``{token|percent}``)."""
        return any(url_text.token_placements(self))

    @property
    def token_is_url_text(self) -> bool:
        """sign() may hand its own token to the URL builder unscanned (url_text.py)."""
        return url_text.token_is_url_text(self)

    def fields_in(self, placement: str) -> tuple[FieldIR, ...]:
        """Fields that travel in ``placement`` (payload, header, url)."""
        return tuple(f for f in self.fields if f.placement == placement)

    @property
    def inputs(self) -> tuple[FieldIR, ...]:
        """Fields the sign call takes from its caller, in declared order."""
        return tuple(f for f in self.fields if f.is_input)

    @property
    def url_inputs(self) -> tuple[FieldIR, ...]:
        """Inputs that only build the embed URL (never signed, never in the token)."""
        return tuple(f for f in self.inputs if f.placement is Placement.URL)

    @property
    def url_fields(self) -> tuple[FieldIR, ...]:
        """Fields the embed URL places besides the token (base, fragment, query), in declared
        order; a URL-only input among them, and fixed values too."""
        parts = (*self.url_base, *(self.url_fragment or ()))
        used = {p.field.wire for p in parts if p.field is not None}
        used |= {q.field.wire for q in self.url_query if q.field is not None}
        return tuple(f for f in self.fields if f.wire in used)

    @property
    def signed_values(self) -> tuple[FieldIR, ...]:
        """Fields whose values sign resolves, in declared order (all but the signature)."""
        return tuple(f for f in self.fields if f.source is not Source.SIGNATURE)

    @property
    def signature_field(self) -> FieldIR | None:
        """The envelope member that carries the signature."""
        return next((f for f in self.fields if f.source is Source.SIGNATURE), None)

    @property
    def claims(self) -> tuple[FieldIR, ...]:
        """The fields a verified token or URL carries, in declared order."""
        if self.is_signed_url:
            return tuple(f for f in self.fields if f.source is not Source.SIGNATURE)
        return tuple(
            f
            for f in self.fields
            if f.placement is not Placement.URL and f.source is not Source.SIGNATURE
        )

    @property
    def claims_in_check_order(self) -> tuple[FieldIR, ...]:
        """Claims in the order verification checks them: payload members, then header ones."""
        claims = self.claims
        return tuple(f for f in claims if f.placement is not Placement.HEADER) + tuple(
            f for f in claims if f.placement is Placement.HEADER
        )

    @property
    def header_fields(self) -> tuple[FieldIR, ...]:
        """Fields a JWS header carries, in declared order: header-placed and mirrored ones."""
        return tuple(f for f in self.fields if f.placement is Placement.HEADER or f.also_in_header)

    @property
    def mirrored(self) -> tuple[FieldIR, ...]:
        """Payload fields the header carries too; a verifier requires the two to be equal."""
        return tuple(f for f in self.fields if f.also_in_header)

    @property
    def spread_field(self) -> FieldIR | None:
        """The free object whose members sign writes as top-level claims (Tableau's)."""
        return next((f for f in self.fields if f.spread), None)

    @property
    def named_params(self) -> tuple[QueryIR, ...]:
        """The query parameters with a name of their own (a field's, the token, the signature)."""
        return tuple(q for q in self.url_query if not q.per_key)

    @property
    def map_params(self) -> tuple[QueryIR, ...]:
        """The query parameters that carry a map, one per key: ``name`` is their prefix."""
        return tuple(q for q in self.url_query if q.per_key)

    def map_param(self, field: FieldIR) -> QueryIR | None:
        """The prefix parameter that carries ``field``, when it is a map."""
        return next((q for q in self.map_params if q.field is field), None)

    def header_rank(self, wire: str) -> int:
        """Where the header member ``wire`` is written (``header_order``)."""
        return self.header_order.index(wire)

    def field(self, wire: str) -> FieldIR:
        """The top-level field with wire name ``wire``."""
        return next(f for f in self.fields if f.wire == wire)
