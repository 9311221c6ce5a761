"""The intermediate model of an exchange format for one language (the HTTP call as data).

Like :mod:`generator.ir`, the model decides; templates only lay it out. Fields reuse
:class:`generator.ir.FieldIR` (``source == "secret"`` marks the body member carrying the
secret; it is never an input).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.ir import FieldBuilder, FieldIR, JsonIR, ShapeIR, UrlPartIR, json_ir, url_parts
from generator.languages.base import Language
from specmodel.exchange_model import (
    DEFAULT_STATUS_ERRORS,
    SECONDS_PER_UNIT,
    Call,
    ExchangeFormat,
)


@dataclass(frozen=True)
class CallIR:
    """One HTTP call: method, URL template, the auth header (name, prefix, credential)."""

    method: str
    url: tuple[UrlPartIR, ...]
    auth_header_literal: str | None
    auth_prefix_literal: str
    auth_credential: str | None  # secret | token


@dataclass(frozen=True)
class RequireIR:
    """A response member that must equal a JSON value."""

    path: tuple[str, ...]
    path_literals: tuple[str, ...]
    path_text: str
    equals: Any
    equals_literal: str


@dataclass(frozen=True)
class ExchangeIR:
    """Everything a template needs to write one exchange format in one language."""

    name: str
    title: str
    vendor: str
    family: str
    spec_path: str
    module: str
    type_prefix: str
    fields: tuple[FieldIR, ...]
    classes: tuple[ShapeIR, ...]
    secret_description: str
    json: JsonIR
    request: CallIR
    revoke: CallIR | None
    revoke_fields: tuple[FieldIR, ...]  # the inputs the revocation URL uses
    timeout_ms: int
    success: tuple[int, ...]
    status_errors: tuple[tuple[str, str], ...]  # ("429", "rate_limited"), ("5xx", …) in order
    token_path: tuple[str, ...]
    url_path: tuple[str, ...] | None
    expires_field: FieldIR | None
    expires_path: tuple[str, ...] | None
    expires_multiplier: int | None  # seconds per unit (None: milliseconds → divide by 1000)
    expires_divisor: int
    require: tuple[RequireIR, ...]
    embed_url: tuple[UrlPartIR, ...] | None
    default_base_url: str | None
    references: tuple[str, ...]

    @property
    def inputs(self) -> tuple[FieldIR, ...]:
        """The fields the exchange call takes from its caller, in declared order."""
        return tuple(f for f in self.fields if f.is_input)

    @property
    def body_fields(self) -> tuple[FieldIR, ...]:
        """The members of the JSON request body, in declared order (secret included)."""
        return tuple(f for f in self.fields if f.placement == "payload")

    @property
    def has_expiry(self) -> bool:
        return self.expires_field is not None or self.expires_path is not None


def _call(call: Call, by_wire: dict[str, FieldIR], lang: Language) -> CallIR:
    name = call.auth.header_name
    prefix = {"basic": "Basic ", "bearer": "Bearer "}.get(call.auth.scheme, "")
    return CallIR(
        method=call.method,
        url=url_parts(call.url, by_wire),
        auth_header_literal=lang.string_literal(name) if name else None,
        auth_prefix_literal=lang.string_literal(prefix),
        auth_credential=call.auth.credential if name else None,
    )


def build_exchange_ir(fmt: ExchangeFormat, lang: Language) -> ExchangeIR:
    """The intermediate model of the exchange format ``fmt`` for ``lang``."""
    type_prefix = lang.type_name(fmt.name)
    builder = FieldBuilder(lang, lang.class_prefix(type_prefix))
    fields = builder.fields(fmt.fields)
    by_wire = {f.wire: f for f in fields}
    x = fmt.exchange
    rules = {**DEFAULT_STATUS_ERRORS, **{r.status: r.error for r in x.errors}}
    expires = x.response.expires_in
    unit = SECONDS_PER_UNIT[expires.unit] if expires else 1
    revoke_fields: tuple[FieldIR, ...] = ()
    if x.revoke is not None:
        used = {p.placeholder for p in x.revoke.url if p.placeholder is not None}
        revoke_fields = tuple(f for f in fields if f.wire in used and f.is_input)
    default_base = None
    first = x.request.url[0] if x.request.url else None
    if first is not None and first.placeholder is not None and first.placeholder in by_wire:
        spec_field = fmt.field(first.placeholder)
        if spec_field.default is not None and isinstance(spec_field.default.value, str):
            default_base = spec_field.default.value
    return ExchangeIR(
        name=fmt.name,
        title=fmt.title,
        vendor=fmt.vendor,
        family=fmt.family.value,
        spec_path=fmt.path,
        module=lang.module_name(fmt.name),
        type_prefix=type_prefix,
        fields=fields,
        classes=tuple(builder.classes),
        secret_description=fmt.secret_description,
        json=json_ir(fmt.json, lang),
        request=_call(x.request, by_wire, lang),
        revoke=_call(x.revoke, by_wire, lang) if x.revoke is not None else None,
        revoke_fields=revoke_fields,
        timeout_ms=x.timeout,
        success=x.success,
        status_errors=tuple(sorted(rules.items(), key=lambda kv: ("x" in kv[0], kv[0]))),
        token_path=x.response.token,
        url_path=x.response.url,
        expires_field=by_wire[expires.field] if expires and expires.field else None,
        expires_path=expires.path if expires and not expires.field else None,
        expires_multiplier=int(unit) if unit >= 1 else None,
        expires_divisor=1 if unit >= 1 else round(1 / unit),
        require=tuple(
            RequireIR(
                r.path,
                tuple(lang.string_literal(p) for p in r.path),
                ".".join(r.path),
                r.equals,
                lang.literal(r.equals),
            )
            for r in x.response.require
        ),
        embed_url=url_parts(x.embed_url, by_wire) if x.embed_url is not None else None,
        default_base_url=default_base,
        references=fmt.references,
    )
