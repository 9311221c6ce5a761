# Code generated from tests/golden/specs/golden-lines.yaml — do not edit.

"""Golden lines fixture (embedseal tests): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

Known risks of this format (kept because the vendor requires them):
    unsigned-fields: the signature does not cover display
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast
from urllib.parse import quote_plus, unquote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("host", "path", "time", "user", "groups", "display"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_SECRET = re.compile(r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
_BASE = re.compile("https://(.*?)/e/(.*?)", re.DOTALL)
_QUERY = frozenset(("time", "user", "groups", "display", "sig"))
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


class GoldenLinesError(Exception):
    """Why a key, a sign call or a url was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = GoldenLinesError  # the short name the checks below raise


class GoldenLinesInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    host: str

    path: str

    time: NotRequired[int]

    user: str

    groups: NotRequired[list[int]]

    display: NotRequired[str]


class GoldenLinesClaims(TypedDict):
    """A verified url's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    host: str
    path: str
    time: int
    user: str
    groups: NotRequired[list[int]]
    display: NotRequired[str]


class GoldenLinesSigned(NamedTuple):
    """What :func:`sign` returns: the embed URL, the signature (as in the url) and the response for
    the embedding page, in the vendor's shape (``url``).
    """

    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: GoldenLinesInput,
    secret: str,
    *,
    now: int | None = None,
) -> GoldenLinesSigned:
    """Sign ``fields`` as a Golden lines fixture.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        GoldenLinesError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a value
            is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    host = fields.get("host")
    path = fields.get("path")
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (type(host) is str and host.isascii() and type(path) is str and path.isascii()):
        host = _string(_required(fields, "host"), "host", _INPUT)
        path = _string(_required(fields, "path"), "path", _INPUT)
    time_ = fields.get("time")
    time_ = _integer(now if time_ is None else time_, "time", _INPUT)
    user = _max_length(_string(_required(fields, "user"), "user", _INPUT), 64, "user", _INPUT)
    groups = fields.get("groups")
    if groups is not None:
        groups = _array(groups, "groups", _INPUT, _integer)
    display = fields.get("display")
    if display is not None:
        display = _string(display, "display", _INPUT)
    # Each value's JSON, written once: the message signs it and the URL carries it.
    user_json = _json(user)
    parts: list[str] = []
    parts.append(host)
    parts.append("/e/" + _percent(path))
    parts.append(_json(time_))
    parts.append(user_json)
    if groups is not None:
        parts.append(_json(groups))
    message = "\n".join(parts)
    digest = hmac.digest(key, message.encode(), "sha256")
    signature = _b64url(digest)
    # --8<-- [start:url]
    query = [
        "time=" + _percent(str(time_)),
        "user=" + _percent(user_json),
    ]
    if groups is not None:
        query.append("groups=" + _percent(_json(groups)))
    if display is not None:
        query.append("display=" + _percent(display))
    query.append("sig=" + _percent(signature))
    url = "https://" + _raw(host, "host") + "/e/" + _percent(path) + "?" + "&".join(query)
    # --8<-- [end:url]
    response: dict[str, Any] = {
        "url": url,
    }
    return GoldenLinesSigned(url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:verify]
def verify(url: str, secret: str, *, now: int | None = None) -> GoldenLinesClaims:
    """Verify a Golden lines fixture and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        GoldenLinesError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the url).
    """
    key = _key(secret)
    base, _, query = url.split("#", 1)[0].partition("?")
    match = _BASE.fullmatch(base)
    if match is None:
        raise _Error("malformed", "the URL does not match the format's base URL")
    params = _query(query)
    signature = _from_b64url(_unpercent(params.pop("sig")))
    texts = {
        "host": match[1],
        "path": _unpercent(match[2]),
        **{name: _unpercent(value) for name, value in params.items()},
    }
    raw = {"path": match[2]}  # percent-encoded parts are signed as received
    parts: list[str] = []
    if "host" in texts:
        parts.append(texts["host"])
    if "path" in texts:
        parts.append("/e/" + raw["path"])
    if "time" in texts:
        parts.append(texts["time"])
    if "user" in texts:
        parts.append(texts["user"])
    if "groups" in texts:
        parts.append(texts["groups"])
    message = "\n".join(parts)
    digest = hmac.digest(key, message.encode(), "sha256")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims: dict[str, Any] = {}
    if "host" in texts:
        claims["host"] = texts["host"]
    if "path" in texts:
        claims["path"] = texts["path"]
    if "time" in texts:
        claims["time"] = _integer_text(texts["time"], "time")
    if "user" in texts:
        claims["user"] = _parse(texts["user"], "user")
    if "groups" in texts:
        claims["groups"] = _parse(texts["groups"], "groups")
    if "display" in texts:
        claims["display"] = texts["display"]
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := claims.get("host")) is str
        and value.isascii()
        and type(value := claims.get("path")) is str
        and value.isascii()
        and type(value := claims.get("time")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
        and type(value := claims.get("user")) is str
        and value.isascii()
        and len(value) <= 64
    ):
        _string(_claim(claims, "host"), "host", _CLAIM)
        _string(_claim(claims, "path"), "path", _CLAIM)
        _integer(_claim(claims, "time"), "time", _CLAIM)
        _max_length(_string(_claim(claims, "user"), "user", _CLAIM), 64, "user", _CLAIM)
    if "groups" in claims:
        _array(claims["groups"], "groups", _CLAIM, _integer)
    if "display" in claims:
        _string(claims["display"], "display", _CLAIM)
    now = int(time.time()) if now is None else now
    issued = claims["time"]
    if issued + 120 <= now - 10:
        raise _Error("expired", f"issued at {issued}, more than 120s ago")
    if issued > now + 10:
        raise _Error("not_yet_valid", f"time {issued} is after now {now} + 10s")
    return cast(GoldenLinesClaims, claims)


# --8<-- [end:verify]


def _key(secret: str) -> bytes:
    """The HMAC key: the secret base64-decoded of at least 16 bytes."""
    if secret == "":
        raise _Error("invalid_key", "the secret is empty")
    if not _SECRET.fullmatch(secret):  # b64decode alone would tolerate stray padding
        raise _Error("invalid_key", "the secret is not padded base64")
    key = base64.b64decode(secret)
    if not key:
        raise _Error("invalid_key", "the secret decodes to no bytes")
    if len(key) < 16:
        raise _Error("weak_key", f"the key has {len(key)} bytes; this format needs 16")
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


def _array(
    value: object, where: str, code: str, check: Callable[[object, str, str], Any]
) -> list[Any]:
    if not isinstance(value, list):
        raise _Error(code, f"{where}: expected an array, got {_kind(value)}")
    return [check(item, f"{where}[{index}]", code) for index, item in enumerate(value)]


def _max_length(value: str, limit: int, where: str, code: str) -> str:
    if len(value) > limit:  # code points, as the spec counts
        raise _Error(code, f"{where}: longer than {limit} characters")
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


_ENCODER = json.JSONEncoder(separators=(", ", ": "), ensure_ascii=False)
# The format's JSON text: ', ' and ': ' as separators, non-ASCII as UTF-8.
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
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~"


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.~."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote_plus(text, safe="")


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
    if "sig" not in params:
        raise _Error("malformed", "the URL has no sig parameter")
    return params


def _integer_text(text: str, name: str) -> int:
    if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text) or text == "-0":
        raise _Error(_CLAIM, f"{name}: {text!r} is not an integer")
    return int(text)


def _boolean_text(text: str, name: str) -> bool:
    if text not in ("true", "false"):
        raise _Error(_CLAIM, f"{name}: {text!r} is not true or false")
    return text == "true"
