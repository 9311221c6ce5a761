"""Sending fuzz requests to one language's adapter, many at a time (answers come in order).

Requests are written from one thread while answers are read in order; an adapter that dies is
restarted after the request it died on, which is reported as a crash.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from conformance.harness import protocol
from conformance.harness.channel import Channel
from conformance.harness.descriptor import AdapterSpec
from conformance.harness.local import LocalAdapter

ANSWER_TIMEOUT = 30.0


class LocalDriver:
    """One language's adapter on the local toolchains, built once."""

    def __init__(self, spec: AdapterSpec, tree: Path) -> None:
        self.language = spec.language
        self._adapter = LocalAdapter(tree / spec.sdk, spec.local)
        self._adapter.build()

    def answers(self, requests: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """One answer per request, in order (a crash or timeout answers ``adapter_crash``)."""
        done = 0
        while done < len(requests):
            channel = self._start()
            for answer in self._pipelined(channel, requests[done:]):
                done += 1
                yield answer
                if answer.get("error") == "adapter_crash":
                    break
            channel.kill()

    def close(self) -> None:
        self._adapter.close()

    def _start(self) -> Channel:
        channel = self._adapter.spawn()
        channel.write(protocol.encode(protocol.start_request()))
        if channel.read_line(120.0) is None:
            raise RuntimeError(f"{self.language}: no handshake")
        return channel

    def _pipelined(
        self, channel: Channel, requests: list[dict[str, Any]]
    ) -> Iterator[dict[str, Any]]:
        writer = threading.Thread(target=_write_all, args=(channel, requests), daemon=True)
        writer.start()
        for request in requests:
            try:
                line = channel.read_line(ANSWER_TIMEOUT)
            except TimeoutError:
                line = None
            if line is None:
                yield {
                    "ok": False,
                    "error": "adapter_crash",
                    "detail": channel.stderr.text()[-400:],
                }
                return
            try:
                yield protocol.decode(line, request["id"])
            except protocol.ProtocolError as error:
                yield {"ok": False, "error": "adapter_crash", "detail": str(error)}
                return


def _write_all(channel: Channel, requests: list[dict[str, Any]]) -> None:
    try:
        for request in requests:
            channel.write(protocol.encode(request))
    except OSError:
        return  # the adapter died: the reader reports it
