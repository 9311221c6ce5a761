"""The request an exchange format sends: resolved inputs → URL, headers and JSON body."""

from __future__ import annotations

from typing import Any, NoReturn

from conformance.reference import jsontext
from conformance.reference.encodings import percent_encode
from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.http import HttpRequest
from conformance.reference.sign import ordered_object
from conformance.reference.values import RandomBytes, Values, resolve_inputs
from specmodel.exchange_model import Auth, Call, ExchangeFormat
from specmodel.model import Field, Placement, Source, TemplatePart

_FORBIDDEN_IN_HEADERS = ("\r", "\n", "\0")


def resolve(fmt: ExchangeFormat, fields: Values, now: int) -> Values:
    """Every input's value (defaults applied, shapes checked); the secret is not among them."""
    inputs = tuple(f for f in fmt.fields if f.source is not Source.SECRET)
    return resolve_inputs(inputs, fields, now, RandomBytes(b""))


def resolve_for_call(fmt: ExchangeFormat, call: Call, fields: Values, now: int) -> Values:
    """Only the inputs ``call``'s URL uses (a revocation needs no body fields)."""
    used = {part.placeholder for part in call.url if part.placeholder is not None}
    inputs = tuple(f for f in fmt.fields if f.name in used and f.source is not Source.SECRET)
    given = {name: value for name, value in fields.items() if name in used}
    return resolve_inputs(inputs, given, now, RandomBytes(b""))


def check_secret(secret: str) -> None:
    """An empty secret, or one that would break a header, is refused (never echoed)."""
    if not secret:
        _fail(ErrorCode.INVALID_KEY, "the secret is empty")
    if any(char in secret for char in _FORBIDDEN_IN_HEADERS):
        _fail(ErrorCode.INVALID_KEY, "the secret holds a line break or NUL")


def build_request(fmt: ExchangeFormat, secret: str, values: Values) -> HttpRequest:
    """The token request: URL from its template, auth header, JSON body in declared order."""
    call = fmt.exchange.request
    body = _body(fmt, secret, values)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    headers.update(_auth(call.auth, secret))
    return HttpRequest(call.method, url_of(call, values), headers, body, fmt.exchange.timeout)


def build_revoke(fmt: ExchangeFormat, secret: str, token: str, values: Values) -> HttpRequest:
    """The revocation request: no body, the token (or secret) where the auth says."""
    call = fmt.exchange.revoke
    assert call is not None  # callers check the format has one
    credential = token if call.auth.credential == "token" else secret
    headers = {"Accept": "application/json", **_auth(call.auth, credential)}
    return HttpRequest(call.method, url_of(call, values), headers, b"", fmt.exchange.timeout)


def url_of(call: Call, values: Values) -> str:
    """The call's URL; it must be an absolute http(s) URL."""
    url = render(call.url, values, None)
    if not url.startswith(("https://", "http://")) or len(url.split("/", 3)[2]) == 0:
        _fail(ErrorCode.INVALID_INPUT, "the server URL must start with https:// (or http://)")
    return url


def render(parts: tuple[TemplatePart, ...], values: Values, token: str | None) -> str:
    """A template with ``{field}`` raw, ``{field|percent}`` encoded, ``{token}`` filled."""
    out = []
    for part in parts:
        if part.placeholder is None:
            out.append(part.literal)
            continue
        text = token if part.placeholder == "token" else values.get(part.placeholder)
        if not isinstance(text, str):
            _fail(ErrorCode.INVALID_INPUT, f"{part.placeholder} is required for the URL")
        out.append(percent_encode(text, "-_.~", "%20") if part.percent else text)
    return "".join(out)


def _auth(auth: Auth, credential: str) -> dict[str, str]:
    name = auth.header_name
    if name is None:
        return {}
    prefix = {"basic": "Basic ", "bearer": "Bearer "}.get(auth.scheme, "")
    return {name: prefix + credential}


def _body(fmt: ExchangeFormat, secret: str, values: Values) -> bytes:
    payload = fmt.placed(Placement.PAYLOAD)
    with_secret = {**values, **{f.name: secret for f in payload if _is_secret(f)}}
    obj: dict[str, Any] = ordered_object(payload, with_secret, fmt.json.sort_keys)
    profile = jsontext.JsonProfile(
        fmt.json.item_separator, fmt.json.key_separator, fmt.json.ascii_only, fmt.json.sort_keys
    )
    return jsontext.encode(obj, profile).encode("utf-8")


def _is_secret(field: Field) -> bool:
    return field.source is Source.SECRET


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
