# Code generated from tests/golden/specs/golden-envelope.yaml — do not edit.

"""Golden envelope fixture (embedseal tests): sign, embed URL and verify.

Standard library only: copy this file into your project as it is.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, NotRequired, TypedDict, cast

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("account", "id", "until"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language


class GoldenEnvelopeError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = GoldenEnvelopeError  # the short name the checks below raise


class GoldenEnvelopeInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    account: str

    id: NotRequired[str]

    until: NotRequired[int]


class GoldenEnvelopeClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared members
    stay in the dict).
    """

    v: int
    account: str
    id: str
    until: int


class GoldenEnvelopeSigned(NamedTuple):
    """What :func:`sign` returns: the token, the embed URL, the signature (as in the token) and the
    response for the embedding page, in the vendor's shape (``token``, ``expires_at``).
    """

    token: str
    url: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: GoldenEnvelopeInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> GoldenEnvelopeSigned:
    """Sign ``fields`` as a Golden envelope fixture.

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    Raises:
        GoldenEnvelopeError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    v = 2
    account = _string(_required(fields, "account"), "account", _INPUT)
    id_ = fields.get("id")
    id_ = _string(
        str(uuid.UUID(bytes=random_bytes(16), version=4)) if id_ is None else id_, "id", _INPUT
    )
    until = fields.get("until")
    until = _integer(now + 900 if until is None else until, "until", _INPUT)
    message = "|".join((str(v), account, id_, str(until)))
    digest = hmac.digest(key, message.encode(), "sha384")
    signature = _b64(digest)
    # Strings and integers only: the JSON written out, each string as _json writes it,
    # in a fifth of the time the encoder takes to walk a dict of them.
    envelope = (
        f'{{"v":{v},"account":{_json(account)},"id":{_json(id_)},"until":{until},'
        f'"sig":"{signature}"}}'
    )
    token = _b64url_nopad(envelope.encode())
    url = embed_url(token)
    response: dict[str, Any] = {
        "token": token,
        "expires_at": until,
    }
    return GoldenEnvelopeSigned(token, url, signature, response)


# --8<-- [end:sign]


# --8<-- [start:url]
def embed_url(token: str) -> str:
    """The embed URL that carries ``token``."""
    url = "https://embed.example.com/t/" + token
    return url


# --8<-- [end:url]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> GoldenEnvelopeClaims:
    """Verify a Golden envelope fixture and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        GoldenEnvelopeError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``missing_claim``, ``invalid_claim``, ``expired``, ``not_yet_valid``
            or ``lifetime_too_long`` (the token).
    """
    key = _key(secret)
    envelope = _object(_from_b64url_nopad(token), "token")
    _integer(_claim(envelope, "v"), "v", _CLAIM)
    if envelope.get("v") != 2:
        raise _Error(_CLAIM, "v must be 2")
    _string(_claim(envelope, "account"), "account", _CLAIM)
    _string(_claim(envelope, "id"), "id", _CLAIM)
    _integer(_claim(envelope, "until"), "until", _CLAIM)
    received = _string(_claim(envelope, "sig"), "sig", _CLAIM)
    signature = _from_b64(received)
    message = "|".join(
        (str(envelope["v"]), envelope["account"], envelope["id"], str(envelope["until"]))
    )
    digest = hmac.digest(key, message.encode(), "sha384")
    if not hmac.compare_digest(digest, signature):
        raise _Error("bad_signature", "the signature does not match")
    claims = envelope  # parsed here, so it is ours: the signature is dropped in place, no copy
    del claims["sig"]
    now = int(time.time()) if now is None else now
    expires = claims["until"]
    if expires <= now:
        raise _Error("expired", f"expired at {expires}, now {now}, leeway 0s")
    if expires - now > 3600:
        raise _Error("lifetime_too_long", f"lives {expires - now}s, at most 3600s")
    return cast(GoldenEnvelopeClaims, claims)


# --8<-- [end:verify]


def _key(secret: str) -> bytes:
    """The HMAC key: the secret's UTF-8 bytes of at least 8 bytes."""
    if secret == "":
        raise _Error("invalid_key", "the secret is empty")
    try:
        key = secret.encode()
    except UnicodeEncodeError:
        raise _Error("invalid_key", "the secret is not valid text (a lone surrogate)") from None
    if len(key) < 8:
        raise _Error("weak_key", f"the key has {len(key)} bytes; this format needs 8")
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
