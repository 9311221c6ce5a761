"""Java: the jar and its sources jar (``mvn package``), coordinates from embedseal.yaml."""

from __future__ import annotations

import shutil
from pathlib import Path

from artifacts.common import Artifact, BuildError, require, run, scratch_copy


def build_java(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Build ``sdk`` (sdks/java) into ``<artifact>-<version>.jar`` and ``…-sources.jar``."""
    mvn = require("mvn", "apt-get install maven")
    tree = scratch_copy(sdk, scratch)
    run([mvn, "-q", "-B", "package"], tree, "mvn package")
    out.mkdir(parents=True, exist_ok=True)
    built = sorted((tree / "target").glob("*.jar"))
    if not built:
        raise BuildError("mvn package wrote no jar")
    shutil.copy2(tree / "pom.xml", out / "pom.xml")  # the coordinates, for install-file
    artifacts = []
    for jar in built:
        shutil.copy2(jar, out / jar.name)
        artifacts.append(Artifact(out / jar.name, _install(jar.name)))
    return artifacts


def _install(jar: str) -> str:
    if jar.endswith("-sources.jar"):
        return "(attached sources: IDEs pick them up from the repository)"
    return f"mvn install:install-file -Dfile={jar} -DpomFile=pom.xml"
