"""Canned answers for offline exchanges, and the vendor's view of a request.

A canned answer is JSON: ``{"status", "headers", "body"}`` (a JSON body) or ``"text"``
(raw text, for malformed bodies), optionally ``"delay_ms"``: an answer slower than the
request's timeout is a timeout.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from conformance.reference.http import HttpRequest, HttpResponse, Transport


def canned_transport(answer: dict[str, Any], seen: list[HttpRequest]) -> Transport:
    """A transport that records each request in ``seen`` and plays ``answer``."""

    def transport(request: HttpRequest) -> HttpResponse:
        seen.append(request)
        if answer.get("delay_ms", 0) > request.timeout_ms:
            raise TimeoutError("the canned answer is slower than the timeout")
        return to_response(answer)

    return transport


def to_response(answer: dict[str, Any]) -> HttpResponse:
    """The HTTP response a canned answer stands for."""
    if "text" in answer:
        body = str(answer["text"]).encode("utf-8")
    else:
        body = json.dumps(answer.get("body"), separators=(",", ":")).encode("utf-8")
    return HttpResponse(int(answer["status"]), dict(answer.get("headers", {})), body)


def describe(request: HttpRequest) -> dict[str, Any]:
    """What the vendor must receive: method, path, query, headers, the JSON body."""
    parts = urlsplit(request.url)
    return {
        "method": request.method,
        "path": parts.path,
        "query": dict(parse_qsl(parts.query, keep_blank_values=True)),
        "headers": dict(request.headers),
        "json": json.loads(request.body) if request.body else None,
    }
