"""What every ecosystem's builder shares: scratch copies, tool checks, one-line failures."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGES_DIR = REPO_ROOT / "build" / "packages"


class BuildError(Exception):
    """A build step failed or its tool is missing; the message is one line (plus tool output)."""


@dataclass(frozen=True)
class Artifact:
    """One built file, with the command that installs it into a consumer project."""

    path: Path
    install: str

    @property
    def size(self) -> int:
        """Bytes on disk."""
        return self.path.stat().st_size


def require(tool: str, hint: str) -> str:
    """The tool's path, or a :class:`BuildError` saying what to install."""
    found = shutil.which(tool)
    if found is None:
        raise BuildError(f"{tool} is not on PATH ({hint})")
    return found


def run(command: list[str], cwd: Path, what: str) -> str:
    """Run ``command``; a failure is a :class:`BuildError` with the tool's last lines."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        raise BuildError(f"{what} failed (exit {done.returncode}):\n{tail}")
    return done.stdout


def scratch_copy(sdk: Path, scratch: Path) -> Path:
    """A fresh copy of the SDK tree to build in (builds write caches and outputs)."""
    target = scratch / sdk.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(sdk, target)
    return target
