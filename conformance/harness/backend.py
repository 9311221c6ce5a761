"""What every backend offers: build a language's adapter once, then start processes of it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

from conformance.harness.channel import Channel
from conformance.harness.recorder import CannedAnswer, RecordedRequest, Recorder


class BuildError(Exception):
    """The adapter could not be prepared (copy, compile, image); the message carries the log."""


class MissingToolError(BuildError):
    """A build line's shell found no such command (exit 127): the toolchain is not installed."""

    def __init__(self, message: str, tool: str) -> None:
        super().__init__(message)
        self.tool = tool


class VendorError(Exception):
    """The fake vendor could not be armed or read (its container or process failed)."""


class Vendor(Protocol):
    """One case's fake vendor: where the adapter sends requests, and what arrived once closed."""

    @property
    def base_url(self) -> str:
        """The URL the adapter is given."""

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received (all of them after the context ends), in arrival order."""

    def __enter__(self) -> Vendor: ...

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None: ...


@dataclass(frozen=True)
class Built:
    """A prepared adapter: what its build printed and how long it took."""

    log: str
    seconds: float


class Adapter(ABC):
    """One language's adapter under one backend."""

    @abstractmethod
    def build(self) -> Built:
        """Copy the SDK in and compile the adapter (once); ``BuildError`` on failure."""

    @abstractmethod
    def spawn(self) -> Channel:
        """Start one adapter process speaking the protocol."""

    def vendor(self, answer: CannedAnswer) -> Vendor:
        """A fake vendor the adapter can reach, playing ``answer`` (default: on loopback)."""
        return Recorder(answer)

    @abstractmethod
    def close(self) -> None:
        """Release everything (temporary folders, containers)."""
