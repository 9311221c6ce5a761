"""The Java runtime passes every case of conformance/vectors/primitives.json."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "generator" / "templates" / "java" / "runtime"
DRIVER = ROOT / "tests" / "runtime" / "java"
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"
PACKAGE = Path("src", "main", "java", "io", "embedseal", "runtime")
TEST_PACKAGE = Path("src", "test", "java", "io", "embedseal", "runtimetest")
MAIN_CLASS = "io.embedseal.runtimetest.RuntimeConformance"
# Warnings and doc-comment problems in public API fail the build, as for the shipped SDK.
JAVAC_FLAGS = ["-Xlint:all", "-Xdoclint:all/protected", "-Werror", "--release", "17"]


@dataclass(frozen=True)
class Jdk:
    """The compiler and launcher of one JDK."""

    javac: str
    java: str


@pytest.fixture
def jdk() -> Jdk:
    """The JDK on PATH; skipped locally but failed on CI when it is missing."""
    javac, java = shutil.which("javac"), shutil.which("java")
    if javac is None or java is None:
        message = "a JDK (javac and java) is not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return Jdk(javac=javac, java=java)


def _check(args: list[str], cwd: Path) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{output}"
    return output


def test_java_runtime_passes_primitives(jdk: Jdk, tmp_path: Path) -> None:
    shutil.copytree(RUNTIME, tmp_path / PACKAGE)
    shutil.copytree(DRIVER, tmp_path / TEST_PACKAGE)
    sources = sorted(str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*.java"))

    _check([jdk.javac, *JAVAC_FLAGS, "-d", "classes", *sources], tmp_path)
    output = _check([jdk.java, "-cp", "classes", MAIN_CLASS, str(VECTORS)], tmp_path)
    assert re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE), output
