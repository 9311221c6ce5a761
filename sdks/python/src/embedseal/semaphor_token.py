# Code generated from spec/formats/semaphor-token.yaml — do not edit.

"""Semaphor dashboard token (Semaphor): exchange the secret for a token, revoke it.

Standard library only: copy this file into your project as it is. The secret is sent to
Semaphor (it issues the token) and never appears in an error.

https://docs.semaphor.cloud/docs/embedding/token-options
https://docs.semaphor.cloud/docs/api/tokens
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, NotRequired, TypedDict, cast
from urllib.parse import urlsplit

TIMEOUT_MS = 10000
"""How long a call waits for the vendor's complete answer (milliseconds)."""

_INPUT = "invalid_input"  # the error code of a refused input
_INPUTS = frozenset(("server_url", "dashboardId", "tokenExpiry", "endUserId", "params"))
_MAX_SAFE = 2**53 - 1  # the integers JSON carries exactly in every language
# A status outside the success list: the format's meaning of it, else its class's.
_STATUS_ERRORS = {
    "400": "invalid_request",
    "401": "unauthorized",
    "403": "forbidden",
    "404": "not_found",
    "429": "rate_limited",
    "4xx": "invalid_request",
    "5xx": "upstream_error",
}


class SemaphorTokenError(Exception):
    """Why an exchange failed (``code``: invalid_key, invalid_input, invalid_request,
    unauthorized, forbidden, not_found, rate_limited, upstream_error, timeout, bad_response);
    never holds the secret or the token. ``status``: the HTTP status, if any; ``retry_after``:
    the seconds a rate-limited caller should wait, if the vendor said."""

    def __init__(
        self, code: str, message: str, status: int | None = None, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.retry_after = retry_after


_Error = SemaphorTokenError  # the short name the checks below raise


class SemaphorTokenCurrencyFormat(TypedDict):
    """A declared object of the Semaphor dashboard token request."""

    locale: str
    """A BCP 47 locale: en-US."""

    currency: str
    """An ISO 4217 code: USD."""


class SemaphorTokenParams(TypedDict):
    """A declared object of the Semaphor dashboard token request."""

    currencyFormat: NotRequired[SemaphorTokenCurrencyFormat]
    """How numbers show as money; values as Intl.NumberFormat takes them."""


class SemaphorTokenInput(TypedDict):
    """What :func:`exchange` takes, keyed by wire name; a member left out (or None) gets its
    default.
    """

    server_url: NotRequired[str]
    """Semaphor's API origin (injectable for tests and private deployments)."""

    dashboardId: str
    """The dashboard's id (d_…)."""

    tokenExpiry: NotRequired[int]
    """How long the token lives, in seconds (Semaphor's default is one hour)."""

    endUserId: NotRequired[str]
    """Your id for the person viewing the dashboard."""

    params: NotRequired[SemaphorTokenParams]
    """User parameters the dashboard reads."""


@dataclass(frozen=True)
class SemaphorTokenExchanged:
    """What :func:`exchange` returns: the token, when it expires (Unix seconds, or None when
    unknown), the embed URL (or None) and the vendor's JSON answer as received."""

    token: str
    expires_at: int | None
    url: str | None
    response: Any


# --8<-- [start:exchange]
def exchange(
    fields: SemaphorTokenInput,
    secret: str,
    *,
    now: int | None = None,
    base_url: str | None = None,
    timeout_ms: int = TIMEOUT_MS,
) -> SemaphorTokenExchanged:
    """Send ``secret`` to Semaphor and receive a token.

    ``now`` is the Unix time in seconds (default: the clock); ``base_url`` replaces the
    scheme, host and port of the request URL (tests, proxies).

    Raises:
        SemaphorTokenError: the input or the secret is refused, or the call failed (``code`` says
            why).
    """
    _credential(secret, "the secret")
    if not isinstance(fields, dict):
        raise _Error(_INPUT, "fields: expected a dict")
    if unknown := fields.keys() - _INPUTS:
        raise _Error(_INPUT, f"{min(unknown)!r} is not an input of this format")
    now = int(time.time()) if now is None else now
    server_url = fields.get("server_url")
    server_url = _string(
        "https://semaphor.cloud" if server_url is None else server_url, "server_url", _INPUT
    )
    dashboard_id = _string(_required(fields, "dashboardId"), "dashboardId", _INPUT)
    token_expiry = fields.get("tokenExpiry")
    token_expiry = _bounded(
        _integer(3600 if token_expiry is None else token_expiry, "tokenExpiry", _INPUT),
        1,
        None,
        "tokenExpiry",
        _INPUT,
    )
    end_user_id = fields.get("endUserId")
    if end_user_id is not None:
        end_user_id = _string(end_user_id, "endUserId", _INPUT)
    params = fields.get("params")
    if params is not None:
        params = _semaphor_token_params(params, "params", _INPUT)
    url = _absolute(server_url + "/api/v1/token", base_url)
    headers = {"Accept": "application/json", "Content-Type": "application/json"}
    body: dict[str, Any] = {
        "dashboardId": dashboard_id,
        "dashboardSecret": secret,
        "tokenExpiry": token_expiry,
    }
    if end_user_id is not None:
        body["endUserId"] = end_user_id
    if params is not None:
        body["params"] = params
    data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    status, answer_headers, raw = _send("POST", url, headers, data, timeout_ms)
    _check_status(status, answer_headers, now, (200,))
    received = _body(raw)
    token = _string_member(received, ("accessToken",))
    embed: str | None = None
    expires_at: int | None = now + _lifetime(token_expiry, 1, 1)
    return SemaphorTokenExchanged(token, expires_at, embed, received)


# --8<-- [end:exchange]


# --8<-- [start:revoke]
def revoke(
    token: str,
    *,
    server_url: str | None = None,
    now: int | None = None,
    base_url: str | None = None,
    timeout_ms: int = TIMEOUT_MS,
) -> None:
    """Invalidate ``token`` at Semaphor (for example when the user logs out).

    Raises:
        SemaphorTokenError: the input is refused, or the call failed (``code`` says why).
    """
    _credential(token, "the token")
    now = int(time.time()) if now is None else now
    server_url = _string(
        "https://semaphor.cloud" if server_url is None else server_url, "server_url", _INPUT
    )
    url = _absolute(server_url + "/api/v1/invalidate-token", base_url)
    headers = {"Accept": "application/json"}
    headers["Authorization"] = "Bearer " + token
    status, answer_headers, _ = _send("POST", url, headers, None, timeout_ms)
    _check_status(status, answer_headers, now, (200,))


# --8<-- [end:revoke]


def _semaphor_token_currency_format(
    value: object, where: str, code: str
) -> SemaphorTokenCurrencyFormat:
    """Check one SemaphorTokenCurrencyFormat: declared members, in
    order (signing refuses others).
    """
    item = _mapping(value, where, code, ("locale", "currency"))
    out: dict[str, Any] = {}
    out["locale"] = _string(_member(item, "locale", where, code), where + ".locale", code)
    out["currency"] = _string(_member(item, "currency", where, code), where + ".currency", code)
    return cast(SemaphorTokenCurrencyFormat, out)


def _semaphor_token_params(value: object, where: str, code: str) -> SemaphorTokenParams:
    """Check one SemaphorTokenParams: declared members, in order (signing refuses others)."""
    item = _mapping(value, where, code, ("currencyFormat",))
    out: dict[str, Any] = {}
    if "currencyFormat" in item:
        out["currencyFormat"] = _semaphor_token_currency_format(
            item["currencyFormat"], where + ".currencyFormat", code
        )
    return cast(SemaphorTokenParams, out)


def _required(fields: Mapping[str, object], name: str) -> object:
    value = fields.get(name)
    if value is None:
        raise _Error(_INPUT, f"{name} is required")
    return value


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


def _bounded(value: int, minimum: int | None, maximum: int | None, where: str, code: str) -> int:
    if minimum is not None and value < minimum:
        raise _Error(code, f"{where}: {value} is below the minimum {minimum}")
    if maximum is not None and value > maximum:
        raise _Error(code, f"{where}: {value} is above the maximum {maximum}")
    return value


def _kind(value: object) -> str:
    names = {bool: "boolean", int: "integer", str: "string", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _credential(value: str, what: str) -> None:
    """An empty credential, or one that would break a header, is refused (never echoed)."""
    if not isinstance(value, str) or not value:
        raise _Error("invalid_key", f"{what} is empty")
    if any(char in value for char in "\r\n\0"):
        raise _Error("invalid_key", f"{what} holds a line break or NUL")


def _absolute(url: str, base_url: str | None) -> str:
    """``url`` checked (absolute http(s)); with ``base_url``, its origin replaced by that one."""
    parts = urlsplit(url)
    if not url.startswith(("https://", "http://")) or not parts.netloc:
        raise _Error(_INPUT, "the server URL must be absolute: https://host/…")
    if base_url is None:
        return url
    base = urlsplit(base_url)
    if base.scheme not in ("https", "http") or not base.netloc:
        raise _Error(_INPUT, "base_url must be an absolute http(s) URL")
    return base_url.rstrip("/") + url[len(parts.scheme) + 3 + len(parts.netloc) :]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is: credentials never follow it elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def _send(
    method: str, url: str, headers: dict[str, str], body: bytes | None, timeout_ms: int
) -> tuple[int, dict[str, str], bytes]:
    """One round trip: (status, headers with lower-case names, body)."""
    request = urllib.request.Request(url, data=body, headers=headers, method=method)
    deadline = time.monotonic() + timeout_ms / 1000
    try:
        try:
            opener = urllib.request.build_opener(_NoRedirect)
            with opener.open(request, timeout=timeout_ms / 1000) as answer:
                status, received, data = answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            status, received, data = error.code, error.headers, error.read()
    except TimeoutError:
        raise _Error("timeout", f"no answer within {timeout_ms} ms") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _Error("timeout", f"no answer within {timeout_ms} ms") from None
        raise _Error("upstream_error", "the vendor could not be reached") from None
    except OSError:
        raise _Error("upstream_error", "the vendor could not be reached") from None
    if time.monotonic() > deadline:
        raise _Error("timeout", f"no complete answer within {timeout_ms} ms")
    names = {name.lower(): value for name, value in received.items()} if received else {}
    return int(status), names, data


def _check_status(status: int, headers: dict[str, str], now: int, success: tuple[int, ...]) -> None:
    """A status outside ``success`` is the error the format gives it."""
    if status in success:
        return
    code = _STATUS_ERRORS.get(str(status)) or _STATUS_ERRORS.get(f"{status // 100}xx")
    retry_after = _retry_after(headers, now) if code == "rate_limited" else None
    message = f"the vendor answered HTTP {status}"
    raise _Error(code or "bad_response", message, status, retry_after)


def _retry_after(headers: dict[str, str], now: int) -> int | None:
    """Retry-After in seconds: delta-seconds, or an HTTP date relative to ``now``."""
    text = (headers.get("retry-after") or "").strip()
    if text.isdigit():
        return int(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0, int(when.timestamp()) - now)


def _body(data: bytes) -> Any:
    """The answer's JSON; anything else is a bad response."""
    try:
        return json.loads(data.decode())
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _Error("bad_response", "the body is not JSON") from None


def _at(body: Any, path: tuple[str, ...]) -> Any:
    """The member at ``path`` (object members from the root), or None."""
    value = body
    for name in path:
        if not isinstance(value, dict) or name not in value:
            return None
        value = value[name]
    return value


def _string_member(body: Any, path: tuple[str, ...]) -> str:
    value = _at(body, path)
    if not isinstance(value, str) or not value:
        raise _Error("bad_response", f"{'.'.join(path)} is not a non-empty string")
    return value


def _lifetime(value: object, multiplier: int, divisor: int) -> int:
    """A non-negative integer lifetime in its unit, in seconds."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _Error("bad_response", "the token's lifetime is not a whole number of seconds")
    return value * multiplier // divisor
