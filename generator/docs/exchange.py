"""What an exchange format's page says about its HTTP call: the request, its fields, the answer
it reads, the errors it maps, the revocation call. Every value is page text already."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from generator.docs.findings import cell
from specmodel.exchange_model import DEFAULT_STATUS_ERRORS, Auth, Call, ExchangeFormat
from specmodel.model import Field, Placement, Source, TemplatePart
from specmodel.templates import placeholders

_AUTH = {
    "none": "no authentication header",
    "basic": "HTTP Basic",
    "bearer": "a Bearer token",
    "header": "a header",
}
_CREDENTIALS = {"secret": "the secret", "token": "the token from the exchange"}


@dataclass(frozen=True)
class CallText:
    """An HTTP call as the page writes it: ``METHOD url-template`` and its authentication."""

    line: str
    auth: str


@dataclass(frozen=True)
class FieldRow:
    """A row of the request's field table (cells already escaped)."""

    name: str
    travels: str
    kind: str
    source: str
    required: str
    default: str
    description: str


@dataclass(frozen=True)
class ErrorRow:
    """A status and the error code it becomes (the spec's own rules first, then defaults)."""

    status: str
    error: str
    when: str


@dataclass(frozen=True)
class ExchangeFacts:
    """Everything the page states about the exchange."""

    request: CallText
    timeout_ms: int
    timeout_is_default: bool
    secret: str  # where the secret travels
    fields: tuple[FieldRow, ...]
    answer: tuple[str, ...]  # bullet texts
    errors: tuple[ErrorRow, ...]
    revoke: CallText | None


def exchange_facts(fmt: ExchangeFormat) -> ExchangeFacts:
    """The facts of ``fmt``'s page."""
    exchange = fmt.exchange
    return ExchangeFacts(
        request=call_text(exchange.request),
        timeout_ms=exchange.timeout,
        timeout_is_default=exchange.timeout_ms is None,
        secret=_secret_travel(fmt),
        fields=tuple(_field_row(f, placeholders(exchange.request.url)) for f in fmt.fields),
        answer=_answer(fmt),
        errors=_errors(fmt),
        revoke=call_text(exchange.revoke) if exchange.revoke is not None else None,
    )


def call_text(call: Call) -> CallText:
    """``POST https://…/{id|percent}`` and how the call authenticates."""
    return CallText(f"{call.method} {template_text(call.url)}", _auth(call.auth))


def template_text(parts: Sequence[TemplatePart]) -> str:
    """A URL template as the spec writes it, ``{name}`` or ``{name|percent}`` per placeholder."""
    return "".join(
        part.literal
        if part.placeholder is None
        else "{" + part.placeholder + ("|percent" if part.percent else "") + "}"
        for part in parts
    )


def _auth(auth: Auth) -> str:
    text = _AUTH.get(auth.scheme, auth.scheme)
    if auth.scheme == "header" and auth.header:
        text = f"the `{auth.header}` header"
    if auth.credential:
        text += f" carrying {_CREDENTIALS.get(auth.credential, auth.credential)}"
    return text


def _secret_travel(fmt: ExchangeFormat) -> str:
    carriers = [f"`{f.name}`" for f in fmt.fields if f.source is Source.SECRET]
    auth = fmt.exchange.request.auth
    if carriers:
        where = f"in the JSON body as {', '.join(carriers)}"
    elif auth.credential == "secret":
        where = f"in the {auth.header_name} header"
    else:
        where = "not sent"
    description = f" ({cell(fmt.secret_description)})" if fmt.secret_description else ""
    return where + description


def _field_row(f: Field, in_url: Sequence[str]) -> FieldRow:
    travels = "URL" if f.placement is Placement.URL else "body"
    if f.placement is not Placement.URL and f.name in in_url:
        travels = "URL, body"
    return FieldRow(
        name=f.name,
        travels=travels,
        kind=f.shape.type + (f" ({f.unit})" if f.unit else ""),
        source=f.source.value,
        required="yes" if f.required else "no",
        default=_default(f),
        description=cell(f.description) or "—",
    )


def _default(f: Field) -> str:
    if f.default is None:
        return "—"
    if f.default.now_plus is not None:
        return f"now + {f.default.now_plus} s"
    return f"`{json.dumps(f.default.value)}`"


def _answer(fmt: ExchangeFormat) -> tuple[str, ...]:
    exchange = fmt.exchange
    response = exchange.response
    success = ", ".join(str(status) for status in exchange.success)
    lines = [
        f"**Success:** HTTP {success}, a JSON object",
        f"**Token:** `{'.'.join(response.token)}`",
    ]
    lines += _embed_url(fmt)
    lines.append(_expires(fmt))
    lines += [
        f"**Required:** `{'.'.join(e.path)}` is `{json.dumps(e.equals)}`, else `bad_response`"
        for e in response.require
    ]
    return tuple(lines)


def _embed_url(fmt: ExchangeFormat) -> list[str]:
    exchange = fmt.exchange
    if exchange.response.url is not None:
        return [f"**Embed URL:** `{'.'.join(exchange.response.url)}` of the answer"]
    if exchange.embed_url is not None:
        return [f"**Embed URL:** `{template_text(exchange.embed_url)}`"]
    return []


def _expires(fmt: ExchangeFormat) -> str:
    expiry = fmt.exchange.response.expires_in
    if expiry is None:
        return "**Expires:** not stated by the answer"
    if expiry.path is not None:
        return f"**Expires in:** `{'.'.join(expiry.path)}` of the answer ({expiry.unit})"
    return f"**Expires in:** the request field `{expiry.field}` ({expiry.unit})"


def _errors(fmt: ExchangeFormat) -> tuple[ErrorRow, ...]:
    rules = fmt.exchange.errors
    own = {rule.status for rule in rules}
    return tuple(ErrorRow(r.status, r.error, cell(r.when) or "—") for r in rules) + tuple(
        ErrorRow(status, error, "(default)")
        for status, error in DEFAULT_STATUS_ERRORS.items()
        if status not in own
    )
