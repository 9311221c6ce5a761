"""The docker backend's fake vendor without Docker: the JSON-lines server that runs in the
recorder container, and what gets copied into that container."""

from __future__ import annotations

import contextlib
import io
import json
import tarfile
import urllib.error
import urllib.request

from conformance.harness import vendornet
from conformance.harness.containers import RUNNER_UID
from conformance.harness.recorder import CannedAnswer, RecordedRequest
from conformance.harness.vendor_server import (
    Controller,
    decode_answer,
    decode_request,
    encode_answer,
    encode_request,
    serve,
)


def test_answers_and_requests_survive_the_json_lines() -> None:
    answer = CannedAnswer(429, (("Retry-After", "7"), ("X-A", "b")), b"\x00\xffbody", 15)
    assert decode_answer(json.loads(json.dumps(encode_answer(answer)))) == answer
    request = RecordedRequest("POST", "/t?a=1", (("Host", "x"), ("host", "y")), b"\x01{}")
    assert decode_request(json.loads(json.dumps(encode_request(request)))) == request


def test_arm_then_report_records_what_arrived() -> None:
    controller = Controller("127.0.0.1")
    armed = controller.handle(json.dumps({"op": "arm", "answer": encode_answer(CannedAnswer(201))}))
    assert armed["ok"] is True
    url = f"http://127.0.0.1:{armed['port']}/token?x=1"
    body = b'{"secret":"s"}'
    sent = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(sent, timeout=5) as response:  # noqa: S310 - loopback only
        assert response.status == 201
    report = controller.handle('{"op": "report"}')
    assert report["ok"] is True
    (got,) = [decode_request(r) for r in report["requests"]]
    assert (got.method, got.path, got.query, got.body) == ("POST", "/token", {"x": "1"}, body)
    assert got.header("content-type") == "application/json"
    assert controller.handle('{"op": "report"}') == {"ok": True, "requests": []}  # disarmed


def test_report_cuts_a_delayed_answer_short() -> None:
    controller = Controller("127.0.0.1")
    slow = encode_answer(CannedAnswer(200, delay_ms=60_000))
    port = controller.handle(json.dumps({"op": "arm", "answer": slow}))["port"]
    with contextlib.suppress(urllib.error.URLError, TimeoutError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=0.3)
    report = controller.handle('{"op": "report"}')
    assert len(report["requests"]) == 1


def test_bad_commands_are_answered_not_fatal() -> None:
    source = io.StringIO('not json\n\n{"op": "dance"}\n{"op": "arm"}\n{"op": "report"}\n')
    sink = io.StringIO()
    serve(source, sink, host="127.0.0.1")
    answers = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [a["ok"] for a in answers] == [False, False, False, True]
    assert "unknown command 'dance'" in answers[1]["error"]


def test_names_and_the_files_copied_into_the_recorder_container() -> None:
    network, recorder = vendornet.names("go", "abcd1234")
    assert network == "embedseal-vendor-go-abcd1234"
    assert recorder == "embedseal-recorder-go-abcd1234"
    assert vendornet.names("go") != vendornet.names("go")  # random per run
    with tarfile.open(fileobj=io.BytesIO(vendornet._tar(vendornet.server_files()))) as archive:
        members = {m.name: m for m in archive.getmembers()}
        assert {"conformance", "conformance/harness"} <= set(members)
        assert members["conformance/harness/recorder.py"].size > 0
        assert members["conformance/harness/vendor_server.py"].isfile()
        assert all(m.uid == RUNNER_UID for m in members.values())
