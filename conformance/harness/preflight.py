"""What a run checks before it starts, so that bad input is one message and writes nothing.

In order: ``--require``, ``--out``, every ``--vectors`` file (:mod:`.vectorfiles`), the
``--sdks`` tree, then the backend (a notice says which one and why) and, for Docker, every
image the chosen cases need (:func:`.dockerhost.prepare`). Each refusal is a
:class:`SetupError`; the CLI prints it and exits 2.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from conformance.harness import dockerhost, toolchains
from conformance.harness.backend import BuildError
from conformance.harness.cases import Case, load_all
from conformance.harness.descriptor import AdapterSpec
from conformance.harness.vectorfiles import VectorFileError, check
from specmodel import FormatNotFoundError, format_paths

Note = Callable[[str], None]


class SetupError(Exception):
    """The run cannot start as asked (the message says why, and what to do)."""


def required(values: Sequence[str]) -> frozenset[str]:
    """``--require`` (and ``CI=true``) as a set of languages."""
    try:
        return toolchains.parse_require(values)
    except ValueError as error:
        raise SetupError(str(error)) from None


def out_folder(out: Path) -> None:
    """The report folder must be a folder (or not exist yet)."""
    if out.exists() and not out.is_dir():
        raise SetupError(f"--out {out} is not a folder")


def extra_vectors(paths: Sequence[Path]) -> None:
    """Every ``--vectors`` file, checked against the shipped cases and the specs here."""
    try:
        formats = [path.stem for path in format_paths()]
        check(paths, load_all(), formats)
    except (VectorFileError, FormatNotFoundError) as error:
        raise SetupError(f"--vectors {error}") from None


def tree(root: Path, specs: Sequence[AdapterSpec]) -> None:
    """``--sdks ROOT``: ROOT holds ``sdks/<lang>/`` for every language asked for."""
    if not root.is_dir():
        raise SetupError(f"--sdks {root}: {'not a folder' if root.exists() else 'no such folder'}")
    for spec in specs:
        if (root / spec.sdk).is_dir():
            continue
        hint = ""
        if (root / Path(spec.sdk).name).is_dir():
            hint = (
                f"; --sdks takes the tree root (the folder holding sdks/), so: --sdks {root.parent}"
            )
        raise SetupError(f"--sdks {root}: no {spec.sdk}/ in it{hint}")


def backend(requested: str | None, note: Note) -> tuple[str, Any, str]:
    """(backend, engine or None, docker state for not-run reasons), with a notice."""
    if requested == "local":
        return "local", None, "declined"
    engine = dockerhost.client()
    if engine is None and requested == "docker":
        raise SetupError("--backend docker: no Docker engine answers (run .ci/docker-up.sh)")
    if engine is None:
        note("no Docker engine answers; using --backend local (the toolchains on PATH)")
        return "local", None, "none"
    if requested is None:
        note("a Docker engine answers; using --backend docker (--backend local: toolchains)")
    return "docker", engine, "none"


def images(
    engine: Any, specs: Sequence[AdapterSpec], cases: list[Case], offline: bool, note: Note
) -> None:
    """Every Docker image the run needs, before its first case."""
    try:
        dockerhost.prepare(engine, specs, offline, any(c.exchange for c in cases), note)
    except BuildError as error:
        raise SetupError(f"docker: {error}") from None
