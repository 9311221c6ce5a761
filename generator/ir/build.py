"""Building the intermediate model of one format for one language."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence

from generator.ir.enums import (
    ByteEncoding,
    Hash,
    Kind,
    QueryValue,
    RandomText,
    ResponseSource,
    SecretEncoding,
    TextForm,
    TimeRole,
)
from generator.ir.model import (
    FieldIR,
    FormatIR,
    JsonIR,
    PartIR,
    QueryIR,
    RegisteredIR,
    ResponseIR,
    ShapeIR,
    UrlPartIR,
    VerifyIR,
)
from generator.ir.needs import needs_of
from generator.ir.percent import percent_encode
from generator.languages.base import Language
from generator.naming import singular, unique
from specmodel.model import (
    Default,
    Family,
    Field,
    Format,
    JsonProfile,
    QueryParam,
    Shape,
    TemplatePart,
)


class FieldBuilder:
    """Turns spec fields into :class:`FieldIR` for one language, collecting declared types.

    A declared object's type is named for one element: the items of ``scopes`` are a
    ``Scope``; ``class_prefix`` goes in front where the language has no namespaces.
    """

    def __init__(self, lang: Language, class_prefix: str) -> None:
        self.lang = lang
        self.class_prefix = class_prefix
        self.classes: list[ShapeIR] = []

    def fields(self, fields: Sequence[Field]) -> tuple[FieldIR, ...]:
        """The fields in order, with identifiers made unique after conversion."""
        lang = self.lang
        idents = unique([lang.escape(lang.member_name(f.name)) for f in fields])
        return tuple(self.field(f, ident) for f, ident in zip(fields, idents, strict=True))

    def field(self, spec: Field, ident: str) -> FieldIR:
        """One field."""
        lang, default = self.lang, spec.default
        shape = self.shape(spec.shape, spec.name)
        return FieldIR(
            wire=spec.name,
            wire_literal=lang.string_literal(spec.name),
            ident=ident,
            description=spec.description,
            shape=shape,
            required=spec.required,
            source=spec.source,
            placement=spec.placement,
            default_literal=self._default_literal(shape, default),
            now_plus=default.now_plus if default else None,
            fixed_literal=lang.literal(spec.fixed) if spec.fixed is not None else None,
            random_bytes=spec.random.bytes if spec.random else None,
            random_encoding=RandomText(spec.random.encoding) if spec.random else None,
            also_in_header=spec.also_in_header,
            spread=spec.spread,
        )

    def _default_literal(self, shape: ShapeIR, default: Default | None) -> str | None:
        """A literal default's expression (a composite one is empty, typed for the field)."""
        if default is None or default.now_plus is not None:
            return None
        if shape.kind in (Kind.OBJECT, Kind.ARRAY):
            return self.lang.empty_literal(shape)
        return self.lang.literal(default.value)

    def shape(self, shape: Shape, name: str) -> ShapeIR:
        """A value's type; a declared object gets a class named for one ``name``."""
        items = self.shape(shape.items, singular(name)) if shape.items is not None else None
        values = self.shape(shape.values, singular(name)) if shape.values is not None else None
        declared = shape.type == "object" and bool(shape.properties)
        class_name = self._class_name(self.lang.type_name(name)) if declared else None
        properties = self.fields(shape.properties) if declared else ()
        ir = ShapeIR(
            kind=Kind(shape.type),
            type_expr=self.lang.type_expr(
                shape, class_name if declared else (items.class_name if items else None)
            ),
            class_name=class_name,
            items=items,
            values=values,
            properties=properties,
            exactly_one_of=tuple(p for p in properties if p.wire in shape.exactly_one_of),
            enum=shape.enum,
            enum_literals=tuple(self.lang.literal(v) for v in shape.enum),
            max_length=shape.max_length,
            minimum=shape.minimum,
            maximum=shape.maximum,
            variants=tuple(self.shape(variant, name) for variant in shape.variants),
        )
        if declared:
            self.classes.append(ir)
        return ir

    def _class_name(self, element: str) -> str:
        taken = {c.class_name for c in self.classes}
        name = self.class_prefix + element
        count = 1
        while name in taken:
            count += 1
            name = f"{self.class_prefix}{element}{count}"
        return name


def build_ir(fmt: Format, lang: Language) -> FormatIR:
    """The intermediate model of ``fmt`` for ``lang``."""
    type_prefix = lang.type_name(fmt.name)
    builder = FieldBuilder(lang, lang.class_prefix(type_prefix))
    fields = builder.fields(fmt.fields)
    by_wire = {f.wire: f for f in fields}
    message = fmt.signature.message
    percent = fmt.url.percent
    return FormatIR(
        name=fmt.name,
        title=fmt.title,
        vendor=fmt.vendor,
        family=fmt.family,
        spec_path=fmt.path,
        module=lang.module_name(fmt.name),
        type_prefix=type_prefix,
        fields=fields,
        classes=tuple(builder.classes),
        secret_encoding=SecretEncoding(fmt.secret_encoding),
        min_key_bytes=fmt.min_key_bytes or 1,
        secret_description=fmt.secret_description,
        json=json_ir(fmt.json, lang),
        hmac=Hash(fmt.signature.algorithm),
        signature_encoding=ByteEncoding(fmt.signature.encoding),
        jws_alg=fmt.jws_algorithm if fmt.header else None,
        header=tuple((lang.string_literal(k), lang.string_literal(v)) for k, v in fmt.header),
        envelope_encoding=ByteEncoding(fmt.envelope_encoding) if fmt.envelope_encoding else None,
        message_join_literal=lang.string_literal(message.join if message else ""),
        message_join=message.join if message else "",
        message_parts=tuple(
            PartIR(by_wire[p.field], lang.string_literal(p.prefix), TextForm(p.encode), p.prefix)
            for p in (message.parts if message else ())
        ),
        message_is_query=bool(message and message.query),
        url_base=url_parts(fmt.url.base, by_wire),
        url_query=tuple(_query(q, lang, by_wire, fmt) for q in fmt.url.query),
        url_fragment=url_parts(fmt.url.fragment, by_wire) if fmt.url.fragment is not None else None,
        percent_safe_literal=lang.string_literal(percent.safe),
        percent_space_literal=lang.string_literal(percent.space),
        percent_safe=percent.safe,
        percent_space=percent.space,
        response=tuple(
            ResponseIR(
                r.name,
                lang.string_literal(r.name),
                lang.escape(lang.member_name(r.name)),
                ResponseSource(r.source),
                by_wire.get(r.field or ""),
            )
            for r in fmt.response
        ),
        verify=_verify(fmt, by_wire, lang),
        needs=needs_of(fmt),
        header_json=header_json(fmt),
        header_segment=_segment(header_json(fmt)),
        url_pattern="".join(
            "(.*?)" if p.placeholder is not None else _escape(p.literal) for p in fmt.url.base
        ),
        references=fmt.references,
        risks=tuple(f"{f.risk}: {f.message}" for f in fmt.findings),
        header_order=fmt.header_keys if fmt.family is Family.JWS else (),
        has_url=fmt.embeds,
        taken_claim_names=tuple(sorted(fmt.taken_claim_names)) if fmt.spread_field else (),
        message_is_url=bool(message and message.url),
        plus_is_space=percent.plus_is_space,
    )


def header_json(fmt: Format) -> str | None:
    """The JWS header's JSON text when no field travels in it (then it is a constant)."""
    if not fmt.header or fmt.header_members:
        return None
    profile, pinned = fmt.json, dict(fmt.header)
    return json.dumps(
        {name: pinned[name] for name in fmt.header_keys},
        separators=(profile.item_separator, profile.key_separator),
        ensure_ascii=profile.ascii_only,
        sort_keys=profile.sort_keys,
    )  # the header holds strings only, where json.dumps and the profile rules agree


def _segment(text: str | None) -> str | None:
    if text is None:
        return None
    return base64.urlsafe_b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


_REGEX_SPECIAL = frozenset("\\.^$|?*+()[]{}")


def _escape(literal: str) -> str:
    """A literal in a regular expression, escaped the way every language's regex reads it."""
    return "".join("\\" + char if char in _REGEX_SPECIAL else char for char in literal)


def json_ir(profile: JsonProfile, lang: Language) -> JsonIR:
    """The JSON profile with its separators as literals of ``lang``."""
    return JsonIR(
        item_separator=profile.item_separator,
        key_separator=profile.key_separator,
        ascii_only=profile.ascii_only,
        sort_keys=profile.sort_keys,
        item_separator_literal=lang.string_literal(profile.item_separator),
        key_separator_literal=lang.string_literal(profile.key_separator),
    )


def _query(param: QueryParam, lang: Language, by_wire: dict[str, FieldIR], fmt: Format) -> QueryIR:
    percent = fmt.url.percent
    return QueryIR(
        name_literal=lang.string_literal(param.name),
        name=param.name,
        field=by_wire.get(param.field or ""),
        value=QueryValue(param.value) if param.value else None,
        encode=TextForm(param.encode),
        name_encoded_literal=lang.string_literal(
            percent_encode(param.name, percent.safe, percent.space)
        ),
        per_key=param.per_key,
    )


def url_parts(parts: Sequence[TemplatePart], by_wire: dict[str, FieldIR]) -> tuple[UrlPartIR, ...]:
    """A URL template as literal, token and field pieces."""
    return tuple(
        UrlPartIR(literal=p.literal)
        if p.placeholder is None
        else UrlPartIR(token=True, percent=p.percent)
        if p.placeholder == "token"
        else _placeholder(p, by_wire)
        for p in parts
    )


def _placeholder(part: TemplatePart, by_wire: dict[str, FieldIR]) -> UrlPartIR:
    """A field's placeholder, or a nested property's (``{content.projectUuid}``)."""
    assert part.placeholder is not None
    if part.placeholder in by_wire:
        return UrlPartIR(field=by_wire[part.placeholder], percent=part.percent)
    first, *steps = part.placeholder.split(".")
    path: list[FieldIR] = []
    for step in steps:
        owner = path[-1] if path else by_wire[first]
        path.append(next(p for p in owner.shape.properties if p.wire == step))
    return UrlPartIR(field=by_wire[first], percent=part.percent, path=tuple(path))


_REGISTERED = ((TimeRole.EXPIRES, "exp"), (TimeRole.NOT_BEFORE, "nbf"), (TimeRole.ISSUED_AT, "iat"))


def _registered(
    fmt: Format, by_wire: dict[str, FieldIR], lang: Language
) -> tuple[RegisteredIR, ...]:
    """The registered time claims a JWS verifier checks beyond its declared policy."""
    if fmt.family is not Family.JWS or not fmt.verify.registered_claims:
        return ()
    return tuple(
        RegisteredIR(name, lang.string_literal(name), role, by_wire.get(name))
        for role, name in _REGISTERED
        if getattr(fmt.verify, role.value) != name
    )


def _verify(fmt: Format, by_wire: dict[str, FieldIR], lang: Language) -> VerifyIR:
    policy = fmt.verify
    return VerifyIR(
        registered=_registered(fmt, by_wire, lang),
        algorithms=tuple(lang.string_literal(a) for a in policy.algorithms),
        expires=by_wire.get(policy.expires or ""),
        expires_plus=by_wire.get(policy.expires_plus or ""),
        issued_at=by_wire.get(policy.issued_at or ""),
        not_before=by_wire.get(policy.not_before or ""),
        max_age=policy.max_age,
        max_lifetime=policy.max_lifetime,
        leeway=policy.leeway,
    )
