"""The recorder as a process: the docker backend runs it in the vendor container.

Controlled over stdin/stdout with JSON lines, one case at a time:

* ``{"op": "arm", "answer": {...}}`` (a :class:`CannedAnswer` from :func:`encode_answer`) starts
  a fresh :class:`Recorder` on every interface, port 0; the answer is ``{"ok": true, "port": N}``;
* ``{"op": "report"}`` stops it (cutting any delayed answer short) and answers
  ``{"ok": true, "requests": [...]}`` (each from :func:`encode_request`);
* end of input stops everything. A bad line is answered ``{"ok": false, "error": "..."}``.

Bodies travel as base64, headers as ``[name, value]`` pairs in order.
"""

from __future__ import annotations

import base64
import json
import sys
from typing import IO, Any

from conformance.harness.recorder import CannedAnswer, RecordedRequest, Recorder


def encode_answer(answer: CannedAnswer) -> dict[str, Any]:
    """``answer`` as JSON."""
    return {
        "status": answer.status,
        "headers": [list(pair) for pair in answer.headers],
        "body": base64.b64encode(answer.body).decode("ascii"),
        "delay_ms": answer.delay_ms,
    }


def decode_answer(data: dict[str, Any]) -> CannedAnswer:
    """The inverse of :func:`encode_answer`."""
    headers = tuple((str(k), str(v)) for k, v in data.get("headers", []))
    body = base64.b64decode(data.get("body", ""))
    return CannedAnswer(int(data["status"]), headers, body, int(data.get("delay_ms", 0)))


def encode_request(request: RecordedRequest) -> dict[str, Any]:
    """``request`` as JSON."""
    return {
        "method": request.method,
        "target": request.target,
        "headers": [list(pair) for pair in request.headers],
        "body": base64.b64encode(request.body).decode("ascii"),
    }


def decode_request(data: dict[str, Any]) -> RecordedRequest:
    """The inverse of :func:`encode_request`."""
    headers = tuple((str(k), str(v)) for k, v in data["headers"])
    body = base64.b64decode(data["body"])
    return RecordedRequest(str(data["method"]), str(data["target"]), headers, body)


class Controller:
    """Holds the armed recorder between ``arm`` and ``report``."""

    def __init__(self, host: str) -> None:
        self._host = host
        self._recorder: Recorder | None = None

    def handle(self, line: str) -> dict[str, Any]:
        """One command line, one answer."""
        try:
            command = json.loads(line)
            if command.get("op") == "arm":
                self.stop()
                self._recorder = Recorder(decode_answer(command["answer"]), host=self._host)
                return {"ok": True, "port": self._recorder.port}
            if command.get("op") == "report":
                requests = self.stop()
                return {"ok": True, "requests": [encode_request(r) for r in requests]}
            return {"ok": False, "error": f"unknown command {command.get('op')!r}"}
        except Exception as error:  # any failure is the harness's to report
            return {"ok": False, "error": f"{type(error).__name__}: {error}"}

    def stop(self) -> list[RecordedRequest]:
        """Close the armed recorder (if any); what it received."""
        recorder, self._recorder = self._recorder, None
        if recorder is None:
            return []
        recorder.close()
        return recorder.requests


def serve(source: IO[str], sink: IO[str], host: str = "0.0.0.0") -> None:  # noqa: S104
    """Answer commands from ``source`` until it ends."""
    controller = Controller(host)
    try:
        for line in source:
            if line.strip():
                sink.write(json.dumps(controller.handle(line)) + "\n")
                sink.flush()
    finally:
        controller.stop()


if __name__ == "__main__":
    serve(sys.stdin, sys.stdout)
