"""The ``docker`` backend: one container per language, networking off, SDK copied in.

With exchange cases to run, the container's only network is a private one shared with the fake
vendor's recorder container (:mod:`conformance.harness.vendornet`). The container idles; the
build runs once through ``exec``; every adapter process (the first and any restart after a
crash) is another ``exec`` whose stdio is the Docker attach stream.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import socket
import struct
import tarfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conformance.harness.backend import Adapter, BuildError, Built, Vendor, VendorError
from conformance.harness.channel import Channel
from conformance.harness.descriptor import Commands
from conformance.harness.recorder import CannedAnswer

if TYPE_CHECKING:
    from conformance.harness.vendornet import VendorNetwork

RUNNER_UID = 10001  # the images' unprivileged user (see conformance/images/*/Dockerfile)
_serial = itertools.count(1)


class ExecChannel(Channel):
    """One ``docker exec`` with stdin attached; a thread demultiplexes stdout from stderr."""

    def __init__(self, engine: Any, container: Any, command: str) -> None:
        super().__init__()
        self._api, self._container = engine.api, container
        self._pidfile = f"/tmp/adapter-{next(_serial)}.pid"  # noqa: S108 - inside the container
        wrapped = ["sh", "-c", f"echo $$ > {self._pidfile}; exec {command}"]
        self._exec = self._api.exec_create(container.id, wrapped, stdin=True, workdir="/work")
        self._socket = self._api.exec_start(self._exec["Id"], socket=True)._sock
        threading.Thread(target=self._demux, daemon=True).start()

    def _demux(self) -> None:
        sinks = {1: self.feed_stdout, 2: self.feed_stderr}
        try:
            while header := _exactly(self._socket, 8):
                kind, size = struct.unpack(">BxxxL", header)
                sinks.get(kind, self.feed_stderr)(_exactly(self._socket, size))
        except OSError:
            pass
        self.feed_stdout(b"")

    def write(self, data: bytes) -> None:
        self._socket.sendall(data)

    def close_input(self) -> None:
        with contextlib.suppress(OSError):
            self._socket.shutdown(socket.SHUT_WR)

    def kill(self) -> None:
        if self.exit_status() is None:
            self._container.exec_run(["sh", "-c", f"kill -9 $(cat {self._pidfile})"])
        self.exit_status(wait=5.0)
        self._socket.close()

    def exit_status(self, wait: float = 0.0) -> int | None:
        deadline = time.monotonic() + wait
        while True:
            state = self._api.exec_inspect(self._exec["Id"])
            if not state["Running"] and state["ExitCode"] is not None:
                return int(state["ExitCode"])
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.05)


def _exactly(sock: socket.socket, size: int) -> bytes:
    chunks, missing = [], size
    while missing:
        chunk = sock.recv(min(missing, 1 << 20))
        if not chunk:
            return b""
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


class DockerAdapter(Adapter):
    """An adapter in a long-lived container of ``image`` (on a private vendor network if asked)."""

    def __init__(
        self,
        engine: Any,
        image: str,
        sdk: Path,
        commands: Commands,
        language: str = "adapter",
        vendor: bool = False,
    ) -> None:
        self._engine, self._image, self._sdk, self._commands = engine, image, sdk, commands
        self._language, self._wants_vendor = language, vendor
        self._container: Any = None
        self._network: VendorNetwork | None = None

    def build(self) -> Built:
        import docker.errors

        try:
            return self._build()
        except docker.errors.DockerException as error:  # the engine refused: one failure
            raise BuildError(f"docker: {error}") from None

    def _build(self) -> Built:
        started = time.monotonic()
        networking: dict[str, str] = {"network_mode": "none"}
        if self._wants_vendor:
            from conformance.harness.vendornet import VendorNetwork

            self._network = VendorNetwork(self._engine, self._language)
            networking = {"network": self._network.name}
        self._container = self._engine.containers.create(
            self._image,
            ["sleep", "infinity"],
            working_dir="/work",
            labels={"embedseal.harness": "1"},
            **networking,
        )
        self._container.put_archive("/work", _tar(self._sdk))
        self._container.start()
        log = "".join(self._run(line) for line in self._commands.build)
        return Built(log, time.monotonic() - started)

    def _run(self, line: str) -> str:
        code, output = self._container.exec_run(["sh", "-c", line], workdir="/work")
        log = f"$ {line}\n{output.decode('utf-8', 'replace')}"
        if code != 0:
            raise BuildError(f"{log}exit {code}")
        return log

    def spawn(self) -> Channel:
        return ExecChannel(self._engine, self._container, self._commands.run)

    def vendor(self, answer: CannedAnswer) -> Vendor:
        if self._network is None:
            raise VendorError("no vendor network: the container has no network at all")
        return self._network.vendor(answer)

    def close(self) -> None:
        try:
            if self._container is not None:
                self._container.remove(force=True)
                self._container = None
        finally:
            if self._network is not None:
                self._network.close()
                self._network = None


def _tar(folder: Path) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        archive.add(folder, arcname=".", filter=_owned_by_runner)
    return buffer.getvalue()


def _owned_by_runner(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = RUNNER_UID
    info.uname = info.gname = ""
    return info
