"""Judging one answer against the expected result, on the harness side."""

from __future__ import annotations

from typing import Any

from conformance.harness.bytediff import answer_diff
from conformance.harness.outcome import Outcome
from conformance.harness.session import Reply

PROBLEMS = {"crash": Outcome.CRASH, "timeout": Outcome.TIMEOUT, "protocol": Outcome.ERROR}


def normalized(answer: dict[str, Any]) -> dict[str, Any]:
    """The comparable part of an answer: no id; a refusal is its error code only."""
    if answer.get("ok") is not True:
        return {"ok": False, "error": answer.get("error")}
    return {key: value for key, value in answer.items() if key != "id"}


def judge(expected: dict[str, Any], reply: Reply) -> tuple[Outcome, str, str]:
    """(outcome, detail, diff) for one reply."""
    if reply.answer is None:
        return PROBLEMS[reply.problem], reply.detail, ""
    if reply.answer.get("error") == "adapter_error":
        return Outcome.ERROR, f"adapter_error: {reply.answer.get('detail', '')}", ""
    want, got = normalized(expected), normalized(reply.answer)
    if want == got:
        return Outcome.PASS, "", ""
    return Outcome.FAIL, _summary(want, got), answer_diff(want, got)


def _summary(want: dict[str, Any], got: dict[str, Any]) -> str:
    if want.get("ok") is not got.get("ok"):
        return f"expected {_short(want)}, got {_short(got)}"
    if not want["ok"]:
        return f"expected error {want['error']}, got {got['error']}"
    members = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
    return "differs in " + ", ".join(members)


def _short(answer: dict[str, Any]) -> str:
    return "ok" if answer.get("ok") else f"error {answer.get('error')}"
