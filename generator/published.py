"""A format's own file in one language: what the docs publish and the paste test copies."""

from __future__ import annotations

from typing import NamedTuple


class Published(NamedTuple):
    """The format's file: its path relative to the SDK root, and its text."""

    path: str
    text: str
