"""Writing the rendered tree: only changed files, a manifest, stale files removed; or a diff.

Everything is rendered in memory first, so a spec or template error leaves the tree untouched.
Removing a file no spec produces also removes the folders it leaves empty (up to ``root``).
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator import GENERATOR_VERSION
from specmodel import Spec

MANIFEST = "sdks/manifest.json"


@dataclass
class Plan:
    """What writing would change."""

    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def within(self, roots: tuple[str, ...]) -> Plan:
        """Only the changes under ``roots`` (``--lang``: one SDK's files, nothing else)."""
        return Plan(
            [p for p in self.changed if p.startswith(roots)],
            [p for p in self.missing if p.startswith(roots)],
            [p for p in self.extra if p.startswith(roots)],
        )

    @property
    def clean(self) -> bool:
        """Nothing to do: the tree equals what the specs produce."""
        return not (self.changed or self.missing or self.extra)


def with_manifest(files: dict[str, str], formats: Sequence[Spec], root: Path) -> dict[str, str]:
    """``files`` plus the manifest: per-file sha256, spec hashes, generator version."""
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "specs": {fmt.path: _sha256((root / fmt.path).read_bytes()) for fmt in formats},
        "package": _sha256(package_bytes(root)),
        "files": {path: _sha256(text.encode("utf-8")) for path, text in files.items()},
    }
    return {**files, MANIFEST: json.dumps(manifest, indent=2, sort_keys=True) + "\n"}


def plan(files: dict[str, str], root: Path) -> Plan:
    """Compare the rendered ``files`` with the tree at ``root``."""
    result = Plan()
    for path, text in files.items():
        target = root / path
        if not target.exists():
            result.missing.append(path)
        elif target.read_bytes() != text.encode("utf-8"):
            result.changed.append(path)
    result.extra = sorted(set(_previous(root)) - set(files))
    return result


def apply(files: dict[str, str], root: Path, todo: Plan) -> None:
    """Write changed and missing files atomically; delete files no spec produces any more."""
    for path in todo.changed + todo.missing:
        _write_atomic(root / path, files[path])
    for path in todo.extra:
        (root / path).unlink(missing_ok=True)
        _remove_empty_parents(root / path, root)


def differences(files: dict[str, str], root: Path, todo: Plan) -> str:
    """A unified diff (``a/`` the tree, ``b/`` the render) per stale, missing or extra file."""
    parts = []
    for path in sorted(todo.changed + todo.missing + todo.extra):
        target = root / path
        old = target.read_text(encoding="utf-8", errors="replace") if target.is_file() else ""
        new = files.get(path, "")
        lines = difflib.unified_diff(
            old.splitlines(keepends=True),
            new.splitlines(keepends=True),
            fromfile=f"a/{path}" if target.is_file() else "/dev/null",
            tofile=f"b/{path}" if path in files else "/dev/null",
        )
        parts.append("".join(line if line.endswith("\n") else line + "\n" for line in lines))
    return "".join(parts)


def _remove_empty_parents(removed: Path, root: Path) -> None:
    folder, root = removed.resolve().parent, root.resolve()
    while folder != root and folder.is_relative_to(root) and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _previous(root: Path) -> list[str]:
    manifest = root / MANIFEST
    if not manifest.exists():
        return []
    recorded: dict[str, object] = json.loads(manifest.read_text(encoding="utf-8")).get("files", {})
    return [path for path in recorded if (root / path).exists()]


def _write_atomic(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(text, encoding="utf-8", newline="\n")
    os.replace(temporary, target)


def package_bytes(root: Path) -> bytes:
    """The package description the names came from (empty when the tree has none)."""
    path = root / "embedseal.yaml"
    return path.read_bytes() if path.exists() else b""


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
