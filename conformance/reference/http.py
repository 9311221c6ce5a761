"""The HTTP seam of the exchange: plain request/response values and the default transport.

A transport is any callable that takes an :class:`HttpRequest` and returns an
:class:`HttpResponse`, or raises :class:`TimeoutError` when no answer came in time (or
:class:`ConnectionError` when none came at all). Tests and vectors inject canned ones.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HttpRequest:
    """What is sent: method, absolute URL, headers in order, body bytes, timeout."""

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    timeout_ms: int = 10_000


@dataclass(frozen=True)
class HttpResponse:
    """What came back: status, headers (looked up case-insensitively), body bytes."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or None."""
        return _lookup(self.headers, name)


Transport = Callable[[HttpRequest], HttpResponse]


def _lookup(headers: Mapping[str, str], name: str) -> str | None:
    wanted = name.lower()
    return next((value for key, value in headers.items() if key.lower() == wanted), None)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered as it is: credentials never follow it to another place."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def urllib_transport(request: HttpRequest) -> HttpResponse:
    """The default transport: urllib, no redirects, the request's timeout."""
    if not request.url.startswith(("https://", "http://")):
        raise ConnectionError("only http(s) URLs are fetched")
    sent = urllib.request.Request(  # noqa: S310 - the scheme is checked above
        request.url, data=request.body or None, headers=request.headers, method=request.method
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(sent, timeout=request.timeout_ms / 1000) as answer:
            return HttpResponse(answer.status, dict(answer.headers.items()), answer.read())
    except urllib.error.HTTPError as error:
        return HttpResponse(error.code, dict(error.headers.items()), error.read())
    except TimeoutError as error:
        raise TimeoutError("no answer in time") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise TimeoutError("no answer in time") from error
        raise ConnectionError(type(error.reason).__name__) from error
