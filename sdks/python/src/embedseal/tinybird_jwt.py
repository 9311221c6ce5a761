# Code generated from spec/formats/tinybird-jwt.yaml — do not edit.

"""Tinybird JWT (Tinybird): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://www.tinybird.co/docs/forward/administration/tokens/jwt

Known risks of this format (kept because the vendor requires them):
    unbounded-lifetime: no verify.max_lifetime bounds exp
    no-min-key-length: no minimum key length (secret.min_bytes)
"""

from __future__ import annotations

import binascii
import hmac
import json
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, TypeVar, cast
from urllib.parse import quote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("workspace_id", "name", "exp", "scopes", "limits", "chart_url"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}
# _HEADER decoded: verify takes it as it is when a token's header segment is that one.
_HEADER_OBJECT: dict[str, Any] = {"alg": "HS256", "typ": "JWT"}
_T = TypeVar("_T")


class TinybirdJwtError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = TinybirdJwtError  # the short name the checks below raise


class TinybirdJwtScope(TypedDict):
    """A declared object of the Tinybird JWT."""

    type: str

    resource: str
    """Pipe or data source name or id."""

    fixed_params: NotRequired[dict[str, Any]]
    """Pipe parameters that override any value in the request URL."""

    filter: NotRequired[str]
    """SQL WHERE clause applied to a data source."""


class TinybirdJwtLimits(TypedDict):
    """A declared object of the Tinybird JWT."""

    rps: int
    """Requests per second for this token name; 0 or less means unlimited."""


class TinybirdJwtInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    workspace_id: str
    """The Tinybird workspace (UUID)."""

    name: str
    """Token name, used for usage stats and the rate-limit bucket."""

    exp: NotRequired[int]
    """Expiry (Unix seconds); Tinybird refuses tokens without it."""

    scopes: list[TinybirdJwtScope]

    limits: NotRequired[TinybirdJwtLimits]

    chart_url: str
    """The chart or endpoint URL from Tinybird's iframe snippet (not signed)."""


class TinybirdJwtClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    workspace_id: str
    name: str
    exp: int
    scopes: list[TinybirdJwtScope]
    limits: NotRequired[TinybirdJwtLimits]


class TinybirdJwtSigned(NamedTuple):
    """What :func:`sign` returns: the token, the embed URL, the signature (as in the token) and the
    response for the embedding page, in the vendor's shape (``token``, ``expires_at``).
    """

    token: str
    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: TinybirdJwtInput,
    secret: str,
    *,
    now: int | None = None,
) -> TinybirdJwtSigned:
    """Sign ``fields`` as a Tinybird JWT.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        TinybirdJwtError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a value
            is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    workspace_id = fields.get("workspace_id")
    name = fields.get("name")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(workspace_id) is str
        and workspace_id.isascii()
        and type(name) is str
        and name.isascii()
    ):
        workspace_id = _string(_required(fields, "workspace_id"), "workspace_id", _INPUT)
        name = _string(_required(fields, "name"), "name", _INPUT)
    exp = fields.get("exp")
    exp = _integer(now + 3600 if exp is None else exp, "exp", _INPUT)
    scopes = _array(_required(fields, "scopes"), "scopes", _INPUT, _tinybird_jwt_scope)
    limits = fields.get("limits")
    if limits is not None:
        limits = _tinybird_jwt_limits(limits, "limits", _INPUT)
    chart_url = _string(_required(fields, "chart_url"), "chart_url", _INPUT)
    payload: dict[str, Any] = {
        "workspace_id": workspace_id,
        "name": name,
        "exp": exp,
        "scopes": scopes,
    }
    if limits is not None:
        payload["limits"] = limits
    signing_input = _HEADER + "." + _b64url_nopad(_json(payload).encode())
    digest = hmac.digest(key, signing_input.encode("ascii"), "sha256")
    signature = _b64url_nopad(digest)
    token = signing_input + "." + signature
    url = embed_url(token, chart_url=chart_url)
    response: dict[str, Any] = {
        "token": token,
        "expires_at": exp,
    }
    return TinybirdJwtSigned(token, url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:url]
def embed_url(token: str, *, chart_url: str) -> str:
    """The embed URL that carries ``token``."""
    url = _raw(chart_url, "chart_url") + "?token=" + _percent(token)
    return url


# --8<-- [end:url]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> TinybirdJwtClaims:
    """Verify a Tinybird JWT and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        TinybirdJwtError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``alg_not_allowed``, ``missing_claim``, ``invalid_claim``,
            ``expired``, ``not_yet_valid`` or ``lifetime_too_long`` (the token).
    """
    key = _key(secret)
    segments = token.split(".")
    if len(segments) != 3:
        raise _Error("malformed", f"a JWS has 3 segments, this has {len(segments)}")
    # A token this module signed has this header byte for byte: no need to decode it again.
    if segments[0] == _HEADER:
        header = _HEADER_OBJECT
    else:
        header = _object(_from_b64url_nopad(segments[0]), "header")
    payload_bytes = _from_b64url_nopad(segments[1])
    signature = _from_b64url_nopad(segments[2])
    algorithm = header.get("alg")
    if algorithm != "HS256":
        raise _Error("alg_not_allowed", f"alg {algorithm!r} is not HS256")
    if "crit" in header:  # RFC 7515 section 4.1.11: no extension is understood here
        raise _Error("malformed", "the header lists critical extensions")
    signing_input = (segments[0] + "." + segments[1]).encode("ascii")
    digest = hmac.digest(key, signing_input, "sha256")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    payload = _object(payload_bytes, "payload")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := payload.get("workspace_id")) is str
        and value.isascii()
        and type(value := payload.get("name")) is str
        and value.isascii()
        and type(value := payload.get("exp")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
    ):
        _string(_claim(payload, "workspace_id"), "workspace_id", _CLAIM)
        _string(_claim(payload, "name"), "name", _CLAIM)
        _integer(_claim(payload, "exp"), "exp", _CLAIM)
    _array(_claim(payload, "scopes"), "scopes", _CLAIM, _tinybird_jwt_scope)
    if "limits" in payload:
        _tinybird_jwt_limits(payload["limits"], "limits", _CLAIM)
    if "nbf" in payload:
        _integer(payload["nbf"], "nbf", _CLAIM)
    if "iat" in payload:
        _integer(payload["iat"], "iat", _CLAIM)
    claims = payload
    now = int(time.time()) if now is None else now
    expires = claims["exp"]
    if expires <= now:
        raise _Error("expired", f"expired at {expires}, now {now}, leeway 0s")
    registered_nbf = claims.get("nbf")
    if registered_nbf is not None and registered_nbf > now:
        raise _Error("not_yet_valid", f"nbf {registered_nbf} (now {now}, leeway 0s)")
    registered_iat = claims.get("iat")
    if registered_iat is not None and registered_iat > now:
        raise _Error("not_yet_valid", f"iat {registered_iat} (now {now}, leeway 0s)")
    return cast(TinybirdJwtClaims, claims)


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


def _tinybird_jwt_scope(value: object, where: str, code: str) -> TinybirdJwtScope:
    """Check one TinybirdJwtScope: declared members, in order (signing refuses others)."""
    item = _mapping(value, where, code, ("type", "resource", "fixed_params", "filter"))
    out: dict[str, Any] = {}
    out["type"] = _one_of(
        _string(_member(item, "type", where, code), where + ".type", code),
        ("PIPES:READ", "DATASOURCES:READ"),
        where + ".type",
        code,
    )
    out["resource"] = _string(_member(item, "resource", where, code), where + ".resource", code)
    if "fixed_params" in item:
        out["fixed_params"] = _free(item["fixed_params"], where + ".fixed_params", code, 4)
    if "filter" in item:
        out["filter"] = _string(item["filter"], where + ".filter", code)
    return cast(TinybirdJwtScope, out)


def _tinybird_jwt_limits(value: object, where: str, code: str) -> TinybirdJwtLimits:
    """Check one TinybirdJwtLimits: declared members, in order (signing refuses others)."""
    item = _mapping(value, where, code, ("rps",))
    out: dict[str, Any] = {}
    out["rps"] = _integer(_member(item, "rps", where, code), where + ".rps", code)
    return cast(TinybirdJwtLimits, out)


def _required(fields: Mapping[str, object], name: str) -> object:
    value = fields.get(name)
    if value is None:
        raise _Error(_INPUT, f"{name} is required")
    return value


def _claim(claims: Mapping[str, object], name: str) -> object:
    if name not in claims:
        raise _Error("missing_claim", f"{name} is required")
    return claims[name]


def _member(item: Mapping[str, object], name: str, where: str, code: str) -> object:
    if name not in item:
        missing = "missing_claim" if code == "invalid_claim" else code
        raise _Error(missing, f"{where}.{name} is required")
    return item[name]


def _mapping(value: object, where: str, code: str, names: tuple[str, ...]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Error(code, f"{where}: expected an object, got {_kind(value)}")
    for name in value if code == _INPUT else ():
        if name not in names:
            raise _Error(code, f"{where}: unknown member {name!r}")
    return value


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


def _array(
    value: object, where: str, code: str, check: Callable[[object, str, str], Any]
) -> list[Any]:
    if not isinstance(value, list):
        raise _Error(code, f"{where}: expected an array, got {_kind(value)}")
    return [check(item, f"{where}[{index}]", code) for index, item in enumerate(value)]


def _free(value: object, where: str, code: str, depth: int) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Error(code, f"{where}: expected an object, got {_kind(value)}")
    _json_value(value, where, code, depth)
    return value


def _one_of(value: _T, allowed: tuple[object, ...], where: str, code: str) -> _T:
    if value not in allowed:
        raise _Error(code, f"{where}: {value!r} is not one of {allowed}")
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


def _b64url_nopad(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).translate(_TO_URL).rstrip(b"=").decode()


def _from_b64url_nopad(text: str) -> bytes:
    """Canonical URL-safe base64 without padding: any other spelling is malformed."""
    try:
        data = binascii.a2b_base64(
            text.encode("ascii").translate(_FROM_URL) + b"=" * (-len(text) % 4)
        )
    except ValueError:  # binascii.Error, and text that is not ASCII
        raise _Error("malformed", "not base64url-nopad") from None
    if _b64url_nopad(data) != text:
        raise _Error("malformed", "not canonical base64url-nopad")
    return data


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True)
# The format's JSON text: ',' and ':' as separators, non-ASCII escaped.
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
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.~."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote(text, safe="")


def _raw(text: str, name: str) -> str:
    """A value placed in the URL as it is: a '?' or '#' would end that part of the URL."""
    if "?" in text or "#" in text:
        raise _Error(_INPUT, f"{name}: '?' and '#' cannot appear here")
    return text
