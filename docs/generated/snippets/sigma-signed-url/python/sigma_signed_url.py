# Code generated from spec/formats/sigma-signed-url.yaml — do not edit.

"""Sigma signed embed URL (Sigma Computing): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://help.sigmacomputing.com/docs/embed-url-parameters
https://help.sigmacomputing.com/docs/add-url-parameters-to-a-secure-embed
https://github.com/sigmacomputing/embed-signing-packages
"""

from __future__ import annotations

import hmac
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast
from urllib.parse import quote, unquote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(
    (
        "embed_path",
        ":nonce",
        ":email",
        ":external_user_id",
        ":client_id",
        ":time",
        ":session_length",
        ":external_user_team",
        ":account_type",
        "user_attributes",
    ),
)
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_BASE = re.compile("(.*?)", re.DOTALL)
_QUERY = frozenset(
    (
        ":nonce",
        ":email",
        ":external_user_id",
        ":client_id",
        ":time",
        ":session_length",
        ":mode",
        ":external_user_team",
        ":account_type",
        ":signature",
    ),
)
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


class SigmaSignedUrlError(Exception):
    """Why a key, a sign call or a url was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = SigmaSignedUrlError  # the short name the checks below raise


SigmaSignedUrlInput = TypedDict(
    "SigmaSignedUrlInput",
    {
        "embed_path": str,
        ":nonce": NotRequired[str],
        ":email": str,
        ":external_user_id": str,
        ":client_id": str,
        ":time": NotRequired[int],
        ":session_length": NotRequired[int],
        ":external_user_team": str,
        ":account_type": NotRequired[str],
        "user_attributes": NotRequired[Mapping[str, str]],
    },
)
"""What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""


SigmaSignedUrlClaims = TypedDict(
    "SigmaSignedUrlClaims",
    {
        "embed_path": str,
        ":nonce": str,
        ":email": str,
        ":external_user_id": str,
        ":client_id": str,
        ":time": int,
        ":session_length": int,
        ":mode": str,
        ":external_user_team": str,
        ":account_type": NotRequired[str],
        "user_attributes": NotRequired[dict[str, str]],
    },
)
"""A verified url's members, keyed by wire name, as described in the input (undeclared members stay
in the dict).
"""


class SigmaSignedUrlSigned(NamedTuple):
    """What :func:`sign` returns: the embed URL, the signature (as in the url) and the response for
    the embedding page, in the vendor's shape (``url``).
    """

    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: SigmaSignedUrlInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> SigmaSignedUrlSigned:
    """Sign ``fields`` as a Sigma signed embed URL.

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        SigmaSignedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    embed_path = _string(_required(fields, "embed_path"), "embed_path", _INPUT)
    nonce = fields.get(":nonce")
    nonce = _max_length(
        _string(
            str(uuid.UUID(bytes=random_bytes(16), version=4)) if nonce is None else nonce,
            ":nonce",
            _INPUT,
        ),
        255,
        ":nonce",
        _INPUT,
    )
    email = _string(_required(fields, ":email"), ":email", _INPUT)
    external_user_id = _string(_required(fields, ":external_user_id"), ":external_user_id", _INPUT)
    client_id = _string(_required(fields, ":client_id"), ":client_id", _INPUT)
    time_ = fields.get(":time")
    time_ = _integer(now if time_ is None else time_, ":time", _INPUT)
    session_length = fields.get(":session_length")
    session_length = _bounded(
        _integer(3600 if session_length is None else session_length, ":session_length", _INPUT),
        0,
        2592000,
        ":session_length",
        _INPUT,
    )
    mode = "userbacked"
    external_user_team = _string(
        _required(fields, ":external_user_team"), ":external_user_team", _INPUT
    )
    account_type = fields.get(":account_type")
    if account_type is not None:
        account_type = _string(account_type, ":account_type", _INPUT)
    user_attributes = fields.get("user_attributes")
    if user_attributes is not None:
        user_attributes = _map(user_attributes, "user_attributes", _INPUT, _string)
    query = [
        ":nonce=" + _percent(nonce),
        ":email=" + _percent(email),
        ":external_user_id=" + _percent(external_user_id),
        ":client_id=" + _percent(client_id),
        ":time=" + _percent(str(time_)),
        ":session_length=" + _percent(str(session_length)),
        ":mode=" + _percent(mode),
        ":external_user_team=" + _percent(external_user_team),
    ]
    if account_type is not None:
        query.append(":account_type=" + _percent(account_type))
    if user_attributes is not None:
        query.extend(_per_key(":ua_", user_attributes))
    message = _raw(embed_path, "embed_path") + "?" + "&".join(query)
    digest = hmac.digest(key, message.encode(), "sha256")
    signature = digest.hex()
    # --8<-- [start:url]
    url = message + "&:signature=" + _percent(signature)
    # --8<-- [end:url]
    response: dict[str, Any] = {
        "url": url,
    }
    return SigmaSignedUrlSigned(url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:verify]
def verify(url: str, secret: str, *, now: int | None = None) -> SigmaSignedUrlClaims:
    """Verify a Sigma signed embed URL and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        SigmaSignedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the url).
    """
    key = _key(secret)
    base, _, query = url.split("#", 1)[0].partition("?")
    match = _BASE.fullmatch(base)
    if match is None:
        raise _Error("malformed", "the URL does not match the format's base URL")
    params = _query(query)
    signature = _from_hex(_unpercent_form(params.pop(":signature")))
    texts = {
        "embed_path": match[1],
        **{name: _unpercent_form(value) for name, value in params.items()},
    }
    message = base + "?" + (query.rsplit("&", 1)[0] if "&" in query else "")
    digest = hmac.digest(key, message.encode(), "sha256")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims: dict[str, Any] = {}
    if "embed_path" in texts:
        claims["embed_path"] = texts["embed_path"]
    if ":nonce" in texts:
        claims[":nonce"] = texts[":nonce"]
    if ":email" in texts:
        claims[":email"] = texts[":email"]
    if ":external_user_id" in texts:
        claims[":external_user_id"] = texts[":external_user_id"]
    if ":client_id" in texts:
        claims[":client_id"] = texts[":client_id"]
    if ":time" in texts:
        claims[":time"] = _integer_text(texts[":time"], ":time")
    if ":session_length" in texts:
        claims[":session_length"] = _integer_text(texts[":session_length"], ":session_length")
    if ":mode" in texts:
        claims[":mode"] = texts[":mode"]
    if ":external_user_team" in texts:
        claims[":external_user_team"] = texts[":external_user_team"]
    if ":account_type" in texts:
        claims[":account_type"] = texts[":account_type"]
    # One entry per :ua_<key> parameter; with none, no user_attributes claim.
    user_attributes = {
        name.removeprefix(":ua_"): texts[name] for name in params if name.startswith(":ua_")
    }
    if user_attributes:
        claims["user_attributes"] = user_attributes
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := claims.get("embed_path")) is str
        and value.isascii()
        and type(value := claims.get(":nonce")) is str
        and value.isascii()
        and len(value) <= 255
        and type(value := claims.get(":email")) is str
        and value.isascii()
        and type(value := claims.get(":external_user_id")) is str
        and value.isascii()
        and type(value := claims.get(":client_id")) is str
        and value.isascii()
        and type(value := claims.get(":time")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
        and type(value := claims.get(":session_length")) is int
        and 0 <= value <= 2592000
    ):
        _string(_claim(claims, "embed_path"), "embed_path", _CLAIM)
        _max_length(_string(_claim(claims, ":nonce"), ":nonce", _CLAIM), 255, ":nonce", _CLAIM)
        _string(_claim(claims, ":email"), ":email", _CLAIM)
        _string(_claim(claims, ":external_user_id"), ":external_user_id", _CLAIM)
        _string(_claim(claims, ":client_id"), ":client_id", _CLAIM)
        _integer(_claim(claims, ":time"), ":time", _CLAIM)
        _bounded(
            _integer(_claim(claims, ":session_length"), ":session_length", _CLAIM),
            0,
            2592000,
            ":session_length",
            _CLAIM,
        )
    _string(_claim(claims, ":mode"), ":mode", _CLAIM)
    if claims.get(":mode") != "userbacked":
        raise _Error(_CLAIM, ":mode must be 'userbacked'")
    _string(_claim(claims, ":external_user_team"), ":external_user_team", _CLAIM)
    if ":account_type" in claims:
        _string(claims[":account_type"], ":account_type", _CLAIM)
    if "user_attributes" in claims:
        _map(claims["user_attributes"], "user_attributes", _CLAIM, _string)
    now = int(time.time()) if now is None else now
    expires = claims[":time"] + claims[":session_length"]
    issued = claims[":time"]
    if expires <= now:
        raise _Error(
            "expired", f"expired at {expires} (:time + :session_length), now {now}, leeway 0s"
        )
    if issued > now:
        raise _Error("not_yet_valid", f":time {issued} is after now {now} + 0s")
    if expires - issued > 2592000:
        raise _Error("lifetime_too_long", f"lives {expires - issued}s, at most 2592000s")
    return cast(SigmaSignedUrlClaims, claims)


# --8<-- [end:verify]


def _key(secret: str) -> bytes:
    """The HMAC key: the secret's UTF-8 bytes of at least 32 bytes."""
    if secret == "":
        raise _Error("invalid_key", "the secret is empty")
    try:
        key = secret.encode()
    except UnicodeEncodeError:
        raise _Error("invalid_key", "the secret is not valid text (a lone surrogate)") from None
    if len(key) < 32:
        raise _Error("weak_key", f"the key has {len(key)} bytes; this format needs 32")
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


def _map(
    value: object, where: str, code: str, check: Callable[[object, str, str], str]
) -> dict[str, str]:
    """A map of the caller's, copied: each key non-empty text (it names a URL parameter), each
    value as ``check`` takes it. Any Mapping is taken; anything else, an empty list too, is not."""
    if not isinstance(value, Mapping):
        raise _Error(code, f"{where}: expected an object, got {_kind(value)}")
    checked: dict[str, str] = {}
    for key, item in value.items():
        if _string(key, f"{where} key", code) == "":
            raise _Error(code, f"{where}: a key cannot be empty")
        checked[key] = check(item, f"{where}[{key!r}]", code)
    return checked


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


def _kind(value: object) -> str:
    names = {bool: "boolean", int: "integer", str: "string", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _from_hex(text: str) -> bytes:
    """Lowercase hex: any other spelling is malformed."""
    try:
        data = bytes.fromhex(text)
    except ValueError:
        raise _Error("malformed", "not hex") from None
    if data.hex() != text:
        raise _Error("malformed", "not canonical lowercase hex")
    return data


# The characters _percent keeps as they are.
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~,:"


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.~,:."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote(text, safe=",:")


def _per_key(prefix: str, entries: Mapping[str, str]) -> list[str]:
    """A map's parameters, ``prefix`` (percent-encoded already) and a key each, sorted by their
    encoded names: a dict's own order is the caller's, and every language must write the same
    bytes. The names are ASCII, so comparing code points is comparing bytes."""
    pairs = sorted((prefix + _percent(key), _percent(item)) for key, item in entries.items())
    return [name + "=" + text for name, text in pairs]


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


def _unpercent_form(text: str) -> str:
    """A query name or value as a form decodes it: a '+' is a space, then percent-decoded."""
    return _unpercent(text.replace("+", " "))


def _query(query: str) -> dict[str, str]:
    """The raw value of each parameter, read by name as the vendor's server reads them: only
    this format's (a map's: its prefix and a key), each at most once, in any order (the signature
    last: the URL before it is what is signed)."""
    params: dict[str, str] = {}
    for item in query.split("&") if query else ():
        raw_name, equals, raw = item.partition("=")
        if not equals:
            raise _Error("malformed", f"query item {item!r} has no '='")
        name = _unpercent_form(raw_name)
        # A map's parameter is its prefix and a key: the prefix alone is no parameter.
        known = name in _QUERY or (name.startswith(":ua_") and name != ":ua_")
        if not known or name in params:
            raise _Error("malformed", f"unexpected or repeated parameter {name!r}")
        params[name] = raw
    if ":signature" not in params:
        raise _Error("malformed", "the URL has no :signature parameter")
    if list(params)[-1] != ":signature":
        raise _Error("malformed", "the :signature parameter must come last")
    return params


def _integer_text(text: str, name: str) -> int:
    if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text) or text == "-0":
        raise _Error(_CLAIM, f"{name}: {text!r} is not an integer")
    return int(text)


def _boolean_text(text: str, name: str) -> bool:
    if text not in ("true", "false"):
        raise _Error(_CLAIM, f"{name}: {text!r} is not true or false")
    return text == "true"
