"""The reference's answer to a fuzz request, and how an adapter's answer is compared with it."""

from __future__ import annotations

import copy
from typing import Any

from conformance.harness.recorder import same_json
from conformance.reference import EmbedsealError, sign, verify
from specmodel.model import Format

Answer = dict[str, Any]


class ReferenceCrash(Exception):  # noqa: N818 - names what happened
    """The reference raised something other than its own error: a reference bug."""


def reference_answer(fmt: Format, request: dict[str, Any]) -> Answer:
    """``{ok: true, …}`` or ``{ok: false, error}`` as the protocol's answers say it."""
    try:
        if request["op"] == "sign":
            random = bytes.fromhex(request["random"])
            fields = copy.deepcopy(request["fields"])
            signed = sign(fmt, request["secret"], fields, request["now"], random)
            return signed.as_json()
        claims = verify(fmt, request["secret"], request["token"], request["now"])
        return {"ok": True, "claims": claims}
    except EmbedsealError as error:
        return {"ok": False, "error": error.code.value}
    except Exception as error:
        raise ReferenceCrash(f"{type(error).__name__}: {error}") from error


def outcome(answer: Answer) -> str:
    """``ok`` or the error code (``adapter_error`` for an adapter's own failure)."""
    return "ok" if answer.get("ok") is True else str(answer.get("error"))


def agrees(expected: Answer, got: Answer) -> bool:
    """The same decision and code; for a success, the same bytes and values (types kept)."""
    if outcome(expected) != outcome(got):
        return False
    if not expected.get("ok"):
        return True
    wanted = {key: value for key, value in expected.items() if key != "ok"}
    actual = {key: value for key, value in got.items() if key not in ("ok", "id")}
    return same_json(wanted, actual)
