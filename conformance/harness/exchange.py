"""Exchange and revoke cases: the adapter calls a one-shot recording vendor.

Per case, a fake vendor (:meth:`~conformance.harness.backend.Adapter.vendor`: a
:class:`~conformance.harness.recorder.Recorder` on 127.0.0.1 for the local backend, one in a
recorder container on the adapter's private network for the docker backend) plays the case's
canned answer; the adapter gets the case's request with ``base_url`` (the recorder) and
``timeout_ms``, exactly as ``tests/test_exchange_sdks.py`` sends it. The case passes when the
answer matches the vector's result or error code (``retry_after`` too, when the adapter gives
one), is on the protocol schema, holds neither the secret nor the token when it is an error,
and the request the vendor received is the vector's ``expected.request`` (none for cases
refused before sending).

Time is scaled so a run stays short: ``timeout_ms`` is the format's timeout times
``EMBEDSEAL_EXCHANGE_TIME_SCALE`` (default 0.2); delays shorter than the format's timeout are
scaled the same way, longer ones are kept (they time out either way).
"""

from __future__ import annotations

import json
import os
from typing import Any

from conformance.harness.cases import Case
from conformance.harness.protocol import problems
from conformance.harness.recorder import CannedAnswer, request_differences
from conformance.harness.session import Reply, Session

DEFAULT_TIMEOUT_MS = 10_000  # a format the spec loader does not know (test vectors)
MIN_SECRET = 8  # shorter secrets or tokens are too common to look for in an answer


def time_scale() -> float:
    """The factor applied to exchange timeouts and delays."""
    return float(os.environ.get("EMBEDSEAL_EXCHANGE_TIME_SCALE", "0.2"))


def format_timeout_ms(format_name: str) -> int:
    """The format's exchange timeout (the default for a format the spec loader lacks)."""
    from specmodel import ExchangeFormat, resolve_format

    try:
        spec = resolve_format(format_name)
    except Exception:  # an unknown format (the harness tests' fake one)
        return DEFAULT_TIMEOUT_MS
    return spec.exchange.timeout if isinstance(spec, ExchangeFormat) else DEFAULT_TIMEOUT_MS


def expected_answer(case: Case) -> dict[str, Any]:
    """The comparable expected answer: the result, ok alone (revoke) or the error code."""
    expected = case.expected
    if not expected.get("ok"):
        return {"ok": False, "error": expected.get("error")}
    if case.op == "revoke":
        return {"ok": True}
    return {"ok": True, "result": expected.get("result")}


def without_retry_after(reply: Reply) -> Reply:
    """The reply without ``retry_after`` (checked on its own), for the generic judge."""
    if reply.answer is None or "retry_after" not in reply.answer:
        return reply
    answer = {k: v for k, v in reply.answer.items() if k != "retry_after"}
    return Reply(answer, reply.problem, reply.detail, reply.seconds)


def call(session: Session, case: Case, request_id: str) -> tuple[Reply, list[str]]:
    """Run one exchange or revoke case; the reply and the problems beyond the answer itself."""
    timeout = format_timeout_ms(case.format)
    scale = time_scale()
    scaled = max(1, int(timeout * scale))
    response = case.response or {"status": 200, "body": {}}
    delay = int(response.get("delay_ms", 0))
    if delay < timeout:
        delay = int(delay * scale)
    with session.vendor(CannedAnswer.from_vector(response, delay_ms=delay)) as vendor:
        request = case.exchange_request(request_id, vendor.base_url, scaled)
        reply = session.call(request, timeout=scaled / 1000 + session.timeout)
    received = vendor.requests
    if reply.answer is None:
        return reply, []
    return reply, _extra_problems(case, reply.answer, received)


def warm_up(session: Session, case: Case, request_id: str, seconds: float) -> None:
    """Send ``case`` once, answered at once, with ``seconds`` for the adapter's HTTP call and
    for its answer; the answer is dropped (the runtime's first HTTP call, warmed)."""
    response = case.response or {"status": 200, "body": {}}
    with session.vendor(CannedAnswer.from_vector(response, delay_ms=0)) as vendor:
        request = case.exchange_request(request_id, vendor.base_url, int(seconds * 1000))
        session.call(request, timeout=seconds)


def _extra_problems(case: Case, answer: dict[str, Any], received: list[Any]) -> list[str]:
    found = [f"answer off the protocol schema: {p}" for p in problems("response", answer)[:3]]
    if answer.get("ok") is not True:
        text = json.dumps(answer, ensure_ascii=False)
        secrets = (case.secret, str(case.inputs.get("token", "")))
        if any(len(s) >= MIN_SECRET and s in text for s in secrets):
            found.append("the error answer holds the secret or the token")
    if "retry_after" in answer and answer["retry_after"] != case.expected.get("retry_after"):
        wanted = case.expected.get("retry_after")
        found.append(f"retry_after {answer['retry_after']!r}, expected {wanted!r}")
    found += [f"request {p}" for p in request_differences(case.expected.get("request"), received)]
    return found
