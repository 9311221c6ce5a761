"""TypeScript: the npm tarball (``npm pack``; the package's prepack script compiles it)."""

from __future__ import annotations

from pathlib import Path

from artifacts.common import Artifact, BuildError, require, run, scratch_copy

_QUIET = ["--no-audit", "--no-fund", "--loglevel=error"]


def build_typescript(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Pack ``sdk`` (sdks/typescript) into ``<name>-<version>.tgz`` in ``out``."""
    npm = require("npm", "apt-get install npm, or Node.js 18+ from nodejs.org")
    tree = scratch_copy(sdk, scratch)
    # The pinned compiler is the package's own devDependency: installed here, not shipped.
    run([npm, "install", *_QUIET], tree, "npm install")
    out.mkdir(parents=True, exist_ok=True)
    run([npm, "pack", f"--pack-destination={out.resolve()}", *_QUIET], tree, "npm pack")
    tarballs = sorted(out.glob("*.tgz"))
    if not tarballs:
        raise BuildError("npm pack wrote no tarball")
    return [Artifact(tarballs[-1], f"npm install {tarballs[-1].name}")]
