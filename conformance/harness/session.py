"""One language's adapter as the harness sees it: handshake, one request at a time, restarts.

A crash (end of output, broken pipe), a timeout or an answer that breaks the protocol (garbage,
wrong id) ends the process; the next request starts a new one and replays the handshake first.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from conformance.harness import protocol
from conformance.harness.backend import Adapter, Vendor
from conformance.harness.channel import Channel
from conformance.harness.protocol import Hello, ProtocolError
from conformance.harness.recorder import CannedAnswer

START_TIMEOUT = 120.0  # first answer: a JVM or a Mono JIT may be slow to start on 2 cores


@dataclass(frozen=True)
class Reply:
    """The outcome of one request: an answer, or why there is none."""

    answer: dict[str, Any] | None
    problem: str = ""  # "" | "crash" | "timeout" | "protocol"
    detail: str = ""
    seconds: float = 0.0  # write to read, as the harness saw it


class GaveUp(Exception):  # noqa: N818 - a state, like Bowtie's "Restarted"
    """The adapter kept failing: no more restarts."""


class Session:
    """Talks to one adapter; restarts it (at most ``max_restarts`` times) when it fails."""

    def __init__(
        self,
        adapter: Adapter,
        language: str,
        formats: tuple[str, ...],
        timeout: float = 10.0,
        max_restarts: int = 20,
    ) -> None:
        self._adapter, self._language, self._formats = adapter, language, formats
        self.timeout, self.max_restarts = timeout, max_restarts
        self.restarts = 0
        self.hello: Hello | None = None
        self._channel: Channel | None = None
        self.stderr_logs: list[str] = []  # stderr of every finished process, in order
        self.dead = ""  # why the session gave up for good

    def vendor(self, answer: CannedAnswer) -> Vendor:
        """A fake vendor this adapter can reach (see :meth:`Adapter.vendor`)."""
        return self._adapter.vendor(answer)

    def call_ready(self) -> None:
        """Start the adapter (handshake included) unless it runs; ``GaveUp`` if it cannot."""
        self._ensure_started()

    def call(self, request: dict[str, Any], timeout: float | None = None) -> Reply:
        """Send one request and wait for its answer (``timeout``: this call's, in seconds)."""
        channel = self._ensure_started()
        started = time.perf_counter()
        try:
            channel.write(protocol.encode(request))
            line = channel.read_line(self.timeout if timeout is None else timeout)
        except TimeoutError as error:
            return self._fail("timeout", str(error), started)
        except OSError as error:
            return self._fail("crash", f"write failed: {error}", started)
        if line is None:
            return self._fail("crash", self._exit_text(channel), started)
        try:
            answer = protocol.decode(line, request["id"])
        except ProtocolError as error:
            return self._fail("protocol", str(error), started)
        return Reply(answer, seconds=time.perf_counter() - started)

    def _fail(self, problem: str, detail: str, started: float) -> Reply:
        seconds = time.perf_counter() - started
        self._retire()
        return Reply(None, problem, detail, seconds)

    def _exit_text(self, channel: Channel) -> str:
        code = channel.exit_status(wait=2.0)
        return f"adapter exited (status {code})" if code is not None else "adapter closed stdout"

    def _ensure_started(self) -> Channel:
        if self._channel is not None:
            return self._channel
        if self.dead:
            raise GaveUp(self.dead)
        try:
            return self._start()
        except GaveUp as error:
            self.dead = str(error)
            raise

    def _start(self) -> Channel:
        if self.hello is not None:
            if self.restarts >= self.max_restarts:
                raise GaveUp(f"gave up after {self.restarts} restarts")
            self.restarts += 1
        try:
            self._channel = self._adapter.spawn()
        except Exception as error:  # an engine or OS refusal: the adapter cannot start
            raise GaveUp(f"cannot start the adapter: {error}") from None
        self.hello = self._handshake(self._channel)
        return self._channel

    def _handshake(self, channel: Channel) -> Hello:
        try:
            channel.write(protocol.encode(protocol.start_request()))
            line = channel.read_line(START_TIMEOUT)
        except (TimeoutError, OSError) as error:
            self._retire()
            raise GaveUp(f"no handshake: {error}") from None
        if line is None:
            detail = self._exit_text(channel)
            self._retire()
            raise GaveUp(f"no handshake: {detail}")
        return self._read_hello(line)

    def _read_hello(self, line: bytes) -> Hello:
        try:
            answer = protocol.decode(line, protocol.START_ID)
            if answer.get("ok") is False and answer.get("error") == "adapter_error":
                return protocol.legacy_hello(self._language, self._formats)
            return protocol.hello(answer)
        except ProtocolError as error:
            self._retire()
            raise GaveUp(f"bad handshake: {error}") from None

    def _retire(self) -> None:
        """End the current process (if any) and keep its stderr."""
        if self._channel is None:
            return
        self._channel.kill()
        self.stderr_logs.append(self._channel.stderr.text())
        self._channel = None

    def stop(self) -> None:
        """Send ``stop``, give the adapter a moment to exit, then make sure it has."""
        if self._channel is None:
            return
        try:
            self._channel.write(protocol.encode(protocol.stop_request()))
            self._channel.close_input()
            self._channel.exit_status(wait=5.0)
        except OSError:
            pass
        self._retire()

    def stderr_text(self) -> str:
        """All stderr kept so far, the running process's included."""
        current = [self._channel.stderr.text()] if self._channel is not None else []
        return "".join(self.stderr_logs + current)
