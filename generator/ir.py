"""The intermediate model: a format as one language sees it (identifiers, types, literals).

The model decides everything here; templates only lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.languages.base import Language
from generator.naming import unique
from specmodel.model import Family, Field, Format, Placement, Shape, Source


@dataclass(frozen=True)
class ShapeIR:
    """A value's type in the target language, with its constraints."""

    kind: str
    type_expr: str
    class_name: str | None = None
    items: ShapeIR | None = None
    properties: tuple[FieldIR, ...] = ()
    exactly_one_of: tuple[FieldIR, ...] = ()
    enum: tuple[Any, ...] = ()
    enum_literals: tuple[str, ...] = ()
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None

    @property
    def is_free_object(self) -> bool:
        """A JSON object whose keys are the caller's."""
        return self.kind == "object" and not self.properties

    @property
    def is_integer(self) -> bool:
        """Integers and Unix times."""
        return self.kind in ("integer", "unix-time")


@dataclass(frozen=True)
class FieldIR:
    """One field: its exact wire name and the identifier that stands for it."""

    wire: str
    wire_literal: str
    ident: str
    description: str
    shape: ShapeIR
    required: bool
    source: str
    placement: str
    default_literal: str | None = None
    now_plus: int | None = None
    fixed_literal: str | None = None
    random_bytes: int | None = None
    random_encoding: str | None = None

    @property
    def is_input(self) -> bool:
        """Taken from the sign call's caller."""
        return self.source in ("caller", "constant") and self.fixed_literal is None

    @property
    def optional_input(self) -> bool:
        """The caller may leave it out (a default applies, or the field is optional)."""
        return not self.required or self.default_literal is not None or self.now_plus is not None


@dataclass(frozen=True)
class PartIR:
    """One piece of a signed string."""

    field: FieldIR
    prefix_literal: str
    encode: str


@dataclass(frozen=True)
class UrlPartIR:
    """A piece of a URL template: a literal, ``token``, or a field (raw or %-encoded)."""

    literal: str | None = None
    field: FieldIR | None = None
    token: bool = False
    percent: bool = False


@dataclass(frozen=True)
class QueryIR:
    """One query parameter."""

    name_literal: str
    name: str
    field: FieldIR | None = None
    value: str | None = None
    encode: str = "text"


@dataclass(frozen=True)
class ResponseIR:
    """One member of the sign response."""

    name: str
    name_literal: str
    ident: str
    source: str
    field: FieldIR | None = None


@dataclass(frozen=True)
class FormatIR:
    """Everything a template needs to write one format in one language."""

    name: str
    title: str
    vendor: str
    family: str
    spec_path: str
    module: str
    type_prefix: str
    fields: tuple[FieldIR, ...]
    classes: tuple[ShapeIR, ...]
    secret_encoding: str
    min_key_bytes: int
    secret_description: str
    json: dict[str, Any]
    hmac: str
    signature_encoding: str
    jws_alg: str | None
    header: tuple[tuple[str, str], ...]
    envelope_encoding: str | None
    message_join_literal: str
    message_parts: tuple[PartIR, ...]
    message_is_query: bool
    url_base: tuple[UrlPartIR, ...]
    url_query: tuple[QueryIR, ...]
    url_fragment: tuple[UrlPartIR, ...] | None
    percent_safe_literal: str
    percent_space_literal: str
    response: tuple[ResponseIR, ...]
    verify: dict[str, Any]
    references: tuple[str, ...]
    risks: tuple[str, ...] = field(default_factory=tuple)

    def fields_in(self, placement: str) -> tuple[FieldIR, ...]:
        """Fields that travel in ``placement`` (payload, header, url)."""
        return tuple(f for f in self.fields if f.placement == placement)

    @property
    def inputs(self) -> tuple[FieldIR, ...]:
        """Fields the sign call takes from its caller, in declared order."""
        return tuple(f for f in self.fields if f.is_input)

    @property
    def signature_field(self) -> FieldIR | None:
        """The envelope member that carries the signature."""
        return next((f for f in self.fields if f.source == "signature"), None)

    def field(self, wire: str) -> FieldIR:
        """The top-level field with wire name ``wire``."""
        return next(f for f in self.fields if f.wire == wire)


class _Builder:
    """Turns one :class:`Format` into a :class:`FormatIR` for one language."""

    def __init__(self, fmt: Format, lang: Language) -> None:
        self.fmt, self.lang = fmt, lang
        self.type_prefix = lang.type_name(fmt.name)
        self.classes: list[ShapeIR] = []

    def fields(self, fields: tuple[Field, ...], owner: str) -> tuple[FieldIR, ...]:
        idents = unique([self.lang.escape(self.lang.member_name(f.name)) for f in fields])
        return tuple(self.field(f, ident, owner) for f, ident in zip(fields, idents, strict=True))

    def field(self, spec: Field, ident: str, owner: str) -> FieldIR:
        lang, default = self.lang, spec.default
        return FieldIR(
            wire=spec.name,
            wire_literal=lang.string_literal(spec.name),
            ident=ident,
            description=spec.description,
            shape=self.shape(spec.shape, owner + self.lang.type_name(spec.name)),
            required=spec.required,
            source=spec.source.value,
            placement=spec.placement.value,
            default_literal=lang.literal(default.value)
            if default and default.now_plus is None
            else None,
            now_plus=default.now_plus if default else None,
            fixed_literal=lang.literal(spec.fixed) if spec.fixed is not None else None,
            random_bytes=spec.random.bytes if spec.random else None,
            random_encoding=spec.random.encoding if spec.random else None,
        )

    def shape(self, shape: Shape, class_name: str) -> ShapeIR:
        items = self.shape(shape.items, class_name) if shape.items is not None else None
        declared = shape.type == "object" and bool(shape.properties)
        properties = self.fields(shape.properties, class_name) if declared else ()
        ir = ShapeIR(
            kind=shape.type,
            type_expr=self.lang.type_expr(
                shape, class_name if declared else (items.class_name if items else None)
            ),
            class_name=class_name if declared else None,
            items=items,
            properties=properties,
            exactly_one_of=tuple(p for p in properties if p.wire in shape.exactly_one_of),
            enum=shape.enum,
            enum_literals=tuple(self.lang.literal(v) for v in shape.enum),
            max_length=shape.max_length,
            minimum=shape.minimum,
            maximum=shape.maximum,
        )
        if declared:
            self.classes.append(ir)
        return ir


def build_ir(fmt: Format, lang: Language) -> FormatIR:
    """The intermediate model of ``fmt`` for ``lang``."""
    builder = _Builder(fmt, lang)
    fields = builder.fields(fmt.fields, builder.type_prefix)
    by_wire = {f.wire: f for f in fields}
    message = fmt.signature.message
    return FormatIR(
        name=fmt.name,
        title=fmt.title,
        vendor=fmt.vendor,
        family=fmt.family.value,
        spec_path=fmt.path,
        module=lang.module_name(fmt.name),
        type_prefix=builder.type_prefix,
        fields=fields,
        classes=tuple(builder.classes),
        secret_encoding=fmt.secret_encoding,
        min_key_bytes=fmt.min_key_bytes or 1,
        secret_description=fmt.secret_description,
        json=vars(fmt.json),
        hmac=fmt.signature.algorithm,
        signature_encoding=fmt.signature.encoding,
        jws_alg=fmt.jws_algorithm if fmt.family is Family.JWS else None,
        header=tuple((lang.string_literal(k), lang.string_literal(v)) for k, v in fmt.header),
        envelope_encoding=fmt.envelope_encoding,
        message_join_literal=lang.string_literal(message.join if message else ""),
        message_parts=tuple(
            PartIR(by_wire[p.field], lang.string_literal(p.prefix), p.encode)
            for p in (message.parts if message else ())
        ),
        message_is_query=bool(message and message.query),
        url_base=_url_parts(fmt.url.base, by_wire),
        url_query=tuple(
            QueryIR(
                lang.string_literal(q.name), q.name, by_wire.get(q.field or ""), q.value, q.encode
            )
            for q in fmt.url.query
        ),
        url_fragment=_url_parts(fmt.url.fragment, by_wire)
        if fmt.url.fragment is not None
        else None,
        percent_safe_literal=lang.string_literal(fmt.url.percent.safe),
        percent_space_literal=lang.string_literal(fmt.url.percent.space),
        response=tuple(
            ResponseIR(
                r.name,
                lang.string_literal(r.name),
                lang.escape(lang.member_name(r.name)),
                r.source,
                by_wire.get(r.field or ""),
            )
            for r in fmt.response
        ),
        verify=_verify(fmt, by_wire, lang),
        references=fmt.references,
        risks=tuple(f"{f.risk}: {f.message}" for f in fmt.findings),
    )


def _url_parts(parts: Any, by_wire: dict[str, FieldIR]) -> tuple[UrlPartIR, ...]:
    return tuple(
        UrlPartIR(literal=p.literal)
        if p.placeholder is None
        else UrlPartIR(token=True)
        if p.placeholder == "token"
        else UrlPartIR(field=by_wire[p.placeholder], percent=p.percent)
        for p in parts
    )


def _verify(fmt: Format, by_wire: dict[str, FieldIR], lang: Language) -> dict[str, Any]:
    policy = fmt.verify
    return {
        "algorithms": [lang.string_literal(a) for a in policy.algorithms],
        "expires": by_wire.get(policy.expires or ""),
        "issued_at": by_wire.get(policy.issued_at or ""),
        "not_before": by_wire.get(policy.not_before or ""),
        "max_age": policy.max_age,
        "max_lifetime": policy.max_lifetime,
        "leeway": policy.leeway,
    }


__all__ = ["FieldIR", "FormatIR", "Placement", "ShapeIR", "Source", "build_ir"]
