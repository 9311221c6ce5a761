"""`pip install` into a fresh virtual environment puts `embedseal` on PATH, and it runs.

The project is copied first (pip builds in the source tree); installing needs the package
index for the build backend and the dependencies (pip's cache makes a second run quick).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "specmodel", "generator", "conformance")
SOURCES += ("doctor", "embedseal_cli")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh venv with the project installed (not editable)."""
    root = tmp_path_factory.mktemp("install")
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    venv.create(root / "venv", with_pip=True)
    bin_dir = root / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    done = subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", str(source)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if done.returncode != 0 and "Could not find a version" in done.stderr + done.stdout:
        pytest.skip("no package index answers: cannot install the build backend")
    assert done.returncode == 0, done.stderr
    return bin_dir


def _run(bin_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    command = shutil.which("embedseal", path=str(bin_dir))
    assert command is not None, "embedseal is not on the venv's PATH"
    return subprocess.run([command, *argv], capture_output=True, text=True, check=False)


@pytest.mark.slow
def test_pip_install_puts_embedseal_on_path(installed: Path) -> None:
    done = _run(installed, "--help")
    assert done.returncode == 0
    assert "explain" in done.stdout and "exit codes:" in done.stdout
    assert _run(installed, "--version").stdout.startswith("embedseal 0.1.0")


@pytest.mark.slow
def test_the_installed_command_fails_in_one_line(installed: Path) -> None:
    done = _run(installed, "explain", "--format", "embedseal-v1", "--now", "later", "TOKEN")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.slow
def test_the_installed_command_reads_the_checkout_it_runs_in(installed: Path) -> None:
    """The schemas are package data; the formats are the vendor's: an installed command finds
    them in the spec/formats/ of the directory it runs in, or takes a YAML file's path."""
    command = shutil.which("embedseal", path=str(installed))
    assert command is not None
    by_name = subprocess.run(
        [command, "explain", "--format", "embedseal-v1", "TOKEN"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    by_path = _run(
        installed, "explain", "--format", str(ROOT / "spec/formats/embedseal-v1.yaml"), "TOKEN"
    )
    for done in (by_name, by_path):
        assert done.returncode == 1, done.stderr  # a refused token, explained
        assert "malformed" in done.stdout and "Traceback" not in done.stderr
