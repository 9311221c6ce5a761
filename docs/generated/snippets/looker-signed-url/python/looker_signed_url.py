# Code generated from spec/formats/looker-signed-url.yaml — do not edit.

"""Looker signed embed URL (Looker): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://cloud.google.com/looker/docs/single-sign-on-embedding
https://github.com/looker-open-source/embed-sdk/blob/master/server/utils/auth_utils.ts

Known risks of this format (kept because the vendor requires them):
    unsigned-fields: the signature does not cover first_name, last_name, user_timezone,
        force_logout_login
    sha1: HMAC-SHA1 is a legacy choice
    no-min-key-length: no minimum key length (secret.min_bytes)
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast
from urllib.parse import quote, unquote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(
    (
        "host",
        "embed_url",
        "nonce",
        "time",
        "session_length",
        "external_user_id",
        "permissions",
        "models",
        "group_ids",
        "external_group_id",
        "user_attributes",
        "access_filters",
        "first_name",
        "last_name",
        "user_timezone",
        "force_logout_login",
    ),
)
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_BASE = re.compile("https://(.*?)/login/embed/(.*?)", re.DOTALL)
_QUERY = frozenset(
    (
        "nonce",
        "time",
        "session_length",
        "external_user_id",
        "permissions",
        "models",
        "group_ids",
        "external_group_id",
        "user_attributes",
        "access_filters",
        "first_name",
        "last_name",
        "user_timezone",
        "force_logout_login",
        "signature",
    ),
)
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


class LookerSignedUrlError(Exception):
    """Why a key, a sign call or a url was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = LookerSignedUrlError  # the short name the checks below raise


class LookerSignedUrlInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    host: str
    """Looker host without scheme, with the port when needed (example.looker.com)."""

    embed_url: str
    """The embedded content path, e.g. /embed/dashboards/1."""

    nonce: NotRequired[str]
    """Single-use random value."""

    time: NotRequired[int]
    """When the URL was signed; Looker accepts it within five minutes."""

    session_length: NotRequired[int]
    """Length of the embed session in seconds."""

    external_user_id: str
    """Your id for the viewer."""

    permissions: list[str]
    """Looker permissions, e.g. access_data, see_user_dashboards."""

    models: list[str]
    """Model names the viewer may use."""

    group_ids: NotRequired[list[int]]

    external_group_id: NotRequired[str]

    user_attributes: NotRequired[dict[str, Any]]

    access_filters: NotRequired[dict[str, Any]]
    """Required by Looker; {} when unused."""

    first_name: NotRequired[str]

    last_name: NotRequired[str]

    user_timezone: NotRequired[str]

    force_logout_login: NotRequired[bool]


class LookerSignedUrlClaims(TypedDict):
    """A verified url's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    host: str
    embed_url: str
    nonce: str
    time: int
    session_length: int
    external_user_id: str
    permissions: list[str]
    models: list[str]
    group_ids: NotRequired[list[int]]
    external_group_id: NotRequired[str]
    user_attributes: NotRequired[dict[str, Any]]
    access_filters: dict[str, Any]
    first_name: NotRequired[str]
    last_name: NotRequired[str]
    user_timezone: NotRequired[str]
    force_logout_login: NotRequired[bool]


class LookerSignedUrlSigned(NamedTuple):
    """What :func:`sign` returns: the embed URL, the signature (as in the url) and the response for
    the embedding page, in the vendor's shape (``url``).
    """

    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: LookerSignedUrlInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> LookerSignedUrlSigned:
    """Sign ``fields`` as a Looker signed embed URL.

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        LookerSignedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    host = fields.get("host")
    embed_url = fields.get("embed_url")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(host) is str and host.isascii() and type(embed_url) is str and embed_url.isascii()
    ):
        host = _string(_required(fields, "host"), "host", _INPUT)
        embed_url = _string(_required(fields, "embed_url"), "embed_url", _INPUT)
    nonce = fields.get("nonce")
    nonce = _max_length(
        _string(random_bytes(16).hex() if nonce is None else nonce, "nonce", _INPUT),
        255,
        "nonce",
        _INPUT,
    )
    time_ = fields.get("time")
    time_ = _integer(now if time_ is None else time_, "time", _INPUT)
    session_length = fields.get("session_length")
    session_length = _bounded(
        _integer(3600 if session_length is None else session_length, "session_length", _INPUT),
        0,
        2592000,
        "session_length",
        _INPUT,
    )
    external_user_id = _string(_required(fields, "external_user_id"), "external_user_id", _INPUT)
    permissions = _array(_required(fields, "permissions"), "permissions", _INPUT, _string)
    models = _array(_required(fields, "models"), "models", _INPUT, _string)
    group_ids = fields.get("group_ids")
    if group_ids is not None:
        group_ids = _array(group_ids, "group_ids", _INPUT, _integer)
    external_group_id = fields.get("external_group_id")
    if external_group_id is not None:
        external_group_id = _max_length(
            _string(external_group_id, "external_group_id", _INPUT), 81, "external_group_id", _INPUT
        )
    user_attributes = fields.get("user_attributes")
    if user_attributes is not None:
        user_attributes = _free(user_attributes, "user_attributes", _INPUT, 1)
    access_filters = fields.get("access_filters")
    access_filters = _free(
        {} if access_filters is None else access_filters, "access_filters", _INPUT, 1
    )
    first_name = fields.get("first_name")
    if first_name is not None:
        first_name = _string(first_name, "first_name", _INPUT)
    last_name = fields.get("last_name")
    if last_name is not None:
        last_name = _string(last_name, "last_name", _INPUT)
    user_timezone = fields.get("user_timezone")
    if user_timezone is not None:
        user_timezone = _string(user_timezone, "user_timezone", _INPUT)
    force_logout_login = fields.get("force_logout_login")
    if force_logout_login is not None:
        force_logout_login = _boolean(force_logout_login, "force_logout_login", _INPUT)
    # Each value's JSON, written once: the message signs it and the URL carries it.
    nonce_json = _json(nonce)
    time_json = _json(time_)
    session_length_json = _json(session_length)
    external_user_id_json = _json(external_user_id)
    permissions_json = _json(permissions)
    models_json = _json(models)
    access_filters_json = _json(access_filters)
    parts: list[str] = []
    parts.append(host)
    parts.append("/login/embed/" + _percent(embed_url))
    parts.append(nonce_json)
    parts.append(time_json)
    parts.append(session_length_json)
    parts.append(external_user_id_json)
    parts.append(permissions_json)
    parts.append(models_json)
    if group_ids is not None:
        parts.append(_json(group_ids))
    if external_group_id is not None:
        parts.append(_json(external_group_id))
    if user_attributes is not None:
        parts.append(_json(user_attributes))
    parts.append(access_filters_json)
    message = "\n".join(parts)
    digest = hmac.digest(key, message.encode(), "sha1")
    signature = _b64(digest)
    # --8<-- [start:url]
    query = [
        "nonce=" + _percent(nonce_json),
        "time=" + _percent(time_json),
        "session_length=" + _percent(session_length_json),
        "external_user_id=" + _percent(external_user_id_json),
        "permissions=" + _percent(permissions_json),
        "models=" + _percent(models_json),
    ]
    if group_ids is not None:
        query.append("group_ids=" + _percent(_json(group_ids)))
    if external_group_id is not None:
        query.append("external_group_id=" + _percent(_json(external_group_id)))
    if user_attributes is not None:
        query.append("user_attributes=" + _percent(_json(user_attributes)))
    query.append("access_filters=" + _percent(access_filters_json))
    if first_name is not None:
        query.append("first_name=" + _percent(_json(first_name)))
    if last_name is not None:
        query.append("last_name=" + _percent(_json(last_name)))
    if user_timezone is not None:
        query.append("user_timezone=" + _percent(_json(user_timezone)))
    if force_logout_login is not None:
        query.append("force_logout_login=" + _percent(_json(force_logout_login)))
    query.append("signature=" + _percent(signature))
    url = (
        "https://"
        + _raw(host, "host")
        + "/login/embed/"
        + _percent(embed_url)
        + "?"
        + "&".join(query)
    )
    # --8<-- [end:url]
    response: dict[str, Any] = {
        "url": url,
    }
    return LookerSignedUrlSigned(url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:verify]
def verify(url: str, secret: str, *, now: int | None = None) -> LookerSignedUrlClaims:
    """Verify a Looker signed embed URL and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        LookerSignedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the url).
    """
    key = _key(secret)
    base, _, query = url.split("#", 1)[0].partition("?")
    match = _BASE.fullmatch(base)
    if match is None:
        raise _Error("malformed", "the URL does not match the format's base URL")
    params = _query(query)
    signature = _from_b64(_unpercent(params.pop("signature")))
    texts = {
        "host": match[1],
        "embed_url": _unpercent(match[2]),
        **{name: _unpercent(value) for name, value in params.items()},
    }
    raw = {"embed_url": match[2]}  # percent-encoded parts are signed as received
    parts: list[str] = []
    if "host" in texts:
        parts.append(texts["host"])
    if "embed_url" in texts:
        parts.append("/login/embed/" + raw["embed_url"])
    if "nonce" in texts:
        parts.append(texts["nonce"])
    if "time" in texts:
        parts.append(texts["time"])
    if "session_length" in texts:
        parts.append(texts["session_length"])
    if "external_user_id" in texts:
        parts.append(texts["external_user_id"])
    if "permissions" in texts:
        parts.append(texts["permissions"])
    if "models" in texts:
        parts.append(texts["models"])
    if "group_ids" in texts:
        parts.append(texts["group_ids"])
    if "external_group_id" in texts:
        parts.append(texts["external_group_id"])
    if "user_attributes" in texts:
        parts.append(texts["user_attributes"])
    if "access_filters" in texts:
        parts.append(texts["access_filters"])
    message = "\n".join(parts)
    digest = hmac.digest(key, message.encode(), "sha1")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims: dict[str, Any] = {}
    if "host" in texts:
        claims["host"] = texts["host"]
    if "embed_url" in texts:
        claims["embed_url"] = texts["embed_url"]
    if "nonce" in texts:
        claims["nonce"] = _parse(texts["nonce"], "nonce")
    if "time" in texts:
        claims["time"] = _parse(texts["time"], "time")
    if "session_length" in texts:
        claims["session_length"] = _parse(texts["session_length"], "session_length")
    if "external_user_id" in texts:
        claims["external_user_id"] = _parse(texts["external_user_id"], "external_user_id")
    if "permissions" in texts:
        claims["permissions"] = _parse(texts["permissions"], "permissions")
    if "models" in texts:
        claims["models"] = _parse(texts["models"], "models")
    if "group_ids" in texts:
        claims["group_ids"] = _parse(texts["group_ids"], "group_ids")
    if "external_group_id" in texts:
        claims["external_group_id"] = _parse(texts["external_group_id"], "external_group_id")
    if "user_attributes" in texts:
        claims["user_attributes"] = _parse(texts["user_attributes"], "user_attributes")
    if "access_filters" in texts:
        claims["access_filters"] = _parse(texts["access_filters"], "access_filters")
    if "first_name" in texts:
        claims["first_name"] = _parse(texts["first_name"], "first_name")
    if "last_name" in texts:
        claims["last_name"] = _parse(texts["last_name"], "last_name")
    if "user_timezone" in texts:
        claims["user_timezone"] = _parse(texts["user_timezone"], "user_timezone")
    if "force_logout_login" in texts:
        claims["force_logout_login"] = _parse(texts["force_logout_login"], "force_logout_login")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := claims.get("host")) is str
        and value.isascii()
        and type(value := claims.get("embed_url")) is str
        and value.isascii()
        and type(value := claims.get("nonce")) is str
        and value.isascii()
        and len(value) <= 255
        and type(value := claims.get("time")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
        and type(value := claims.get("session_length")) is int
        and 0 <= value <= 2592000
        and type(value := claims.get("external_user_id")) is str
        and value.isascii()
    ):
        _string(_claim(claims, "host"), "host", _CLAIM)
        _string(_claim(claims, "embed_url"), "embed_url", _CLAIM)
        _max_length(_string(_claim(claims, "nonce"), "nonce", _CLAIM), 255, "nonce", _CLAIM)
        _integer(_claim(claims, "time"), "time", _CLAIM)
        _bounded(
            _integer(_claim(claims, "session_length"), "session_length", _CLAIM),
            0,
            2592000,
            "session_length",
            _CLAIM,
        )
        _string(_claim(claims, "external_user_id"), "external_user_id", _CLAIM)
    _array(_claim(claims, "permissions"), "permissions", _CLAIM, _string)
    _array(_claim(claims, "models"), "models", _CLAIM, _string)
    if "group_ids" in claims:
        _array(claims["group_ids"], "group_ids", _CLAIM, _integer)
    if "external_group_id" in claims:
        _max_length(
            _string(claims["external_group_id"], "external_group_id", _CLAIM),
            81,
            "external_group_id",
            _CLAIM,
        )
    if "user_attributes" in claims:
        _free(claims["user_attributes"], "user_attributes", _CLAIM, 1)
    _free(_claim(claims, "access_filters"), "access_filters", _CLAIM, 1)
    if "first_name" in claims:
        _string(claims["first_name"], "first_name", _CLAIM)
    if "last_name" in claims:
        _string(claims["last_name"], "last_name", _CLAIM)
    if "user_timezone" in claims:
        _string(claims["user_timezone"], "user_timezone", _CLAIM)
    if "force_logout_login" in claims:
        _boolean(claims["force_logout_login"], "force_logout_login", _CLAIM)
    now = int(time.time()) if now is None else now
    issued = claims["time"]
    if issued + 0 <= now - 300:
        raise _Error("expired", f"issued at {issued}, more than 0s ago")
    if issued > now + 300:
        raise _Error("not_yet_valid", f"time {issued} is after now {now} + 300s")
    return cast(LookerSignedUrlClaims, claims)


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


def _free(value: object, where: str, code: str, depth: int) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Error(code, f"{where}: expected an object, got {_kind(value)}")
    _json_value(value, where, code, depth)
    return value


def _max_length(value: str, limit: int, where: str, code: str) -> str:
    if len(value) > limit:  # code points, as the spec counts
        raise _Error(code, f"{where}: longer than {limit} characters")
    return value


def _bounded(value: int, minimum: int | None, maximum: int | None, where: str, code: str) -> int:
    if minimum is not None and value < minimum:
        raise _Error(code, f"{where}: {value} is below the minimum {minimum}")
    if maximum is not None and value > maximum:
        raise _Error(code, f"{where}: {value} is above the maximum {maximum}")
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


def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode()


def _from_b64(text: str) -> bytes:
    """Canonical standard base64 with padding: any other spelling is malformed."""
    try:
        data = base64.b64decode(text, validate=True)
    except ValueError:  # binascii.Error, and text that is not ASCII
        raise _Error("malformed", "not base64") from None
    if _b64(data) != text:
        raise _Error("malformed", "not canonical base64")
    return data


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)
# The format's JSON text: ',' and ':' as separators, non-ASCII as UTF-8.
# The bound method, not a function calling it: one Python call less per value written.
_json = _ENCODER.encode


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
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*'()"


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.!~*'()."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote(text, safe="!*'()")


def _raw(text: str, name: str) -> str:
    """A value placed in the URL as it is: a '?' or '#' would end that part of the URL."""
    if "?" in text or "#" in text:
        raise _Error(_INPUT, f"{name}: '?' and '#' cannot appear here")
    return text


def _unpercent(text: str) -> str:
    """Percent-decoded UTF-8; a stray '%' or bytes that are not UTF-8 are malformed."""
    if "%" not in text:  # most names and many values: nothing to decode
        return text
    if _STRAY_PERCENT.search(text):
        raise _Error("malformed", "a '%' is not followed by two hex digits")
    try:
        if not text.isascii():
            return unquote(text, errors="strict")
        # In C rather than unquote()'s Python loop over the escapes (a third of the time): each
        # %XX becomes \xXX (backslashes doubled first, so there is no other escape), which
        # unicode_escape reads as the code point XX, latin-1 turns back into that byte, and the
        # bytes are read as UTF-8.
        escaped = text.replace("\\", "\\\\").replace("%", "\\x")
        return escaped.encode().decode("unicode_escape").encode("latin-1").decode()
    except UnicodeDecodeError:
        raise _Error("malformed", "percent-decoded bytes are not UTF-8") from None


def _query(query: str) -> dict[str, str]:
    """The raw value of each parameter, read by name as the vendor's server reads them: only
    this format's, each at most once, in any order."""
    params: dict[str, str] = {}
    for item in query.split("&") if query else ():
        raw_name, equals, raw = item.partition("=")
        if not equals:
            raise _Error("malformed", f"query item {item!r} has no '='")
        name = _unpercent(raw_name)
        if name not in _QUERY or name in params:
            raise _Error("malformed", f"unexpected or repeated parameter {name!r}")
        params[name] = raw
    if "signature" not in params:
        raise _Error("malformed", "the URL has no signature parameter")
    return params
