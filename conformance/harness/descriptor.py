"""Per-language adapter descriptors: ``conformance/images/<lang>/adapter.json``.

A descriptor says where the generated SDK sits in the generated tree and how to build and start
its conformance adapter, for each backend. The harness never imports the generator for this.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IMAGES = ROOT / "conformance" / "images"
LANGUAGES = ("python", "typescript", "php", "java", "csharp", "go")


@dataclass(frozen=True)
class Commands:
    """Shell lines run in the SDK root: ``build`` once, then ``run`` serves the protocol.

    ``requires``: the commands they need on PATH (optional; see :mod:`.toolchains`).
    """

    build: tuple[str, ...]
    run: str
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdapterSpec:
    """How one language's adapter is built and started."""

    language: str
    sdk: str  # relative to the generated tree, e.g. "sdks/python"
    docker: Commands
    local: Commands

    @property
    def image(self) -> str:
        """The Docker image tag the docker backend runs."""
        return f"embedseal/{self.language}:latest"

    @property
    def recipe(self) -> Path:
        """The folder holding the image's Dockerfile."""
        return IMAGES / self.language

    def commands(self, backend: str) -> Commands:
        """The commands for ``backend`` ("docker" or "local")."""
        return self.docker if backend == "docker" else self.local


def _commands(raw: dict[str, object]) -> Commands:
    build, run, requires = raw.get("build", []), raw.get("run"), raw.get("requires", [])
    assert isinstance(build, list) and isinstance(run, str), "adapter.json: build list, run text"
    assert isinstance(requires, list), "adapter.json: requires is a list of command names"
    return Commands(tuple(str(line) for line in build), run, tuple(str(r) for r in requires))


def load(language: str, images: Path = IMAGES) -> AdapterSpec:
    """The descriptor of ``language`` (``KeyError`` for a language without one)."""
    path = images / language / "adapter.json"
    if not path.is_file():
        raise KeyError(f"no adapter descriptor {path}")
    raw = json.loads(path.read_text(encoding="utf-8"))
    return AdapterSpec(
        language=raw["language"],
        sdk=raw["sdk"],
        docker=_commands(raw["docker"]),
        local=_commands(raw["local"]),
    )
