"""Snapshot files: compare a test's text with tests/snapshots/<name>.txt, or rewrite it.

`pytest --update-snapshots` (registered in conftest.py) writes every compared snapshot;
without it a missing or different snapshot fails with the command that regenerates it.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
REPO_ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Snapshots:
    """Compares texts with stored snapshots; rewrites them when ``update`` is set."""

    update: bool
    directory: Path = SNAPSHOTS

    def path(self, name: str) -> Path:
        """The file of snapshot ``name`` (a relative path without the .txt suffix)."""
        return self.directory / f"{name}.txt"

    def check(self, name: str, text: str, command: str) -> None:
        """Fail unless ``text`` equals snapshot ``name``; ``command`` regenerates snapshots."""
        path = self.path(name)
        shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
        if self.update:
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
            return
        if not path.exists():
            pytest.fail(
                f"snapshot {shown} does not exist; create it with `{command} --update-snapshots`"
                f" and read it before committing:\n{text}",
                pytrace=False,
            )
        stored = path.read_text(encoding="utf-8")
        if stored != text:
            diff = "".join(
                difflib.unified_diff(
                    stored.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    fromfile=f"{shown} (stored)",
                    tofile="now",
                )
            )
            pytest.fail(
                f"snapshot {shown} differs; if the change is intended, run"
                f" `{command} --update-snapshots`:\n{diff}",
                pytrace=False,
            )
