"""Terminal progress: a bar on a terminal, a line per finished language otherwise."""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from typing import TextIO

from conformance.harness.outcome import Outcome, Result


class Progress:
    """Thread-safe counts of finished cases, drawn at most every 0.2 s."""

    def __init__(self, total: int, stream: TextIO = sys.stderr, quiet: bool = False) -> None:
        self.total, self._stream, self._quiet = total, stream, quiet
        self._tty = stream.isatty()
        self._counts: Counter[Outcome] = Counter()
        self._lock = threading.Lock()
        self._drawn = 0.0
        self._started = time.monotonic()

    def add_total(self, more: int) -> None:
        """More cases became known (the cross-language phase)."""
        with self._lock:
            self.total += more

    def done(self, result: Result) -> None:
        """One case finished."""
        with self._lock:
            self._counts[result.outcome] += 1
            if self._tty and not self._quiet and time.monotonic() - self._drawn > 0.2:
                self._draw()

    def _draw(self) -> None:
        finished = sum(self._counts.values())
        width = 30
        filled = int(width * finished / max(self.total, 1))
        bad = sum(n for o, n in self._counts.items() if o not in (Outcome.PASS, Outcome.SKIP))
        self._stream.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {finished}/{self.total}"
            f"  not passing: {bad}  {time.monotonic() - self._started:5.1f}s"
        )
        self._stream.flush()
        self._drawn = time.monotonic()

    def note(self, text: str) -> None:
        """A line of its own (a language built, finished, gave up)."""
        if self._quiet:
            return
        with self._lock:
            prefix = "\r\x1b[K" if self._tty else ""
            self._stream.write(f"{prefix}{text}\n")
            self._stream.flush()

    def close(self) -> None:
        """Finish the bar line."""
        with self._lock:
            if self._tty and not self._quiet:
                self._draw()
                self._stream.write("\n")
