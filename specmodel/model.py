"""The typed model of one token format. Built by :mod:`specmodel.build`; immutable."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from specmodel.errors import Location

# RFC 7519 §4.1's registered claim names: a caller's spread members may not set them.
REGISTERED_CLAIMS = frozenset({"iss", "sub", "aud", "exp", "nbf", "iat", "jti"})


class Family(StrEnum):
    """How the signature travels."""

    JWS = "jws"  # JWS compact serialization (JWT)
    ENVELOPE = "envelope"  # encoded JSON object carrying its own signature field
    SIGNED_URL = "signed-url"  # a string built from the fields, signature appended to a URL
    EXCHANGE = "exchange"  # the backend sends its secret to the vendor and receives a token


class Source(StrEnum):
    """Where a field's value comes from when signing."""

    CALLER = "caller"  # an input of the sign call
    CONSTANT = "constant"  # an input that stays the same for a deployment (e.g. api_key_id)
    CLOCK = "clock"  # the current Unix time
    RANDOM = "random"  # fresh random bytes (nonce, jti)
    SIGNATURE = "signature"  # the envelope field that carries the signature
    SECRET = "secret"  # exchange: the request-body member that carries the secret


class Placement(StrEnum):
    """Where a field travels."""

    PAYLOAD = "payload"  # JWS payload / envelope object / signed-url parameters
    HEADER = "header"  # JWS protected header
    URL = "url"  # only used to build the embed URL; never signed, never in the token


@dataclass(frozen=True)
class Shape:
    """The type of a value, with its constraints; objects may declare their properties."""

    type: str  # string | integer | boolean | unix-time | object | array | map | union
    items: Shape | None = None
    values: Shape | None = None  # type map: every value's shape (keys are the caller's)
    properties: tuple[Field, ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    enum: tuple[Any, ...] = ()
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    variants: tuple[Shape, ...] = ()  # type union: one per JSON type, in declared order

    @property
    def is_free_object(self) -> bool:
        """An object whose keys are the caller's (JSON as given), not declared properties."""
        return self.type == "object" and not self.properties

    @property
    def is_integer(self) -> bool:
        """Integers and Unix times are both JSON integers."""
        return self.type in ("integer", "unix-time")


@dataclass(frozen=True)
class RandomSpec:
    """How many random bytes a random field takes and how they become text."""

    bytes: int
    encoding: str  # hex | base64url-nopad | uuid


@dataclass(frozen=True)
class Default:
    """A default: a literal JSON value, or (for Unix times) now plus some seconds."""

    value: Any = None
    now_plus: int | None = None


@dataclass(frozen=True)
class Field:
    """One named value of a format (a claim, an envelope member, a URL parameter)."""

    name: str  # the exact wire name; may be any JSON string
    shape: Shape
    location: Location
    description: str = ""
    required: bool = True
    source: Source = Source.CALLER
    placement: Placement = Placement.PAYLOAD
    default: Default | None = None
    fixed: Any = None
    random: RandomSpec | None = None
    unit: str | None = None  # exchange: seconds | minutes | milliseconds of a duration
    # JWS: the value is written to the header too, under the same name (``in: [payload,
    # header]``, Tableau's iss); a verifier requires both copies and that they are equal.
    also_in_header: bool = False
    # JWS: a free object whose members are written as top-level claims in its place
    # (``spread: true``, Tableau's user attributes); none may name a declared or registered claim.
    spread: bool = False

    @property
    def is_input(self) -> bool:
        """Whether the sign call takes this field from its caller. A value the signer draws
        from the clock or from random bytes may be given too (tests, replaying a vendor's
        sample, a caller's own nonce); then it is checked like any input."""
        drawn = (Source.CALLER, Source.CONSTANT, Source.CLOCK, Source.RANDOM)
        return self.source in drawn and self.fixed is None

    @property
    def is_drawn(self) -> bool:
        """The signer draws the value (clock, random bytes) when the caller gives none."""
        return self.source in (Source.CLOCK, Source.RANDOM)


@dataclass(frozen=True)
class JsonProfile:
    """How the format writes JSON."""

    item_separator: str
    key_separator: str
    ascii_only: bool
    sort_keys: bool = False


@dataclass(frozen=True)
class Percent:
    """Percent-encoding rule: characters kept besides letters and digits, and the space."""

    safe: str = "-_.~"
    space: str = "%20"
    plus_is_space: bool = False  # verifying: a "+" in the query reads as a space (forms)


@dataclass(frozen=True)
class MessagePart:
    """One piece of a signed string: ``prefix`` + the field's value as text, JSON or %-encoded."""

    field: str
    prefix: str = ""
    encode: str = "text"  # text | json | percent


@dataclass(frozen=True)
class Message:
    """What a signed-string signature covers: joined parts, the URL's query string, or the
    whole URL as built (base, ``?``, the query before the signature parameter)."""

    join: str = ""
    parts: tuple[MessagePart, ...] = ()
    query: bool = False
    url: bool = False

    @property
    def covers_url_text(self) -> bool:
        """The MAC covers URL text (the query, or the whole URL): the signature comes last."""
        return self.query or self.url


@dataclass(frozen=True)
class Signature:
    """The MAC: HMAC algorithm, the text encoding of the MAC, and (when not JWS) the message."""

    algorithm: str  # sha1 | sha256 | sha384 | sha512
    encoding: str  # hex | base64 | base64url | base64url-nopad
    message: Message | None = None


@dataclass(frozen=True)
class TemplatePart:
    """A literal piece of a URL template, or a placeholder (field name or ``token``)."""

    literal: str = ""
    placeholder: str | None = None
    percent: bool = False


@dataclass(frozen=True)
class QueryParam:
    """One query parameter of the embed URL, in order."""

    name: str
    field: str | None = None
    value: str | None = None  # token | signature
    encode: str = "text"  # text | json
    # ``{prefix: …, field: <map>}``: one parameter per key of a map field, named ``name`` + key
    # (Sigma's ``:ua_<attribute>``), written sorted by their encoded names so every language
    # writes the same bytes; a verifier reads them in any order.
    per_key: bool = False


@dataclass(frozen=True)
class Url:
    """The embed URL: base template, query parameters, fragment template, encoding rule."""

    base: tuple[TemplatePart, ...]
    query: tuple[QueryParam, ...] = ()
    fragment: tuple[TemplatePart, ...] | None = None
    percent: Percent = field(default_factory=Percent)


@dataclass(frozen=True)
class ResponseEntry:
    """One member of the sign response: the token, the URL, the signature or a field's value."""

    name: str
    source: str  # token | url | signature | field
    field: str | None = None


@dataclass(frozen=True)
class VerifyPolicy:
    """What a verifier enforces besides the signature."""

    algorithms: tuple[str, ...] = ()
    expires: str | None = None
    # With ``expires: {sum: [a, b]}``: expiry is a + b (Sigma: :time + :session_length).
    expires_plus: str | None = None
    issued_at: str | None = None
    not_before: str | None = None
    max_age: int | None = None
    max_lifetime: int | None = None
    leeway: int = 0
    # JWS: exp, nbf and iat are checked whenever a token carries them (RFC 7519 4.1.4-6),
    # declared or not; a format may opt out (the lint then asks for a reason).
    registered_claims: bool = True


@dataclass(frozen=True)
class Acknowledgement:
    """A risk the format keeps on purpose, with the reason."""

    risk: str
    reason: str
    location: Location


@dataclass(frozen=True)
class Finding:
    """A weakness the lint found; ``acknowledged`` when the YAML keeps it on purpose."""

    risk: str
    severity: str  # high | medium | low
    message: str
    location: Location
    acknowledged: bool = False

    def __str__(self) -> str:
        state = "acknowledged" if self.acknowledged else "NOT acknowledged"
        return f"{self.location}: {self.severity} {self.risk} ({state}): {self.message}"


@dataclass(frozen=True)
class Format:
    """One token format, fully resolved."""

    name: str
    title: str
    vendor: str
    family: Family
    path: str  # the YAML file, relative to the repository when possible
    secret_encoding: str
    min_key_bytes: int | None
    fields: tuple[Field, ...]
    json: JsonProfile
    signature: Signature
    url: Url
    response: tuple[ResponseEntry, ...]
    verify: VerifyPolicy
    header: tuple[tuple[str, str], ...] = ()  # JWS header literals, in order
    header_order: tuple[str, ...] = ()  # JWS: the header's member names as written (or ())
    envelope_encoding: str | None = None
    references: tuple[str, ...] = ()
    acknowledged: tuple[Acknowledgement, ...] = ()
    secret_description: str = ""
    location: Location | None = None
    findings: tuple[Finding, ...] = ()
    embeds: bool = True  # False: no url section; the token goes to the page some other way

    def placeholder_path(self, name: str) -> tuple[Field, ...]:
        """The fields a URL placeholder reads: ``name`` itself, or for ``content.projectUuid``
        (no field of that name) the field ``content`` then its property ``projectUuid``."""
        if any(f.name == name for f in self.fields):
            return (self.field(name),)
        first, *rest = name.split(".")
        chain = [self.field(first)]
        for step in rest:
            chain.append(next(p for p in chain[-1].shape.properties if p.name == step))
        return tuple(chain)

    def field(self, name: str) -> Field:
        """The top-level field called ``name``."""
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    @property
    def jws_algorithm(self) -> str:
        """HS256/HS384/HS512 for JWS formats."""
        return "HS" + self.signature.algorithm.removeprefix("sha")

    def placed(self, placement: Placement) -> tuple[Field, ...]:
        """Fields that travel in ``placement``, in declared order."""
        return tuple(f for f in self.fields if f.placement is placement)

    @property
    def spread_field(self) -> Field | None:
        """The free object whose members sign writes as top-level claims (``spread: true``)."""
        return next((f for f in self.fields if f.spread), None)

    @property
    def taken_claim_names(self) -> frozenset[str]:
        """What a spread field's members may not be called: registered claims and every
        field's name, its own included (a verifier checks a claim of that name as the
        field's shape)."""
        return REGISTERED_CLAIMS | {f.name for f in self.fields}

    @property
    def header_keys(self) -> tuple[str, ...]:
        """A JWS header's member names in the order written: pinned, then fields, unless
        ``jws.header_order`` says otherwise."""
        declared = (*(name for name, _ in self.header), *(f.name for f in self.header_members))
        return self.header_order or declared

    @property
    def header_members(self) -> tuple[Field, ...]:
        """Fields a JWS header carries, in declared order: header-placed and mirrored ones."""
        return tuple(f for f in self.fields if f.placement is Placement.HEADER or f.also_in_header)
