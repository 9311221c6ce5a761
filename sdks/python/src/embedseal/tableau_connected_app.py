# Code generated from spec/formats/tableau-connected-app.yaml — do not edit.

"""Tableau connected app JWT (Tableau): sign and verify.

Standard library only: copy this file into your project as it is.

https://help.tableau.com/current/online/en-us/connected_apps_direct.htm
https://help.tableau.com/current/online/en-us/connected_apps_troubleshoot.htm
https://help.tableau.com/current/api/embedding_api/en-us/docs/embedding_api_auth.html
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

_INPUT = "invalid_input"  # the error code of a refused sign input
_CLAIM = "invalid_claim"  # the error code of a refused claim
_INPUTS = frozenset(("iss", "exp", "jti", "sub", "scp", "kid", "attributes"))
# Names a member of attributes may not take: RFC 7519's registered claims, the declared ones.
_TAKEN = frozenset(("attributes", "aud", "exp", "iat", "iss", "jti", "kid", "nbf", "scp", "sub"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language


class TableauConnectedAppError(Exception):
    """Why a key, a sign call or a token was refused (``code``: invalid_key, weak_key,
    invalid_input; malformed, bad_signature, alg_not_allowed, expired, not_yet_valid,
    lifetime_too_long, missing_claim, invalid_claim); never holds the secret."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_Error = TableauConnectedAppError  # the short name the checks below raise


class TableauConnectedAppInput(TypedDict):
    """What :func:`sign` takes, keyed by wire name; a member left out (or None) gets its default."""

    iss: str
    """The connected app's client ID (Tableau requires it in the header and the payload)."""

    exp: NotRequired[int]
    """Expiry; Tableau refuses a token that expires more than 10 minutes from now."""

    jti: NotRequired[str]
    """A unique token id; Tableau accepts each token once."""

    sub: str
    """The Tableau user name (often an email address), case-sensitive."""

    scp: list[str]
    """The scopes granted, e.g. tableau:views:embed or tableau:content:read."""

    kid: str
    """The connected app's secret ID."""

    attributes: NotRequired[dict[str, Any]]
    """User attributes as top-level claims ("Region": "East"), and Tableau's optional ones such as
    "https://tableau.com/groups"; none may be a claim declared above or registered.
    """


class TableauConnectedAppClaims(TypedDict):
    """A verified token's members, keyed by wire name, as described in the input (undeclared
    members, such as the members of ``attributes`` that sign writes as claims of their own, stay
    in the dict).
    """

    iss: str
    exp: int
    jti: str
    aud: str
    sub: str
    scp: list[str]
    kid: str


class TableauConnectedAppSigned(NamedTuple):
    """What :func:`sign` returns: the token, the signature (as in the token) and the response for
    the embedding page, in the vendor's shape (``token``, ``expires_at``).
    """

    token: str
    signature: str
    response: dict[str, Any]


# --8<-- [start:sign]
def sign(
    fields: TableauConnectedAppInput,
    secret: str,
    *,
    now: int | None = None,
    random_bytes: Callable[[int], bytes] = secrets.token_bytes,
) -> TableauConnectedAppSigned:
    """Sign ``fields`` as a Tableau connected app JWT.

    ``now`` is the Unix time in seconds (default: the clock).
    ``random_bytes(n)`` gives n random bytes (default: :func:`secrets.token_bytes`).

    The members of ``attributes`` are written as claims of their own (after ``scp``, in their
    order); none may take the name of a declared or registered claim.

    Raises:
        TableauConnectedAppError: ``invalid_key`` or ``weak_key`` (the secret); ``invalid_input`` (a
            value is missing, of the wrong type or out of bounds, or a member of ``attributes``
            takes a declared or registered claim's name).
    """
    key = _key(secret)
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if not _INPUTS.issuperset(fields):  # builds no set, unlike the difference below
        unknown = fields.keys() - _INPUTS
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    iss = _string(_required(fields, "iss"), "iss", _INPUT)
    exp = fields.get("exp")
    exp = _integer(now + 300 if exp is None else exp, "exp", _INPUT)
    jti = fields.get("jti")
    jti = _string(
        str(uuid.UUID(bytes=random_bytes(16), version=4)) if jti is None else jti, "jti", _INPUT
    )
    aud = "tableau"
    sub = _max_length(_string(_required(fields, "sub"), "sub", _INPUT), 255, "sub", _INPUT)
    scp = _array(_required(fields, "scp"), "scp", _INPUT, _string)
    kid = _string(_required(fields, "kid"), "kid", _INPUT)
    attributes = fields.get("attributes")
    if attributes is not None:
        attributes = _free(attributes, "attributes", _INPUT, 1)
    payload: dict[str, Any] = {
        "iss": iss,
        "exp": exp,
        "jti": jti,
        "aud": aud,
        "sub": sub,
        "scp": scp,
    }
    if attributes is not None:
        for claim, value in attributes.items():
            if claim in _TAKEN:
                raise _Error(_INPUT, f"attributes: {claim!r} is a declared or registered claim")
            payload[claim] = value
    header: dict[str, Any] = {
        "alg": "HS256",
        "iss": iss,
        "kid": kid,
        "typ": "JWT",
    }
    signing_input = (
        _b64url_nopad(_json(header).encode()) + "." + _b64url_nopad(_json(payload).encode())
    )
    digest = hmac.digest(key, signing_input.encode("ascii"), "sha256")
    signature = _b64url_nopad(digest)
    token = signing_input + "." + signature
    response: dict[str, Any] = {
        "token": token,
        "expires_at": exp,
    }
    return TableauConnectedAppSigned(token, signature, response)


# --8<-- [end:sign]


# --8<-- [start:verify]
def verify(token: str, secret: str, *, now: int | None = None) -> TableauConnectedAppClaims:
    """Verify a Tableau connected app JWT and return its claims.

    ``now`` is the Unix time in seconds (default: the clock).

    Raises:
        TableauConnectedAppError: ``invalid_key`` or ``weak_key`` (the secret); ``malformed``,
            ``bad_signature``, ``alg_not_allowed``, ``missing_claim``, ``invalid_claim``,
            ``expired``, ``not_yet_valid`` or ``lifetime_too_long`` (the token).
    """
    key = _key(secret)
    segments = token.split(".")
    if len(segments) != 3:
        raise _Error("malformed", f"a JWS has 3 segments, this has {len(segments)}")
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
        type(value := payload.get("iss")) is str
        and value.isascii()
        and type(value := payload.get("exp")) is int
        and -_MAX_SAFE <= value <= _MAX_SAFE
        and type(value := payload.get("jti")) is str
        and value.isascii()
    ):
        _string(_claim(payload, "iss"), "iss", _CLAIM)
        _integer(_claim(payload, "exp"), "exp", _CLAIM)
        _string(_claim(payload, "jti"), "jti", _CLAIM)
    _string(_claim(payload, "aud"), "aud", _CLAIM)
    if payload.get("aud") != "tableau":
        raise _Error(_CLAIM, "aud must be 'tableau'")
    _max_length(_string(_claim(payload, "sub"), "sub", _CLAIM), 255, "sub", _CLAIM)
    _array(_claim(payload, "scp"), "scp", _CLAIM, _string)
    # sign writes the members of attributes as claims; one named attributes must be an object
    if "attributes" in payload:
        _free(payload["attributes"], "attributes", _CLAIM, 2)
    _string(_claim(header, "iss"), "iss", _CLAIM)
    _string(_claim(header, "kid"), "kid", _CLAIM)
    if header["iss"] != payload["iss"]:
        raise _Error(_CLAIM, "iss in the header differs from the payload's")
    if "nbf" in payload:
        _integer(payload["nbf"], "nbf", _CLAIM)
    if "iat" in payload:
        _integer(payload["iat"], "iat", _CLAIM)
    claims = {**payload, **{name: header[name] for name in ("kid",) if name in header}}
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
    if expires - now > 600:
        raise _Error("lifetime_too_long", f"lives {expires - now}s, at most 600s")
    return cast(TableauConnectedAppClaims, claims)


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
