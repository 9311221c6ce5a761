"""What every backend offers: build a language's adapter once, then start processes of it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass

from conformance.harness.channel import Channel


class BuildError(Exception):
    """The adapter could not be prepared (copy, compile, image); the message carries the log."""


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

    @abstractmethod
    def close(self) -> None:
        """Release everything (temporary folders, containers)."""
