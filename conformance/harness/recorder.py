"""A one-shot recording HTTP server for exchange cases: it plays the vendor's canned answer.

The server listens on loopback (port 0: the system picks one), records every request that
reaches it (method, raw path, query, headers in order, body bytes) and answers each with the
case's canned response: ``{"status", "headers", "body"}`` (a JSON body), ``"text"`` (a raw
body) and optionally ``"delay_ms"`` (the answer waits that long; closing the recorder cuts the
wait short and drops the connection). :func:`request_differences` compares what arrived with
a vector's ``expected.request`` (method, path, query, the listed headers with names in any
case, extra headers allowed, and the JSON body).

Use it as a context manager::

    with Recorder(CannedAnswer.from_vector(case["response"])) as vendor:
        ...  # send the adapter an exchange with base_url=vendor.base_url
    differences = request_differences(case["expected"].get("request"), vendor.requests)
"""

from __future__ import annotations

import json
import selectors
import socket
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

MAX_BODY = 16 * 1024 * 1024  # a request body larger than this is cut (and fails the compare)


@dataclass(frozen=True)
class CannedAnswer:
    """What the fake vendor answers: status, headers, body bytes, and how long it waits."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delay_ms: int = 0

    @classmethod
    def from_vector(cls, answer: Mapping[str, Any], delay_ms: int | None = None) -> CannedAnswer:
        """The answer a vector's ``response`` stands for (``delay_ms`` overrides its delay)."""
        if "text" in answer:
            body = str(answer["text"]).encode("utf-8")
        else:
            body = json.dumps(answer.get("body"), separators=(",", ":")).encode("utf-8")
        headers = tuple((str(k), str(v)) for k, v in dict(answer.get("headers", {})).items())
        delay = int(answer.get("delay_ms", 0)) if delay_ms is None else delay_ms
        return cls(int(answer["status"]), headers, body, delay)


@dataclass(frozen=True)
class RecordedRequest:
    """One request as it arrived: method, raw path, raw query, headers in order, body."""

    method: str
    target: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    @property
    def path(self) -> str:
        """The path as sent (not percent-decoded)."""
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        """The query parameters, decoded (as the reference describes them)."""
        return dict(parse_qsl(urlsplit(self.target).query, keep_blank_values=True))

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (any case), or None."""
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)

    def describe(self) -> dict[str, Any]:
        """The request in the vectors' shape (the body as text when it is not JSON)."""
        body: Any = None
        if self.body:
            try:
                body = json.loads(self.body)
            except ValueError:
                body = {"<not JSON>": self.body.decode("utf-8", "replace")}
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": dict(self.headers),
            "json": body,
        }


@dataclass
class _State:
    answer: CannedAnswer
    requests: list[RecordedRequest] = field(default_factory=list)
    closing: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    timeout = 0  # handle_request never blocks: the recorder's own loop waits

    def __init__(self, state: _State, host: str) -> None:
        self.state = state
        super().__init__((host, 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _handle(self) -> None:
        state = self.server.state
        body = self._read_body()
        recorded = RecordedRequest(self.command, self.path, tuple(self.headers.items()), body)
        with state.lock:
            state.requests.append(recorded)
        answer = state.answer
        if answer.delay_ms > 0 and state.closing.wait(answer.delay_ms / 1000):
            self.close_connection = True
            return  # closed while waiting: no answer at all
        try:
            self.send_response(answer.status)
            for name, value in answer.headers:
                if name.lower() not in ("content-length", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(answer.body)
            self.wfile.flush()
        except OSError:
            pass  # the client gave up (timed out) before the answer
        self.close_connection = True

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = bytearray()
            while len(chunks) <= MAX_BODY:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass  # trailers
                    break
                chunks += self.rfile.read(size)
                self.rfile.readline()
            return bytes(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(min(length, MAX_BODY)) if length > 0 else b""

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def do_PUT(self) -> None:
        self._handle()

    def do_DELETE(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: requests are recorded, not logged (they carry secrets)."""


class Recorder:
    """A running fake vendor on loopback; ``base_url`` is where to send requests.

    Its thread waits on the listening socket and on a wake-up socket at once, so :meth:`close`
    takes effect at once (``serve_forever`` would wait out its poll interval: ~50 ms a case).
    """

    def __init__(self, answer: CannedAnswer, host: str = "127.0.0.1") -> None:
        self._state = _State(answer)
        self._server = _Server(self._state, host)
        self._wake, self._waker = socket.socketpair()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self._server.socket, selectors.EVENT_READ)
            selector.register(self._wake, selectors.EVENT_READ)
            while not any(key.fileobj is self._wake for key, _ in selector.select()):
                self._server.handle_request()  # ready (or returns at once: timeout 0)

    @property
    def port(self) -> int:
        """The port the system picked."""
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{self._server.server_address[0]!s}:{self.port}"

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far (all of them once closed), in arrival order."""
        with self._state.lock:
            return list(self._state.requests)

    def close(self) -> None:
        """Stop listening and cut short any answer still waiting."""
        self._state.closing.set()
        self._waker.send(b"x")
        self._thread.join(timeout=5)
        self._server.server_close()
        self._wake.close()
        self._waker.close()

    def __enter__(self) -> Recorder:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def same_json(a: Any, b: Any) -> bool:
    """JSON equality that keeps types apart (``1`` is not ``1.0`` nor ``true``)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same_json(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same_json(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def request_differences(
    expected: Mapping[str, Any] | None, received: list[RecordedRequest]
) -> list[str]:
    """How the received requests differ from ``expected`` (None: no request may arrive)."""
    if expected is None:
        return [f"no request expected, {len(received)} arrived"] if received else []
    if len(received) != 1:
        return [f"one request expected, {len(received)} arrived"]
    got = received[0]
    problems = []
    if got.method != expected["method"]:
        problems.append(f"method {got.method!r}, expected {expected['method']!r}")
    if got.path != expected["path"]:
        problems.append(f"path {got.path!r}, expected {expected['path']!r}")
    if got.query != dict(expected.get("query", {})):
        problems.append(f"query {got.query!r}, expected {expected.get('query')!r}")
    for name, value in dict(expected.get("headers", {})).items():
        actual = got.header(name)
        if actual != value:
            shown = "absent" if actual is None else "a different value"
            problems.append(f"header {name}: {shown}, expected {value!r}")
    wanted = expected.get("json")
    if wanted is None:
        if got.body:
            problems.append(f"no body expected, {len(got.body)} bytes arrived")
    else:
        try:
            body = json.loads(got.body)
        except ValueError:
            problems.append("the body is not JSON")
        else:
            if not same_json(body, wanted):
                problems.append(f"JSON body {body!r}, expected {wanted!r}")
    return problems
