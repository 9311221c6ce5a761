"""Exchange, interpreted from the format's YAML model: send the secret, read the token.

``exchange(fmt, secret, fields, now, transport)`` builds the request the format describes,
sends it through ``transport`` (urllib by default) and reads the answer. Every failure is an
:class:`ExchangeError` with a code from the shared vocabulary; no message holds the secret.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from conformance.reference.errors import EmbedsealError, ErrorCode
from conformance.reference.exchange_request import (
    build_request,
    build_revoke,
    check_secret,
    render,
    resolve,
    resolve_for_call,
)
from conformance.reference.exchange_response import ExchangeError, check_status, read_answer
from conformance.reference.http import (
    HttpRequest,
    HttpResponse,
    Transport,
    urllib_transport,
)
from conformance.reference.values import Values
from specmodel.exchange_model import ExchangeFormat


@dataclass(frozen=True)
class Exchanged:
    """The typed result: the token, when it expires (Unix s), the embed URL, the raw answer."""

    token: str
    expires_at: int | None
    url: str | None
    response: Any

    def as_json(self) -> dict[str, Any]:
        """The CLI / vector form."""
        return {
            "token": self.token,
            "expires_at": self.expires_at,
            "url": self.url,
            "response": self.response,
        }


def prepare(fmt: ExchangeFormat, secret: str, fields: Values, now: int) -> HttpRequest:
    """The request ``exchange`` would send (input errors raised here, before any I/O)."""
    with _scrubbed(secret):
        check_secret(secret)
        return build_request(fmt, secret, resolve(fmt, fields, now))


def exchange(
    fmt: ExchangeFormat,
    secret: str,
    fields: Values,
    now: int,
    transport: Transport = urllib_transport,
) -> Exchanged:
    """Trade ``secret`` for a token at Unix time ``now``."""
    with _scrubbed(secret):
        check_secret(secret)
        values = resolve(fmt, fields, now)
        response = send(build_request(fmt, secret, values), transport)
        check_status(fmt, response, now)
        answer = read_answer(fmt, response, values, now)
        url = answer.url
        if url is None and fmt.exchange.embed_url is not None:
            url = render(fmt.exchange.embed_url, values, answer.token)
        return Exchanged(answer.token, answer.expires_at, url, answer.body)


def revoke(
    fmt: ExchangeFormat,
    secret: str,
    token: str,
    fields: Values,
    now: int,
    transport: Transport = urllib_transport,
) -> None:
    """Invalidate ``token`` with the format's revocation call."""
    call = fmt.exchange.revoke
    if call is None:
        raise EmbedsealError(ErrorCode.INVALID_INPUT, f"{fmt.name} has no revocation call")
    with _scrubbed(secret, token):
        check_secret(token)
        request = build_revoke(fmt, secret, token, resolve_for_call(fmt, call, fields, now))
        check_status(fmt, send(request, transport), now)


def send(request: HttpRequest, transport: Transport) -> HttpResponse:
    """One round trip; a timeout or a missing answer become error codes."""
    try:
        return transport(request)
    except TimeoutError:
        raise ExchangeError(
            ErrorCode.TIMEOUT, f"no answer within {request.timeout_ms} ms"
        ) from None
    except OSError:
        raise ExchangeError(ErrorCode.UPSTREAM_ERROR, "the vendor could not be reached") from None


@contextmanager
def _scrubbed(*secrets: str) -> Iterator[None]:
    """Re-raise any EmbedsealError with the given secrets masked in its detail."""
    try:
        yield
    except EmbedsealError as error:
        for secret in (s for s in secrets if s):
            error.detail = error.detail.replace(secret, "***")
        error.args = (f"{error.code.value}: {error.detail}",)
        raise
