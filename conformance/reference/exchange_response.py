"""Reading the vendor's answer: status → error code, JSON paths → token, lifetime, URL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, NoReturn

from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.http import HttpResponse
from conformance.reference.values import Values
from specmodel.exchange_model import SECONDS_PER_UNIT, ExchangeFormat, Expiry

_MISSING: Any = object()


class ExchangeError(EmbedsealError):
    """An exchange refused or failed: the code, the HTTP status and Retry-After if any."""

    def __init__(
        self,
        code: ErrorCode,
        detail: str,
        status: int | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(code, detail)
        self.status = status
        self.retry_after = retry_after


@dataclass(frozen=True)
class Answer:
    """The parts of a successful answer: token, when it expires, the embed URL, the body."""

    token: str
    expires_at: int | None
    url: str | None
    body: Any


def check_status(fmt: ExchangeFormat, response: HttpResponse, now: int) -> None:
    """A status outside ``success`` raises the format's error for it."""
    if response.status in fmt.exchange.success:
        return
    code = ErrorCode(fmt.exchange.error_for(response.status))
    retry = retry_after(response, now) if code is ErrorCode.RATE_LIMITED else None
    raise ExchangeError(code, f"the vendor answered HTTP {response.status}", response.status, retry)


def retry_after(response: HttpResponse, now: int) -> int | None:
    """Retry-After in seconds (delta-seconds, or an HTTP date relative to ``now``)."""
    text = (response.header("Retry-After") or "").strip()
    if text.isdigit():
        return int(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0, int(when.timestamp()) - now)


def read_answer(fmt: ExchangeFormat, response: HttpResponse, values: Values, now: int) -> Answer:
    """The token and friends from a success body; anything not as described is bad_response."""
    body = _parse(response.body)
    mapping = fmt.exchange.response
    for expectation in mapping.require:
        if member(body, expectation.path) != expectation.equals:
            _bad(f"{'.'.join(expectation.path)} is not {expectation.equals!r}")
    token = _string(body, mapping.token)
    url = _string(body, mapping.url) if mapping.url is not None else None
    lifetime = _lifetime(mapping.expires_in, body, values)
    return Answer(token, None if lifetime is None else now + lifetime, url, body)


def member(body: Any, path: tuple[str, ...]) -> Any:
    """The value at ``path`` (object members from the root), or a private missing marker."""
    value = body
    for name in path:
        if not isinstance(value, dict) or name not in value:
            return _MISSING
        value = value[name]
    return value


def _parse(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        _bad("the body is not JSON")


def _string(body: Any, path: tuple[str, ...]) -> str:
    value = member(body, path)
    if not isinstance(value, str) or not value:
        _bad(f"{'.'.join(path)} is not a non-empty string")
    return value


def _lifetime(expiry: Expiry | None, body: Any, values: Values) -> int | None:
    if expiry is None:
        return None
    value = values.get(expiry.field) if expiry.field else member(body, expiry.path or ())
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        _bad("the token's lifetime is not a non-negative integer")
    return int(value * SECONDS_PER_UNIT[expiry.unit])


def _bad(detail: str) -> NoReturn:
    raise ExchangeError(ErrorCode.BAD_RESPONSE, detail)
