# Code generated from spec/formats/boldbi-embed-url.yaml — do not edit.

"""Bold BI signed embed URL (before v14.1) (Bold BI): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/iframe-embedding/embedding-with-token-authentication.md
https://github.com/boldbi/bold-bi-docs/blob/master/docs/embedding-options/embedding-sdk/authorization-options/token-generation-lower-version.md

Known risks of this format (kept because the vendor requires them):
    no-expiry: embed_timestamp is optional, and without it nothing expires
    no-min-key-length: no minimum key length (secret.min_bytes)
"""

from __future__ import annotations

import base64
import binascii
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
        "dashboard_url",
        "embed_nonce",
        "embed_dashboard_id",
        "embed_user_email",
        "embed_timestamp",
        "embed_expirationtime",
    ),
)
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_BASE = re.compile("(.*?)", re.DOTALL)
_QUERY = frozenset(
    (
        "embed_nonce",
        "embed_dashboard_id",
        "embed_user_email",
        "embed_timestamp",
        "embed_expirationtime",
        "embed_signature",
    ),
)
_STRAY_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")


class BoldbiEmbedUrlError(Exception):
    """Why a key, a sign call or a url was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = BoldbiEmbedUrlError  # the short name the checks below raise


class BoldbiEmbedUrlInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    dashboard_url: str
    """The dashboard's URL on your Bold BI server (where the signed query goes)."""

    embed_nonce: NotRequired[str]
    """A random GUID."""

    embed_dashboard_id: str
    """The dashboard id."""

    embed_user_email: str
    """Email of a Bold BI user allowed to see the dashboard."""

    embed_timestamp: NotRequired[int]
    """Signing time; without it Bold BI accepts the URL forever."""

    embed_expirationtime: NotRequired[int]
    """Seconds the URL stays valid (needs embed_timestamp)."""


class BoldbiEmbedUrlClaims(TypedDict):
    """A verified url's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    dashboard_url: str
    embed_nonce: str
    embed_dashboard_id: str
    embed_user_email: str
    embed_timestamp: NotRequired[int]
    embed_expirationtime: NotRequired[int]


class BoldbiEmbedUrlSigned(NamedTuple):
    """What :func:`sign` returns: the embed URL, the signature (as in the url) and the response for
    the embedding page, in the vendor's shape (``url``, ``signature``).
    """

    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: BoldbiEmbedUrlInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> BoldbiEmbedUrlSigned:
    """Sign ``fields`` as a Bold BI signed embed URL (before v14.1).

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        BoldbiEmbedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    dashboard_url = _string(_required(fields, "dashboard_url"), "dashboard_url", _INPUT)
    embed_nonce = fields.get("embed_nonce")
    embed_nonce = _string(
        str(uuid.UUID(bytes=random_bytes(16), version=4)) if embed_nonce is None else embed_nonce,
        "embed_nonce",
        _INPUT,
    )
    embed_dashboard_id = _string(
        _required(fields, "embed_dashboard_id"), "embed_dashboard_id", _INPUT
    )
    embed_user_email = _string(_required(fields, "embed_user_email"), "embed_user_email", _INPUT)
    embed_timestamp = fields.get("embed_timestamp")
    embed_timestamp = _integer(
        now + 0 if embed_timestamp is None else embed_timestamp, "embed_timestamp", _INPUT
    )
    embed_expirationtime = fields.get("embed_expirationtime")
    if embed_expirationtime is not None:
        embed_expirationtime = _bounded(
            _integer(embed_expirationtime, "embed_expirationtime", _INPUT),
            86400,
            518400,
            "embed_expirationtime",
            _INPUT,
        )
    query = [
        "embed_nonce=" + _percent(embed_nonce),
        "embed_dashboard_id=" + _percent(embed_dashboard_id),
        "embed_user_email=" + _percent(embed_user_email),
        "embed_timestamp=" + _percent(str(embed_timestamp)),
    ]
    if embed_expirationtime is not None:
        query.append("embed_expirationtime=" + _percent(str(embed_expirationtime)))
    message = "&".join(query)
    digest = hmac.digest(key, message.encode(), "sha256")
    signature = _b64(digest)
    # --8<-- [start:url]
    query = [
        "embed_nonce=" + _percent(embed_nonce),
        "embed_dashboard_id=" + _percent(embed_dashboard_id),
        "embed_user_email=" + _percent(embed_user_email),
        "embed_timestamp=" + _percent(str(embed_timestamp)),
    ]
    if embed_expirationtime is not None:
        query.append("embed_expirationtime=" + _percent(str(embed_expirationtime)))
    query.append("embed_signature=" + _percent(signature))
    url = _raw(dashboard_url, "dashboard_url") + "?" + "&".join(query)
    # --8<-- [end:url]
    response: dict[str, Any] = {
        "url": url,
        "signature": signature,
    }
    return BoldbiEmbedUrlSigned(url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:verify]
def verify(url: str, secret: str, *, now: int | None = None) -> BoldbiEmbedUrlClaims:
    """Verify a Bold BI signed embed URL (before v14.1) and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        BoldbiEmbedUrlError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the url).
    """
    key = _key(secret)
    base, _, query = url.split("#", 1)[0].partition("?")
    match = _BASE.fullmatch(base)
    if match is None:
        raise _Error("malformed", "the URL does not match the format's base URL")
    params = _query(query)
    signature = _from_b64(_unpercent(params.pop("embed_signature")))
    texts = {
        "dashboard_url": match[1],
        **{name: _unpercent(value) for name, value in params.items()},
    }
    message = query.rsplit("&", 1)[0] if "&" in query else ""
    digest = hmac.digest(key, message.encode(), "sha256")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims: dict[str, Any] = {}
    if "dashboard_url" in texts:
        claims["dashboard_url"] = texts["dashboard_url"]
    if "embed_nonce" in texts:
        claims["embed_nonce"] = texts["embed_nonce"]
    if "embed_dashboard_id" in texts:
        claims["embed_dashboard_id"] = texts["embed_dashboard_id"]
    if "embed_user_email" in texts:
        claims["embed_user_email"] = texts["embed_user_email"]
    if "embed_timestamp" in texts:
        claims["embed_timestamp"] = _integer_text(texts["embed_timestamp"], "embed_timestamp")
    if "embed_expirationtime" in texts:
        claims["embed_expirationtime"] = _integer_text(
            texts["embed_expirationtime"], "embed_expirationtime"
        )
    # The usual case in one test: each value below present, ASCII text or an integer
    # within 2**53 - 1 (and its bounds); only otherwise do the checks run, to say why.
    if not (
        type(value := claims.get("dashboard_url")) is str
        and value.isascii()
        and type(value := claims.get("embed_nonce")) is str
        and value.isascii()
        and type(value := claims.get("embed_dashboard_id")) is str
        and value.isascii()
        and type(value := claims.get("embed_user_email")) is str
        and value.isascii()
    ):
        _string(_claim(claims, "dashboard_url"), "dashboard_url", _CLAIM)
        _string(_claim(claims, "embed_nonce"), "embed_nonce", _CLAIM)
        _string(_claim(claims, "embed_dashboard_id"), "embed_dashboard_id", _CLAIM)
        _string(_claim(claims, "embed_user_email"), "embed_user_email", _CLAIM)
    if "embed_timestamp" in claims:
        _integer(claims["embed_timestamp"], "embed_timestamp", _CLAIM)
    if "embed_expirationtime" in claims:
        _bounded(
            _integer(claims["embed_expirationtime"], "embed_expirationtime", _CLAIM),
            86400,
            518400,
            "embed_expirationtime",
            _CLAIM,
        )
    now = int(time.time()) if now is None else now
    issued = claims.get("embed_timestamp")
    if issued is not None and issued + 518400 <= now:
        raise _Error("expired", f"issued at {issued}, more than 518400s ago")
    if issued is not None and issued > now:
        raise _Error("not_yet_valid", f"embed_timestamp {issued} is after now {now} + 0s")
    return cast(BoldbiEmbedUrlClaims, claims)


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


def _bounded(value: int, minimum: int | None, maximum: int | None, where: str, code: str) -> int:
    if minimum is not None and value < minimum:
        raise _Error(code, f"{where}: {value} is below the minimum {minimum}")
    if maximum is not None and value > maximum:
        raise _Error(code, f"{where}: {value} is above the maximum {maximum}")
    return value


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


# The characters _percent keeps as they are.
_STAYS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~@"


def _percent(text: str) -> str:
    """UTF-8, %XX-encoded (uppercase hex) but for letters, digits and -_.~@."""
    # Tokens and most ids need no escape: deleting the characters that stay (in C) leaves
    # nothing, and the text is handed back; a quarter of the time of quote() on a token.
    if text.isascii() and not text.encode().translate(None, _STAYS):
        return text
    return quote(text, safe="@")


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
    this format's, each at most once, in any order (the signature
    last: the query before it is what is signed)."""
    params: dict[str, str] = {}
    for item in query.split("&") if query else ():
        raw_name, equals, raw = item.partition("=")
        if not equals:
            raise _Error("malformed", f"query item {item!r} has no '='")
        name = _unpercent(raw_name)
        if name not in _QUERY or name in params:
            raise _Error("malformed", f"unexpected or repeated parameter {name!r}")
        params[name] = raw
    if "embed_signature" not in params:
        raise _Error("malformed", "the URL has no embed_signature parameter")
    if list(params)[-1] != "embed_signature":
        raise _Error("malformed", "the embed_signature parameter must come last")
    return params


def _integer_text(text: str, name: str) -> int:
    if not re.fullmatch(r"-?(0|[1-9][0-9]*)", text) or text == "-0":
        raise _Error(_CLAIM, f"{name}: {text!r} is not an integer")
    return int(text)


def _boolean_text(text: str, name: str) -> bool:
    if text not in ("true", "false"):
        raise _Error(_CLAIM, f"{name}: {text!r} is not true or false")
    return text == "true"
