"""The ``local`` backend: the toolchains on PATH, the SDK copied to a temporary folder."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO

from conformance.harness.backend import Adapter, BuildError, Built, MissingToolError
from conformance.harness.channel import Channel
from conformance.harness.descriptor import Commands
from conformance.harness.toolchains import missing_in_log

BUILD_TIMEOUT = 900.0


class ProcessChannel(Channel):
    """A local process; two threads pump its stdout and stderr."""

    def __init__(self, command: str, cwd: Path) -> None:
        super().__init__()
        self._process = subprocess.Popen(
            ["sh", "-c", f"exec {command}"],
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        pumps = ((self._process.stdout, self.feed_stdout), (self._process.stderr, self.feed_stderr))
        self._pumps = [
            threading.Thread(target=_pump, args=(stream, sink), daemon=True)
            for stream, sink in pumps
        ]
        for pump in self._pumps:
            pump.start()

    def write(self, data: bytes) -> None:
        assert self._process.stdin is not None
        self._process.stdin.write(data)
        self._process.stdin.flush()

    def close_input(self) -> None:
        assert self._process.stdin is not None
        with contextlib.suppress(OSError):  # already gone
            self._process.stdin.close()

    def kill(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        # The process is gone, but its last stderr bytes may still sit in the pipe: let the
        # pumps drain it (bounded, in case a child of its own holds the pipe open).
        for pump in self._pumps:
            pump.join(timeout=2.0)

    def exit_status(self, wait: float = 0.0) -> int | None:
        try:
            return self._process.wait(timeout=wait) if wait else self._process.poll()
        except subprocess.TimeoutExpired:
            return None


def _pump(stream: IO[bytes] | None, sink: Callable[[bytes], None]) -> None:
    assert stream is not None
    while data := stream.read1(65536):  # type: ignore[attr-defined]
        sink(data)
    sink(b"")


class LocalAdapter(Adapter):
    """An adapter built in a temporary copy of the generated SDK."""

    def __init__(self, sdk: Path, commands: Commands) -> None:
        self._sdk = sdk
        self._commands = commands
        self._workdir = Path(tempfile.mkdtemp(prefix="embedseal-harness-"))

    def build(self) -> Built:
        started = time.monotonic()
        shutil.copytree(self._sdk, self._workdir, dirs_exist_ok=True)
        logs = [_run(line, self._workdir) for line in self._commands.build]
        return Built("".join(logs), time.monotonic() - started)

    def spawn(self) -> Channel:
        return ProcessChannel(self._commands.run, self._workdir)

    def close(self) -> None:
        shutil.rmtree(self._workdir, ignore_errors=True)


def _run(line: str, cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["sh", "-c", line], cwd=cwd, capture_output=True, text=True, timeout=BUILD_TIMEOUT
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"$ {line}\ntimed out after {BUILD_TIMEOUT:g} s") from None
    log = f"$ {line}\n{done.stdout}{done.stderr}"
    tool = missing_in_log(done.stderr) if done.returncode == 127 else None
    if tool is not None:
        raise MissingToolError(f"{log}exit 127", tool)
    if done.returncode != 0:
        raise BuildError(f"{log}exit {done.returncode}")
    return log
