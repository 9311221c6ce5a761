"""PHP: a Composer archive (``composer archive``) with a valid composer.json, no adapter."""

from __future__ import annotations

from pathlib import Path

from artifacts.common import Artifact, BuildError, require, run, scratch_copy


def build_php(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Validate ``sdk`` (sdks/php)'s composer.json and archive it as a zip in ``out``."""
    composer = require("composer", "apt-get install composer")
    tree = scratch_copy(sdk, scratch)
    quiet = ["--no-interaction", "--no-ansi"]
    # Not --strict: the version field, which an artifact repository needs, is only a warning.
    run([composer, "validate", *quiet], tree, "composer validate")
    out.mkdir(parents=True, exist_ok=True)
    archive = [composer, "archive", "--format=zip", f"--dir={out.resolve()}", *quiet]
    run(archive, tree, "composer archive")
    zips = sorted(out.glob("*.zip"))
    if not zips:
        raise BuildError("composer archive wrote no zip")
    return [Artifact(zips[-1], "composer require (with an artifact repository holding the zip)")]
