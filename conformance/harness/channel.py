"""A running adapter's stdio: answer lines in a queue, stderr kept (bounded) as diagnostics.

Backends subclass :class:`Channel` and feed :meth:`Channel.feed_stdout` /
:meth:`Channel.feed_stderr` from a reader thread; the harness reads lines with a timeout.
"""

from __future__ import annotations

import queue
import threading
from abc import ABC, abstractmethod

MAX_LINE = 64 * 1024 * 1024  # an answer line longer than this is garbage


class StderrLog:
    """The head and the tail of everything written to stderr, and its total size."""

    def __init__(self, head: int = 4096, tail: int = 16384) -> None:
        self._head, self._tail = bytearray(), bytearray()
        self._limits = (head, tail)
        self.total = 0
        self._lock = threading.Lock()

    def add(self, data: bytes) -> None:
        """Keep ``data``: the first bytes ever written and the most recent ones."""
        with self._lock:
            self.total += len(data)
            room = self._limits[0] - len(self._head)
            self._head += data[: max(room, 0)]
            self._tail += data[max(room, 0) :]
            del self._tail[: max(len(self._tail) - self._limits[1], 0)]

    def text(self) -> str:
        """What was kept, with a marker where bytes were dropped."""
        with self._lock:
            dropped = self.total - len(self._head) - len(self._tail)
            gap = f"\n[... {dropped} bytes of stderr dropped ...]\n".encode() if dropped else b""
            return (bytes(self._head) + gap + bytes(self._tail)).decode("utf-8", "replace")


class Channel(ABC):
    """One adapter process: write request lines, read answer lines, kill it."""

    def __init__(self) -> None:
        self.lines: queue.Queue[bytes | None] = queue.Queue()
        self.stderr = StderrLog()
        self._partial = bytearray()

    def feed_stdout(self, data: bytes) -> None:
        """Split ``data`` into lines for :meth:`read_line`; ``b""`` means end of output."""
        if not data:
            self.lines.put(None)
            return
        self._partial += data
        *complete, rest = self._partial.split(b"\n")
        for line in complete:
            self.lines.put(bytes(line))
        self._partial = bytearray(rest)
        if len(self._partial) > MAX_LINE:
            self.lines.put(bytes(self._partial[:200]) + b"...(overlong line)")
            self._partial.clear()

    def feed_stderr(self, data: bytes) -> None:
        """Keep diagnostics; stderr never means a crash."""
        self.stderr.add(data)

    def read_line(self, timeout: float) -> bytes | None:
        """The next non-blank line; ``None`` at end of output; ``TimeoutError`` on timeout."""
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise TimeoutError(f"no answer within {timeout:g} s") from None
            if line is None:
                self.lines.put(None)  # stays at the end for any later read
                return None
            if line.strip():
                return line

    @abstractmethod
    def write(self, data: bytes) -> None:
        """Send bytes to the adapter's stdin (``BrokenPipeError`` when it is gone)."""

    @abstractmethod
    def close_input(self) -> None:
        """Close the adapter's stdin."""

    @abstractmethod
    def kill(self) -> None:
        """Stop the adapter now."""

    @abstractmethod
    def exit_status(self, wait: float = 0.0) -> int | None:
        """The exit code once it has exited (waiting up to ``wait`` seconds), else ``None``."""
