# Code generated from spec/formats/lightdash-embed.yaml — do not edit.

"""Lightdash embedded dashboard JWT (Lightdash): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://docs.lightdash.com/references/embedding
https://docs.lightdash.com/references/iframe-embedding

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
_INPUTS = frozenset(("content", "user", "userAttributes", "iat", "exp", "site_url"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}
# _HEADER decoded: verify takes it as it is when a token's header segment is that one.
_HEADER_OBJECT: dict[str, Any] = {"alg": "HS256", "typ": "JWT"}
_HASHES = {
    "HS256": "sha256",
    "HS384": "sha384",
    "HS512": "sha512",
}
_T = TypeVar("_T")


class LightdashEmbedError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = LightdashEmbedError  # the short name the checks below raise


class LightdashEmbedDashboardFiltersInteractivity(TypedDict):
    """A declared object of the Lightdash embedded dashboard JWT."""

    enabled: str | bool
    """"all", "some" (those in allowedFilters) or "none"; true/false (older form)."""

    allowedFilters: NotRequired[list[str]]
    """With "some", the filter ids the viewer may change."""


class LightdashEmbedParameterInteractivity(TypedDict):
    """A declared object of the Lightdash embedded dashboard JWT."""

    enabled: bool
    """Whether the viewer may change dashboard parameters."""


class LightdashEmbedContent(TypedDict):
    """A declared object of the Lightdash embedded dashboard JWT."""

    type: str
    """Always "dashboard" here (Lightdash's chart embeds are another shape)."""

    projectUuid: str
    """The project the dashboard belongs to (also in the URL's path)."""

    dashboardUuid: str
    """The dashboard to show."""

    dashboardFiltersInteractivity: NotRequired[LightdashEmbedDashboardFiltersInteractivity]
    """Which dashboard filters the viewer may change."""

    parameterInteractivity: NotRequired[LightdashEmbedParameterInteractivity]

    canExportCsv: NotRequired[bool]

    canExportImages: NotRequired[bool]

    canExportPagePdf: NotRequired[bool]

    canDateZoom: NotRequired[bool]

    canExplore: NotRequired[bool]

    canViewUnderlyingData: NotRequired[bool]


class LightdashEmbedUser(TypedDict):
    """A declared object of the Lightdash embedded dashboard JWT."""

    externalId: NotRequired[str]

    email: NotRequired[str]


class LightdashEmbedInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    content: LightdashEmbedContent
    """What is embedded and what the viewer may do with it."""

    user: NotRequired[LightdashEmbedUser]
    """Who is viewing, for Lightdash's query tags and user attributes."""

    userAttributes: NotRequired[dict[str, Any]]
    """Values for the project's user attributes (row-level filters), by name."""

    iat: NotRequired[int]
    """When the token was issued (jsonwebtoken adds it)."""

    exp: NotRequired[int]
    """Expiry (expiresIn "1 hour" in Lightdash's snippet)."""

    site_url: str
    """Your Lightdash site, without a trailing slash (https://app.lightdash.cloud)."""


class LightdashEmbedClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    content: LightdashEmbedContent
    user: NotRequired[LightdashEmbedUser]
    userAttributes: NotRequired[dict[str, Any]]
    iat: int
    exp: int


class LightdashEmbedSigned(NamedTuple):
    """What :func:`sign` returns: the token, the embed URL, the signature (as in the token) and the
    response for the embedding page, in the vendor's shape (``token``, ``url``, ``expires_at``).
    """

    token: str
    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: LightdashEmbedInput,
    secret: str,
    *,
    now: int | None = None,
) -> LightdashEmbedSigned:
    """Sign ``fields`` as a Lightdash embedded dashboard JWT.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        LightdashEmbedError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    content = _lightdash_embed_content(_required(fields, "content"), "content", _INPUT)
    user = fields.get("user")
    if user is not None:
        user = _lightdash_embed_user(user, "user", _INPUT)
    user_attributes = fields.get("userAttributes")
    if user_attributes is not None:
        user_attributes = _free(user_attributes, "userAttributes", _INPUT, 2)
    iat = fields.get("iat")
    iat = _integer(now if iat is None else iat, "iat", _INPUT)
    exp = fields.get("exp")
    exp = _integer(now + 3600 if exp is None else exp, "exp", _INPUT)
    site_url = _string(_required(fields, "site_url"), "site_url", _INPUT)
    payload: dict[str, Any] = {
        "content": content,
    }
    if user is not None:
        payload["user"] = user
    if user_attributes is not None:
        payload["userAttributes"] = user_attributes
    payload["iat"] = iat
    payload["exp"] = exp
    signing_input = _HEADER + "." + _b64url_nopad(_json(payload).encode())
    digest = hmac.digest(key, signing_input.encode("ascii"), "sha256")
    signature = _b64url_nopad(digest)
    token = signing_input + "." + signature
    url = embed_url(token, content=content, site_url=site_url)
    response: dict[str, Any] = {
        "token": token,
        "url": url,
        "expires_at": exp,
    }
    return LightdashEmbedSigned(token, url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:url]
def embed_url(token: str, *, content: LightdashEmbedContent, site_url: str) -> str:
    """The embed URL that carries ``token``."""
    url = _raw(site_url, "site_url") + "/embed/" + _percent(content["projectUuid"]) + "#" + token
    return url


# --8<-- [end:url]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> LightdashEmbedClaims:
    """Verify a Lightdash embedded dashboard JWT and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        LightdashEmbedError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
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
    if not isinstance(algorithm, str) or algorithm not in _HASHES:  # a list is unhashable
        raise _Error("alg_not_allowed", f"alg {algorithm!r} is not one of {', '.join(_HASHES)}")
    if "crit" in header:  # RFC 7515 section 4.1.11: no extension is understood here
        raise _Error("malformed", "the header lists critical extensions")
    signing_input = (segments[0] + "." + segments[1]).encode("ascii")
    digest = hmac.digest(key, signing_input, _HASHES[algorithm])
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    payload = _object(payload_bytes, "payload")
    _lightdash_embed_content(_claim(payload, "content"), "content", _CLAIM)
    if "user" in payload:
        _lightdash_embed_user(payload["user"], "user", _CLAIM)
    if "userAttributes" in payload:
        _free(payload["userAttributes"], "userAttributes", _CLAIM, 2)
    _integer(_claim(payload, "iat"), "iat", _CLAIM)
    _integer(_claim(payload, "exp"), "exp", _CLAIM)
    if "nbf" in payload:
        _integer(payload["nbf"], "nbf", _CLAIM)
    claims = payload
    now = int(time.time()) if now is None else now
    expires = claims["exp"]
    issued = claims["iat"]
    if expires <= now:
        raise _Error("expired", f"expired at {expires}, now {now}, leeway 0s")
    if issued > now:
        raise _Error("not_yet_valid", f"iat {issued} is after now {now} + 0s")
    registered_nbf = claims.get("nbf")
    if registered_nbf is not None and registered_nbf > now:
        raise _Error("not_yet_valid", f"nbf {registered_nbf} (now {now}, leeway 0s)")
    return cast(LightdashEmbedClaims, claims)


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


def _lightdash_embed_dashboard_filters_interactivity(
    value: object, where: str, code: str
) -> LightdashEmbedDashboardFiltersInteractivity:
    """Check one LightdashEmbedDashboardFiltersInteractivity: declared members, in order (signing
    refuses others).
    """
    item = _mapping(value, where, code, ("enabled", "allowedFilters"))
    out: dict[str, Any] = {}
    out["enabled"] = _union(
        _member(item, "enabled", where, code),
        where + ".enabled",
        code,
        string=lambda item, at, code: _one_of(
            _string(item, at, code), ("all", "some", "none"), at, code
        ),
        boolean=_boolean,
    )
    if "allowedFilters" in item:
        out["allowedFilters"] = _array(
            item["allowedFilters"], where + ".allowedFilters", code, _string
        )
    return cast(LightdashEmbedDashboardFiltersInteractivity, out)


def _lightdash_embed_parameter_interactivity(
    value: object, where: str, code: str
) -> LightdashEmbedParameterInteractivity:
    """Check one LightdashEmbedParameterInteractivity: declared members, in order (signing refuses
    others).
    """
    item = _mapping(value, where, code, ("enabled",))
    out: dict[str, Any] = {}
    out["enabled"] = _boolean(_member(item, "enabled", where, code), where + ".enabled", code)
    return cast(LightdashEmbedParameterInteractivity, out)


def _lightdash_embed_content(value: object, where: str, code: str) -> LightdashEmbedContent:
    """Check one LightdashEmbedContent: declared members, in order (signing refuses others)."""
    item = _mapping(
        value,
        where,
        code,
        (
            "type",
            "projectUuid",
            "dashboardUuid",
            "dashboardFiltersInteractivity",
            "parameterInteractivity",
            "canExportCsv",
            "canExportImages",
            "canExportPagePdf",
            "canDateZoom",
            "canExplore",
            "canViewUnderlyingData",
        ),
    )
    out: dict[str, Any] = {}
    out["type"] = _one_of(
        _string(_member(item, "type", where, code), where + ".type", code),
        ("dashboard",),
        where + ".type",
        code,
    )
    out["projectUuid"] = _string(
        _member(item, "projectUuid", where, code), where + ".projectUuid", code
    )
    out["dashboardUuid"] = _string(
        _member(item, "dashboardUuid", where, code), where + ".dashboardUuid", code
    )
    if "dashboardFiltersInteractivity" in item:
        out["dashboardFiltersInteractivity"] = _lightdash_embed_dashboard_filters_interactivity(
            item["dashboardFiltersInteractivity"], where + ".dashboardFiltersInteractivity", code
        )
    if "parameterInteractivity" in item:
        out["parameterInteractivity"] = _lightdash_embed_parameter_interactivity(
            item["parameterInteractivity"], where + ".parameterInteractivity", code
        )
    if "canExportCsv" in item:
        out["canExportCsv"] = _boolean(item["canExportCsv"], where + ".canExportCsv", code)
    if "canExportImages" in item:
        out["canExportImages"] = _boolean(item["canExportImages"], where + ".canExportImages", code)
    if "canExportPagePdf" in item:
        out["canExportPagePdf"] = _boolean(
            item["canExportPagePdf"], where + ".canExportPagePdf", code
        )
    if "canDateZoom" in item:
        out["canDateZoom"] = _boolean(item["canDateZoom"], where + ".canDateZoom", code)
    if "canExplore" in item:
        out["canExplore"] = _boolean(item["canExplore"], where + ".canExplore", code)
    if "canViewUnderlyingData" in item:
        out["canViewUnderlyingData"] = _boolean(
            item["canViewUnderlyingData"], where + ".canViewUnderlyingData", code
        )
    return cast(LightdashEmbedContent, out)


def _lightdash_embed_user(value: object, where: str, code: str) -> LightdashEmbedUser:
    """Check one LightdashEmbedUser: declared members, in order (signing refuses others)."""
    item = _mapping(value, where, code, ("externalId", "email"))
    out: dict[str, Any] = {}
    if "externalId" in item:
        out["externalId"] = _string(item["externalId"], where + ".externalId", code)
    if "email" in item:
        out["email"] = _string(item["email"], where + ".email", code)
    return cast(LightdashEmbedUser, out)


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


def _boolean(value: object, where: str, code: str) -> bool:
    if not isinstance(value, bool):
        raise _Error(code, f"{where}: expected a boolean, got {_kind(value)}")
    return value


def _array(
    value: object, where: str, code: str, check: Callable[[object, str, str], Any]
) -> list[Any]:
    if not isinstance(value, list):
        raise _Error(code, f"{where}: expected an array, got {_kind(value)}")
    return [check(item, f"{where}[{index}]", code) for index, item in enumerate(value)]


_KINDS: dict[str, type] = {"string": str, "integer": int, "boolean": bool}


def _union(
    value: object, where: str, code: str, **variants: Callable[[object, str, str], Any]
) -> Any:
    """A union's value, checked by the variant of its JSON type (each keyword names one)."""
    for kind, check in variants.items():
        if isinstance(value, _KINDS[kind]) and (kind == "boolean") == isinstance(value, bool):
            return check(value, where, code)
    raise _Error(code, f"{where}: expected {' or '.join(variants)}, got {_kind(value)}")


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


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
# The format's JSON text: ',' and ':' as separators, non-ASCII as UTF-8.
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
