"""Semantic checks of exchange formats, and of the exchange-only keys in the other families."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from specmodel.errors import SpecError
from specmodel.source import Path, Source
from specmodel.suggest import did_you_mean, unknown
from specmodel.templates import parse_template, placeholders

Check = Callable[[Source], Iterator[SpecError]]
_SIGNING_SECTIONS = ("signature", "jws", "envelope", "verify", "url", "response")
_INPUT_SOURCES = ("caller", "constant", "secret")


def _fields(source: Source) -> dict[str, tuple[int, dict[str, Any]]]:
    return {raw["name"]: (i, raw) for i, raw in enumerate(source.data["fields"])}


def check_no_exchange_keys(source: Source) -> Iterator[SpecError]:
    """Signing families: no exchange section, no secret-carrying fields, no units."""
    family = source.data["family"]
    if "exchange" in source.data:
        yield source.error(("exchange",), f"a {family} format has no exchange: section")
    if "response" in source.data["example"]:
        yield source.error(("example", "response"), "only exchange examples have a response")
    for i, raw in enumerate(source.data["fields"]):
        if raw.get("source") == "secret":
            yield source.error(("fields", i, "source"), "source: secret is for exchange formats")
        if "unit" in raw:
            yield source.error(("fields", i, "unit"), "unit is for exchange formats")


def check_sections(source: Source) -> Iterator[SpecError]:
    """An exchange describes a call, not a signature."""
    for section in _SIGNING_SECTIONS:
        if section in source.data:
            yield source.error((section,), f"an exchange format has no {section}: section")
    if "response" not in source.data["example"]:
        yield source.error(("example",), "an exchange example needs a canned response")
    if source.data["secret"]["encoding"] != "utf8":
        yield source.error(("secret", "encoding"), "an exchange sends its secret as utf8 text")


def check_fields(source: Source) -> Iterator[SpecError]:
    """Exchange fields are inputs (body members or URL parts); durations have units."""
    for name, (i, raw) in _fields(source).items():
        where: Path = ("fields", i)
        if raw.get("source", "caller") not in _INPUT_SOURCES:
            yield source.error((*where, "source"), f"{name!r}: an exchange field is an input")
        if raw.get("in", "payload") == "header" or isinstance(raw.get("in"), list):
            yield source.error((*where, "in"), f"{name!r}: use payload (the body) or url")
        if raw.get("source") == "secret" and raw["type"] != "string":
            yield source.error((*where, "type"), f"{name!r}: the secret is a string")
        if "unit" in raw and raw["type"] != "integer":
            yield source.error((*where, "unit"), f"{name!r}: a unit is for integer durations")


def check_secret_carried_once(source: Source) -> Iterator[SpecError]:
    """The secret goes to the vendor exactly once: in the auth header or in one body field."""
    request = source.data["exchange"]["request"]
    in_auth = request.get("auth", {}).get("credential") == "secret"
    carriers = [name for name, (_, raw) in _fields(source).items() if raw.get("source") == "secret"]
    if in_auth + len(carriers) != 1:
        yield source.error(
            ("exchange", "request"),
            "the secret must travel exactly once: auth credential: secret, or one body field "
            f"with source: secret (found {in_auth + len(carriers)})",
        )
    for name in carriers:
        i = _fields(source)[name][0]
        if source.data["fields"][i].get("in") == "url":
            yield source.error(("fields", i, "in"), "the secret never travels in a URL")


def check_calls(source: Source) -> Iterator[SpecError]:
    """URL templates name url fields; auth schemes have what they need."""
    exchange = source.data["exchange"]
    for key in ("request", "revoke"):
        if key in exchange:
            yield from _call(exchange[key], ("exchange", key), key, source)
    if "embed_url" in exchange:
        yield from _template(exchange["embed_url"], ("exchange", "embed_url"), True, source)


def _call(call: dict[str, Any], path: Path, key: str, source: Source) -> Iterator[SpecError]:
    yield from _template(call["url"], (*path, "url"), False, source)
    auth = call.get("auth", {"scheme": "none"})
    scheme, credential = auth["scheme"], auth.get("credential")
    if (scheme == "header") != ("header" in auth):
        yield source.error((*path, "auth"), "header: names the header of scheme: header only")
    if (scheme == "none") != (credential is None):
        yield source.error((*path, "auth"), f"scheme {scheme} and credential go together")
    if credential == "token" and key == "request":
        yield source.error((*path, "auth", "credential"), "there is no token before the request")


def _template(text: str, path: Path, token_ok: bool, source: Source) -> Iterator[SpecError]:
    try:
        names = placeholders(parse_template(text))
    except ValueError:
        return  # reported by the builder with the template text
    fields = _fields(source)
    for name in names:
        if name == "token" and token_ok:
            continue
        raw = fields.get(name, (0, None))[1]
        if raw is None:
            hint = did_you_mean(name, [*fields, *(["token"] if token_ok else [])], quote="{{{}}}")
            yield source.error(path, f"unknown placeholder {{{name}}}{hint}")
        elif raw["type"] != "string" or raw.get("source") == "secret":
            yield source.error(path, f"{{{name}}}: a URL takes string fields, never the secret")


def check_response(source: Source) -> Iterator[SpecError]:
    """The lifetime comes from a response member or from an integer field with a unit."""
    expires = source.data["exchange"]["response"].get("expires_in", {})
    if "field" not in expires:
        return
    where: Path = ("exchange", "response", "expires_in")
    raw = _fields(source).get(expires["field"], (0, None))[1]
    if raw is None:
        yield source.error((*where, "field"), unknown("field", expires["field"], _fields(source)))
    elif "unit" not in raw or raw.get("in") == "url":
        yield source.error((*where, "field"), f"{expires['field']!r}: a body field with a unit")
    if "unit" in expires:
        yield source.error((*where, "unit"), "the field's own unit applies: remove unit")


EXCHANGE_CHECKS: tuple[Check, ...] = (
    check_sections,
    check_fields,
    check_secret_carried_once,
    check_calls,
    check_response,
)
