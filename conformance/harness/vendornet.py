"""The docker backend's fake vendor: a recorder container on a private network per language.

``docker network create --internal embedseal-vendor-<lang>-<random>`` joins exactly two
containers: the adapter's and a recorder container (``embedseal/python``) named
``embedseal-recorder-<lang>-<random>``, which runs :mod:`conformance.harness.vendor_server`.
Neither reaches anything else. The harness arms the recorder for each case over the server's
stdin (a ``docker exec``) and, once the adapter answered, asks what it received; ``base_url`` is
``http://<recorder name>:<port>``.
"""

from __future__ import annotations

import io
import json
import secrets
import tarfile
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

from conformance.harness import vendor_server
from conformance.harness.backend import BuildError, VendorError
from conformance.harness.containers import RUNNER_UID, ExecChannel
from conformance.harness.recorder import CannedAnswer, RecordedRequest

RECORDER_IMAGE = "embedseal/python:latest"
ARM_TIMEOUT = 60.0  # the first command also waits for python3 to start
REPORT_TIMEOUT = 30.0
LABELS = {"embedseal.harness": "1"}
_HERE = Path(__file__).resolve().parent


def names(language: str, token: str | None = None) -> tuple[str, str]:
    """The network's and the recorder container's names for one language."""
    token = token or secrets.token_hex(4)
    return f"embedseal-vendor-{language}-{token}", f"embedseal-recorder-{language}-{token}"


def server_files() -> dict[str, bytes]:
    """What the recorder container needs: the recorder and its server, as a package."""
    return {
        "conformance/__init__.py": b"",
        "conformance/harness/__init__.py": b"",
        "conformance/harness/recorder.py": (_HERE / "recorder.py").read_bytes(),
        "conformance/harness/vendor_server.py": (_HERE / "vendor_server.py").read_bytes(),
    }


def _tar(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        for folder in sorted({str(Path(name).parent) for name in files}):
            info = tarfile.TarInfo(folder)
            info.type, info.mode = tarfile.DIRTYPE, 0o755
            info.uid = info.gid = RUNNER_UID
            archive.addfile(info)
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode = len(data), 0o644
            info.uid = info.gid = RUNNER_UID
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


class VendorNetwork:
    """The private network and its recorder container, for one language's adapter."""

    def __init__(self, engine: Any, language: str) -> None:
        import docker.errors

        self._engine = engine
        self.name, self.recorder = names(language)
        self._network: Any = None
        self._container: Any = None
        self._channel: ExecChannel | None = None
        self._lock = threading.Lock()
        try:
            engine.images.get(RECORDER_IMAGE)
        except docker.errors.ImageNotFound:
            raise BuildError(f"{RECORDER_IMAGE} (the fake vendor's image) is missing") from None
        try:
            self._network = engine.networks.create(
                self.name, driver="bridge", internal=True, labels=LABELS
            )
            self._container = engine.containers.create(
                RECORDER_IMAGE,
                ["sleep", "infinity"],
                name=self.recorder,
                network=self.name,
                working_dir="/work",
                labels=LABELS,
            )
            self._container.put_archive("/work", _tar(server_files()))
            self._container.start()
            command = "python3 -m conformance.harness.vendor_server"
            self._channel = ExecChannel(engine, self._container, command)
        except docker.errors.DockerException as error:
            self.close()
            raise BuildError(f"the fake vendor's network or container failed: {error}") from None

    def command(self, command: dict[str, Any], timeout: float) -> dict[str, Any]:
        """Send one command to the vendor server; its answer (``VendorError`` on any failure)."""
        with self._lock:
            if self._channel is None:
                raise VendorError("the fake vendor is closed")
            try:
                self._channel.write(json.dumps(command).encode("utf-8") + b"\n")
                line = self._channel.read_line(timeout)
            except (OSError, TimeoutError) as error:
                raise VendorError(f"fake vendor: {error}") from None
            if line is None:
                stderr = self._channel.stderr.text()[-1000:]
                raise VendorError(f"the fake vendor exited: {stderr}")
            try:
                answer: dict[str, Any] = json.loads(line)
            except ValueError:
                raise VendorError(f"fake vendor: not JSON: {line[:200]!r}") from None
            if answer.get("ok") is not True:
                raise VendorError(f"fake vendor: {answer.get('error')}")
            return answer

    def vendor(self, answer: CannedAnswer) -> ArmedVendor:
        """Arm the recorder for one case."""
        return ArmedVendor(self, answer)

    def close(self) -> None:
        """Stop the server, remove the recorder container, then the network."""
        channel, self._channel = self._channel, None
        if channel is not None:
            channel.close_input()
            channel.kill()
        container, self._container = self._container, None
        if container is not None:
            container.remove(force=True)
        network, self._network = self._network, None
        if network is not None:
            network.remove()


class ArmedVendor:
    """One case's vendor: armed on entry, read (and stopped) on exit."""

    def __init__(self, network: VendorNetwork, answer: CannedAnswer) -> None:
        reply = network.command(
            {"op": "arm", "answer": vendor_server.encode_answer(answer)}, ARM_TIMEOUT
        )
        self._network = network
        self.base_url = f"http://{network.recorder}:{int(reply['port'])}"
        self.requests: list[RecordedRequest] = []

    def __enter__(self) -> ArmedVendor:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            reply = self._network.command({"op": "report"}, REPORT_TIMEOUT)
        except VendorError:
            if kind is None:
                raise
            return  # the case failed already: that error is the one to report
        self.requests = [vendor_server.decode_request(r) for r in reply["requests"]]
