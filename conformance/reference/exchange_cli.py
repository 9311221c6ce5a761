"""The ``exchange`` and ``revoke`` operations of the reference CLI: offline, canned answers.

Input: ``{"secret", "now", "fields", "response": <canned answer>}`` (``revoke`` adds
``"token"``). Output: ``{"ok": true, "request": …, "result": …}`` or
``{"ok": false, "error": code, "request": …, "detail": …}``; the secret is never printed.
"""

from __future__ import annotations

from typing import Any

from conformance.reference.canned import canned_transport, describe
from conformance.reference.errors import EmbedsealError
from conformance.reference.exchange import exchange, revoke
from conformance.reference.exchange_response import ExchangeError
from conformance.reference.http import HttpRequest
from specmodel.exchange_model import ExchangeFormat

EXCHANGE_REQUIRED = ("secret", "now", "fields", "response")
REVOKE_REQUIRED = (*EXCHANGE_REQUIRED, "token")


def run_exchange(operation: str, fmt: ExchangeFormat, document: dict[str, Any]) -> dict[str, Any]:
    """Run one exchange (or revocation) against the document's canned answer."""
    seen: list[HttpRequest] = []
    transport = canned_transport(document["response"], seen)
    secret, now, fields = document["secret"], document["now"], document["fields"]
    try:
        if operation == "revoke":
            revoke(fmt, secret, document["token"], fields, now, transport)
            return {"ok": True, "request": describe(seen[0])}
        result = exchange(fmt, secret, fields, now, transport).as_json()
        return {"ok": True, "request": describe(seen[0]), "result": result}
    except EmbedsealError as error:
        return _failure(error, seen)


def _failure(error: EmbedsealError, seen: list[HttpRequest]) -> dict[str, Any]:
    out: dict[str, Any] = {"ok": False, "error": error.code.value}
    if seen:
        out["request"] = describe(seen[0])
    if isinstance(error, ExchangeError) and error.retry_after is not None:
        out["retry_after"] = error.retry_after
    out["detail"] = error.detail
    return out
