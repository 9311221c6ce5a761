# Code generated from spec/formats/sisense-jwt.yaml — do not edit.

"""Sisense SSO JWT (Sisense): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.

https://docs.sisense.com/main/SisenseLinux/single-sign-on-using-json-web-token.htm
https://documentation.sisense.com/latest/administration/user-management/single-sign-on/sso-jwt.htm
https://sisense.dev/guides/sso/jwt/

Known risks of this format (kept because the vendor requires them):
    unbounded-lifetime: no verify.max_lifetime bounds exp
"""

from __future__ import annotations

import binascii
import hmac
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast
from urllib.parse import quote

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("iat", "sub", "jti", "exp", "sisense_url", "return_to"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"  # {"alg":"HS256","typ":"JWT"}
# _HEADER decoded: verify takes it as it is when a token's header segment is that one.
_HEADER_OBJECT: dict[str, Any] = {"alg": "HS256", "typ": "JWT"}


class SisenseJwtError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = SisenseJwtError  # the short name the checks below raise


class SisenseJwtInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    iat: NotRequired[int]
    """When the token was issued; Sisense allows up to 5 minutes of clock skew."""

    sub: str
    """The user's email address or username in Sisense."""

    jti: NotRequired[str]
    """A unique token id; Sisense accepts each token once (replay protection)."""

    exp: NotRequired[int]
    """Optional expiry (Unix seconds)."""

    sisense_url: str
    """The Sisense server, without a trailing slash (https://analytics.example.com)."""

    return_to: NotRequired[str]
    """The page to open after login, as Sisense passed it to the remote-login URL."""


class SisenseJwtClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    iat: int
    sub: str
    jti: str
    exp: NotRequired[int]


class SisenseJwtSigned(NamedTuple):
    """What :func:`sign` returns: the token, the embed URL, the signature (as in the token) and the
    response for the embedding page, in the vendor's shape (``token``, ``url``).
    """

    token: str
    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: SisenseJwtInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> SisenseJwtSigned:
    """Sign ``fields`` as a Sisense SSO JWT.

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        SisenseJwtError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a value is
            missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    iat = fields.get("iat")
    iat = _integer(now if iat is None else iat, "iat", _INPUT)
    sub = _string(_required(fields, "sub"), "sub", _INPUT)
    jti = fields.get("jti")
    jti = _string(
        str(uuid.UUID(bytes=random_bytes(16), version=4)) if jti is None else jti, "jti", _INPUT
    )
    exp = fields.get("exp")
    if exp is not None:
        exp = _integer(exp, "exp", _INPUT)
    sisense_url = _string(_required(fields, "sisense_url"), "sisense_url", _INPUT)
    return_to = fields.get("return_to")
    if return_to is not None:
        return_to = _string(return_to, "return_to", _INPUT)
    payload: dict[str, Any] = {
        "iat": iat,
        "sub": sub,
        "jti": jti,
    }
    if exp is not None:
        payload["exp"] = exp
    signing_input = _HEADER + "." + _b64url_nopad(_json(payload).encode())
    digest = hmac.digest(key, signing_input.encode("ascii"), "sha256")
    signature = _b64url_nopad(digest)
    token = signing_input + "." + signature
    url = embed_url(token, sisense_url=sisense_url, return_to=return_to)
    response: dict[str, Any] = {
        "token": token,
        "url": url,
    }
    return SisenseJwtSigned(token, url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:url]
def embed_url(token: str, *, sisense_url: str, return_to: str | None = None) -> str:
    """The embed URL that carries ``token``."""
    query = [
        "jwt=" + _percent(token),
    ]
    if return_to is not None:
        query.append("return_to=" + _percent(return_to))
    url = _raw(sisense_url, "sisense_url") + "/jwt?" + "&".join(query)
    return url


# --8<-- [end:url]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> SisenseJwtClaims:
    """Verify a Sisense SSO JWT and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        SisenseJwtError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
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
        type(value := payload.get("iat")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
        and type(value := payload.get("sub")) is str
        and value.isascii()
        and type(value := payload.get("jti")) is str
        and value.isascii()
    ):
        _integer(_claim(payload, "iat"), "iat", _CLAIM)
        _string(_claim(payload, "sub"), "sub", _CLAIM)
        _string(_claim(payload, "jti"), "jti", _CLAIM)
    if "exp" in payload:
        _integer(payload["exp"], "exp", _CLAIM)
    if "nbf" in payload:
        _integer(payload["nbf"], "nbf", _CLAIM)
    claims = payload
    now = int(time.time()) if now is None else now
    expires = claims.get("exp")
    issued = claims["iat"]
    if expires is not None and expires <= now:
        raise _Error("expired", f"expired at {expires}, now {now}, leeway 0s")
    if issued + 300 <= now:
        raise _Error("expired", f"issued at {issued}, more than 300s ago")
    if issued > now:
        raise _Error("not_yet_valid", f"iat {issued} is after now {now} + 0s")
    registered_nbf = claims.get("nbf")
    if registered_nbf is not None and registered_nbf > now:
        raise _Error("not_yet_valid", f"nbf {registered_nbf} (now {now}, leeway 0s)")
    return cast(SisenseJwtClaims, claims)


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
