# Code generated from spec/formats/papermap-iframe.yaml — do not edit.

"""Papermap iframe token (Papermap): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://docs.papermap.ai/documentation/multi-tenancy/iframe-tokens

Known risks of this format (kept because the vendor requires them):
    unsigned-fields: the signature does not cover api_key_id, tenant_id, dashboard_id
    ambiguous-concatenation: parts are concatenated with no delimiter, so different inputs can
        sign the same bytes
    unbounded-lifetime: no verify.max_lifetime bounds exp
    no-min-key-length: no minimum key length (secret.min_bytes)
"""

from __future__ import annotations

import binascii
import hmac
import json
import re
import time
from collections.abc import Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast
from urllib.parse import quote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("api_key_id", "workspace_id", "tenant_id", "dashboard_id", "valid_until"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language


class PapermapIframeError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = PapermapIframeError  # the short name the checks below raise


class PapermapIframeInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    api_key_id: str
    """Your Papermap API key identifier (ak_…), the same for every token."""

    workspace_id: str
    """The Papermap workspace that holds the dashboard."""

    tenant_id: str
    """Your customer (tenant) the dashboard is shown to."""

    dashboard_id: str
    """The tenant's dashboard."""

    valid_until: NotRequired[int]
    """When the token stops working (Unix seconds); one hour from now by default."""


class PapermapIframeClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    api_key_id: str
    workspace_id: str
    tenant_id: str
    dashboard_id: str
    valid_until: int


class PapermapIframeSigned(NamedTuple):
    """What :func:`sign` returns: the token, the embed URL, the signature (as in the token) and the
    response for the embedding page, in the vendor's shape (``token``, ``dashboard_id``,
    ``expires_at``).
    """

    token: str
    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: PapermapIframeInput,
    secret: str,
    *,
    now: int | None = None,
) -> PapermapIframeSigned:
    """Sign ``fields`` as a Papermap iframe token.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        PapermapIframeError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    api_key_id = fields.get("api_key_id")
    workspace_id = fields.get("workspace_id")
    tenant_id = fields.get("tenant_id")
    dashboard_id = fields.get("dashboard_id")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(api_key_id) is str
        and api_key_id.isascii()
        and type(workspace_id) is str
        and workspace_id.isascii()
        and type(tenant_id) is str
        and tenant_id.isascii()
        and type(dashboard_id) is str
        and dashboard_id.isascii()
    ):
        api_key_id = _string(_required(fields, "api_key_id"), "api_key_id", _INPUT)
        workspace_id = _string(_required(fields, "workspace_id"), "workspace_id", _INPUT)
        tenant_id = _string(_required(fields, "tenant_id"), "tenant_id", _INPUT)
        dashboard_id = _string(_required(fields, "dashboard_id"), "dashboard_id", _INPUT)
    valid_until = fields.get("valid_until")
    valid_until = _integer(
        now + 3600 if valid_until is None else valid_until, "valid_until", _INPUT
    )
    message = workspace_id + str(valid_until)
    digest = hmac.digest(key, message.encode(), "sha256")
    signature = digest.hex()
    # Strings and integers only: the JSON written out, each string as _json writes it,
    # in a fifth of the time the encoder takes to walk a dict of them.
    envelope = (
        f'{{"api_key_id": {_json(api_key_id)}, "workspace_id": {_json(workspace_id)}, '
        f'"tenant_id": {_json(tenant_id)}, "dashboard_id": {_json(dashboard_id)}, '
        f'"valid_until": {valid_until}, "signature": "{signature}"}}'
    )
    token = _b64url(envelope.encode())
    url = embed_url(token)
    response: dict[str, Any] = {
        "token": token,
        "dashboard_id": dashboard_id,
        "expires_at": valid_until,
    }
    return PapermapIframeSigned(token, url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:url]
def embed_url(token: str) -> str:
    """The embed URL that carries ``token``."""
    url = "https://papermap.ai/embedded/dashboard?embedded-token=" + _percent(token)
    return url


# --8<-- [end:url]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> PapermapIframeClaims:
    """Verify a Papermap iframe token and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        PapermapIframeError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the token).
    """
    key = _key(secret)
    envelope = _object(_from_b64url(token), "token")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := envelope.get("api_key_id")) is str
        and value.isascii()
        and type(value := envelope.get("workspace_id")) is str
        and value.isascii()
        and type(value := envelope.get("tenant_id")) is str
        and value.isascii()
        and type(value := envelope.get("dashboard_id")) is str
        and value.isascii()
        and type(value := envelope.get("valid_until")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
    ):
        _string(_claim(envelope, "api_key_id"), "api_key_id", _CLAIM)
        _string(_claim(envelope, "workspace_id"), "workspace_id", _CLAIM)
        _string(_claim(envelope, "tenant_id"), "tenant_id", _CLAIM)
        _string(_claim(envelope, "dashboard_id"), "dashboard_id", _CLAIM)
        _integer(_claim(envelope, "valid_until"), "valid_until", _CLAIM)
    received = _string(_claim(envelope, "signature"), "signature", _CLAIM)
    signature = _from_hex(received)
    message = envelope["workspace_id"] + str(envelope["valid_until"])
    digest = hmac.digest(key, message.encode(), "sha256")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims = envelope  # parsed here, so it is ours: the signature is dropped in place, no copy
    del claims["signature"]
    now = int(time.time()) if now is None else now
    expires = claims["valid_until"]
    if expires <= now:
        raise _Error("expired", f"expired at {expires}, now {now}, leeway 0s")
    return cast(PapermapIframeClaims, claims)


# --8<-- [end:verify]


def _key(secret: str) -> bytes:
    """The HMAC key: the secret's UTF-8 bytes."""
    if secret == "":
        raise _Error("invalid_key", "the secret is empty")
    try:
        key = secret.encode()
    except UnicodeEncodeError:
        raise _Error("invalid_key", "the secret is not valid text (a lone surrogate)") from None
    return key


def _required(fields: Mapping[str, object], name: str) -> object:
    value = fields.get(name)
    if value is None:
        raise _Error(_INPUT, f"{name} is required")
    return value


def _claim(claims: Mapping[str, object], name: str) -> object:
    if name not in claims:
        raise _Error("missing_claim", f"{name} is required")
    return claims[name]


def _string(value: object, where: str, code: str) -> str:
    if not isinstance(value, str):
        raise _Error(code, f"{where}: expected a string, got {_kind(value)}")
    if not value.isascii():  # only non-ASCII text can hold a lone surrogate
        try:
            value.encode()
        except UnicodeEncodeError:
            raise _Error(code, f"{where}: the string holds a lone surrogate") from None
    return value


def _integer(value: object, where: str, code: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Error(code, f"{where}: expected an integer, got {_kind(value)}")
    if abs(value) > _MAX_SAFE:
        raise _Error(code, f"{where}: {value} is beyond 2**53 - 1")
    return value


def _json_value(value: object, where: str, code: str, depth: int) -> None:
    """Refuse what JSON cannot carry exactly: floats, integers beyond 2**53 - 1, lone
    surrogates, other types, nesting deeper than 64 (``depth`` is the level of ``value``)."""
    if isinstance(value, str):
        _string(value, where, code)
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > _MAX_SAFE:
        raise _Error(code, f"{where}: {value} is beyond 2**53 - 1")
    elif isinstance(value, dict | list):
        if depth > 64:
            raise _Error(code, f"{where}: nested deeper than 64 levels")
        for name in value if isinstance(value, dict) else ():
            _string(name, where, code)
        for item in value.values() if isinstance(value, dict) else value:
            _json_value(item, where, code, depth + 1)
    elif not isinstance(value, int | bool) and value is not None:
        raise _Error(code, f"{where}: {type(value).__name__} is not a JSON value")


def _kind(value: object) -> str:
    names = {bool: "boolean", int: "integer", str: "string", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


# binascii rather than base64's URL-safe wrappers, which check and convert their argument
# again on each call: the same calls underneath. These map standard base64 to URL-safe and back.
_TO_URL = bytes.maketrans(b"+/", b"-_")
_FROM_URL = bytes.maketrans(b"-_", b"+/")


def _b64url(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).translate(_TO_URL).decode()


def _from_b64url(text: str) -> bytes:
    """Canonical URL-safe base64 with padding: any other spelling is malformed."""
    try:
        standard = text.encode("ascii").translate(_FROM_URL)
        data = binascii.a2b_base64(standard)
    except ValueError:  # binascii.Error, and text that is not ASCII
        raise _Error("malformed", "not base64url") from None
    if binascii.b2a_base64(data, newline=False) != standard or "+" in text or "/" in text:
        raise _Error("malformed", "not canonical base64url")
    return data


def _from_hex(text: str) -> bytes:
    """Lowercase hex: any other spelling is malformed."""
    try:
        data = bytes.fromhex(text)
    except ValueError:
        raise _Error("malformed", "not hex") from None
    if data.hex() != text:
        raise _Error("malformed", "not canonical lowercase hex")
    return data


_ENCODER = json.JSONEncoder(separators=(", ", ": "), ensure_ascii=True)
# The format's JSON text: ', ' and ': ' as separators, non-ASCII escaped.
# The bound method, not a function calling it: one Python call less per value written.
_json = _ENCODER.encode


def _object(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = _parse(data.decode(), what)
    except UnicodeDecodeError:
        raise _Error("malformed", f"the {what} is not UTF-8") from None
    if not isinstance(value, dict):
        raise _Error("malformed", f"the {what} is not a JSON object")
    return value


def _parse(text: str, what: str) -> Any:
    """Strict JSON: json.loads, refusing what it lets through (duplicate keys, numbers that are
    not exact integers, lone surrogates, nesting deeper than 64)."""
    # json's duplicate-name hook costs a Python call per object: a text with no '{' after its
    # first character is read without it, and holds no repeated name when it has no more ':'
    # than the object has members (each member takes one). raw_decode skips decode()'s
    # whitespace regexes; whitespace around the document, an error or a doubt goes to decode().
    flat = text.find("{", 1) < 0  # finding a character (memchr) is faster than counting
    try:
        value, end = (_FLAT_DECODER if flat else _DECODER).raw_decode(text)
    except (ValueError, RecursionError):
        end = -1
    else:
        if flat and isinstance(value, dict) and text.count(":") != len(value):
            end = -1
    if end != len(text):
        try:
            value = _DECODER.decode(text)
        except (ValueError, RecursionError) as error:
            raise _Error("malformed", f"the {what} is not strict JSON: {error}") from None
    # Only \uD800-\uDFFF escapes make surrogates, and 64 brackets cannot nest deeper than 64
    # (a flat text without '[' holds one at most).
    deep = (not flat or "[" in text) and text.count("[") + text.count("{") > 64
    if deep or ("\\" in text and _SURROGATE_ESCAPE.search(text)):
        _json_value(value, what, "malformed", 1)
    return value


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members = dict(pairs)
    if len(members) != len(pairs):
        raise ValueError("a key appears twice")
    return members


def _not_integer(text: str) -> int:
    raise ValueError(f"{text} is not an integer")


def _exact_integer(text: str) -> int:
    value = int(text)
    if text == "-0" or abs(value) > _MAX_SAFE:
        raise ValueError(f"{text} is not an exact integer")
    return value


_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicates,
    parse_float=_not_integer,
    parse_int=_exact_integer,
    parse_constant=_not_integer,
)
_FLAT_DECODER = json.JSONDecoder(
    parse_float=_not_integer, parse_int=_exact_integer, parse_constant=_not_integer
)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


# The characters _percent keeps as they are.
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~="


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.~=."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote(text, safe="=")
