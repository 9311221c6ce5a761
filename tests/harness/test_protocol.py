"""The protocol schemas accept what the harness sends and what good adapters answer."""

from __future__ import annotations

import pytest

from conformance.harness import protocol
from conformance.harness.cases import load_all
from conformance.harness.protocol import ProtocolError

HELLO = {
    "id": "start",
    "ok": True,
    "protocol": 1,
    "language": "go",
    "runtime": "go1.22",
    "formats": ["tinybird-jwt"],
    "operations": ["sign", "verify"],
}


def test_every_request_the_harness_sends_is_valid() -> None:
    cases = load_all()
    sample = cases[:: max(len(cases) // 200, 1)]
    for case in sample:
        if case.exchange:  # aimed at a recording vendor: base_url and timeout_ms too
            request = case.exchange_request("x", "http://127.0.0.1:1", 1000)
        else:
            request = case.request("x")
        assert "expected" not in request
        assert protocol.problems("request", request) == [], case.key
    assert protocol.problems("request", protocol.start_request()) == []
    assert protocol.problems("request", protocol.stop_request()) == []


@pytest.mark.parametrize(
    "answer",
    [
        HELLO,
        {"id": "a", "ok": True, "claims": {"sub": "x"}},
        {"id": "a", "ok": True, "url": "u", "signature": "s", "response": {}, "token": "t"},
        {"id": "a", "ok": False, "error": "bad_signature"},
        {"id": None, "ok": False, "error": "adapter_error", "detail": "boom"},
        {"id": "a", "ok": True},  # a revoke answer: nothing but ok
    ],
)
def test_good_answers_are_valid(answer: dict[str, object]) -> None:
    assert protocol.problems("response", answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        {"id": "a", "ok": True, "token": "t"},  # ok, but only part of a sign answer
        {"id": "a", "ok": True, "result": {}},  # ok, but an empty exchange result
        {"id": "a", "ok": False},
        {"id": "a", "ok": False, "error": "Bad Signature"},
        {"id": "a", "ok": True, "claims": {}, "extra": 1},
        {**HELLO, "operations": ["url"]},
    ],
)
def test_bad_answers_are_refused(answer: dict[str, object]) -> None:
    assert protocol.problems("response", answer) != []


def test_decode_checks_json_object_and_id() -> None:
    assert protocol.decode(b'{"id":"a","ok":true}', "a")["ok"] is True
    for line in (b"nope", b"[1]", b'{"id":"b"}', b"\xff"):
        with pytest.raises(ProtocolError):
            protocol.decode(line, "a")


def test_hello_is_parsed_and_version_checked() -> None:
    assert protocol.hello(HELLO).formats == ("tinybird-jwt",)
    with pytest.raises(ProtocolError, match="protocol"):
        protocol.hello({**HELLO, "protocol": 2})
