"""Python: a wheel and an sdist (``python -m build``), metadata from embedseal.yaml."""

from __future__ import annotations

import sys
from pathlib import Path

from artifacts.common import Artifact, BuildError, run, scratch_copy


def build_python(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Build ``sdk`` (sdks/python) into a wheel and an sdist in ``out``."""
    try:
        import build  # noqa: F401  # the PyPA builder; its absence is a one-line notice
    except ImportError:
        raise BuildError("the `build` package is missing (pip install build hatchling)") from None
    tree = scratch_copy(sdk, scratch)
    out.mkdir(parents=True, exist_ok=True)
    # --no-isolation: the session installed hatchling; no index is needed to build.
    command = [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), "."]
    run(command, tree, "python -m build")
    wheels = sorted(out.glob("*.whl"))
    sdists = sorted(out.glob("*.tar.gz"))
    if not wheels or not sdists:
        raise BuildError("python -m build wrote no wheel or sdist")
    return [
        Artifact(wheels[-1], f"pip install {wheels[-1].name}"),
        Artifact(sdists[-1], f"pip install {sdists[-1].name}"),
    ]
