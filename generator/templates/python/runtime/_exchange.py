"""The HTTP side of exchange formats: send the request, map the status, read the answer.

Standard library only (``urllib``). Redirects are never followed (credentials must not
travel elsewhere). No error message holds the secret or the token.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, NoReturn
from urllib.parse import urlsplit

from .errors import (
    BadResponse,
    ExchangeError,
    ExchangeTimeout,
    Forbidden,
    InvalidInput,
    InvalidKey,
    InvalidRequest,
    NotFound,
    RateLimited,
    Unauthorized,
    UpstreamError,
)

_ERRORS: dict[str, type[ExchangeError]] = {
    "invalid_request": InvalidRequest,
    "unauthorized": Unauthorized,
    "forbidden": Forbidden,
    "not_found": NotFound,
    "rate_limited": RateLimited,
    "upstream_error": UpstreamError,
    "timeout": ExchangeTimeout,
    "bad_response": BadResponse,
}
_MISSING: Any = object()


@dataclass(frozen=True)
class Answer:
    """What came back: status, headers (names lower-cased), body bytes."""

    status: int
    headers: Mapping[str, str]
    body: bytes


@dataclass(frozen=True)
class ResponseRules:
    """How a format reads answers: success statuses, the status → error table."""

    success: tuple[int, ...]
    status_errors: Mapping[str, str]  # "429" or "5xx" → error code


def check_credential(value: str, what: str) -> None:
    """An empty credential, or one that would break a header, is refused (never echoed)."""
    if not isinstance(value, str):
        raise InvalidKey(f"{what}: expected a string")
    if not value:
        raise InvalidKey(f"{what} is empty")
    if any(char in value for char in "\r\n\0"):
        raise InvalidKey(f"{what} holds a line break or NUL")


def absolute_url(url: str, base_url: str | None) -> str:
    """``url`` checked (absolute http(s)); with ``base_url``, its origin replaced by that one."""
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not url.startswith(("https://", "http://")):
        raise InvalidInput("the server URL must start with https:// (or http://)")
    if not parts.netloc:
        raise InvalidInput("the server URL has no host")
    if base_url is None:
        return url
    base = urlsplit(base_url)
    if base.scheme not in ("https", "http") or not base.netloc:
        raise InvalidInput("base_url must be an absolute http(s) URL")
    origin_length = len(parts.scheme) + 3 + len(parts.netloc)
    return base_url.rstrip("/") + url[origin_length:]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is: credentials never follow it."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def send(
    method: str, url: str, headers: Mapping[str, str], body: bytes | None, timeout_ms: int
) -> Answer:
    """One round trip; a timeout or no answer at all become typed errors."""
    request = urllib.request.Request(url, data=body, headers=dict(headers), method=method)
    opener = urllib.request.build_opener(_NoRedirect)
    deadline = time.monotonic() + timeout_ms / 1000
    try:
        try:
            with opener.open(request, timeout=timeout_ms / 1000) as response:
                status, received, data = response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            status, received, data = error.code, error.headers, error.read()
    except TimeoutError:
        raise ExchangeTimeout(f"no answer within {timeout_ms} ms") from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ExchangeTimeout(f"no answer within {timeout_ms} ms") from None
        raise UpstreamError("the vendor could not be reached") from None
    except OSError:
        raise UpstreamError("the vendor could not be reached") from None
    if time.monotonic() > deadline:
        raise ExchangeTimeout(f"no complete answer within {timeout_ms} ms")
    names = {name.lower(): value for name, value in received.items()} if received else {}
    return Answer(int(status), names, data)


def check_status(rules: ResponseRules, answer: Answer, now: int) -> None:
    """A status outside ``success`` raises the format's error for it."""
    if answer.status in rules.success:
        return
    code = "bad_response"
    for key in (str(answer.status), f"{answer.status // 100}xx"):
        if key in rules.status_errors:
            code = rules.status_errors[key]
            break
    message = f"the vendor answered HTTP {answer.status}"
    if code == "rate_limited":
        raise RateLimited(message, answer.status, retry_after(answer, now))
    raise _ERRORS[code](message, answer.status)


def retry_after(answer: Answer, now: int) -> int | None:
    """Retry-After in seconds (delta-seconds, or an HTTP date relative to ``now``)."""
    text = (answer.headers.get("retry-after") or "").strip()
    if text.isdigit():
        return int(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0, int(when.timestamp()) - now)


def parse_body(answer: Answer) -> Any:
    """The body as JSON; anything else is a bad response."""
    try:
        return json.loads(answer.body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        bad("the body is not JSON")


def member(body: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` (object members from the root), or a private missing marker."""
    value = body
    for name in path:
        if not isinstance(value, dict) or name not in value:
            return _MISSING
        value = value[name]
    return value


def require(body: Any, path: tuple[str, ...], expected: object) -> None:
    """The member at ``path`` must equal ``expected``."""
    if member(body, path) != expected:
        bad(f"{'.'.join(path)} is not {expected!r}")


def string_member(body: Any, path: tuple[str, ...]) -> str:
    """A non-empty string at ``path``."""
    value = member(body, path)
    if not isinstance(value, str) or not value:
        bad(f"{'.'.join(path)} is not a non-empty string")
    return value


def lifetime(value: object, multiplier: int, divisor: int) -> int:
    """A non-negative integer lifetime in its unit → seconds."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        bad("the token's lifetime is not a non-negative integer")
    return value * multiplier // divisor


def bad(detail: str) -> NoReturn:
    raise BadResponse(detail)
