"""The TypeScript runtime passes every case of conformance/vectors/primitives.json."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple, NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "generator" / "templates" / "typescript" / "runtime"
DRIVER = ROOT / "tests" / "runtime" / "typescript"
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"


class Toolchain(NamedTuple):
    tsc: str
    node: str
    node_modules: Path  # holds @types/node, for `"types": ["node"]`


def _missing(message: str) -> NoReturn:
    """Skipped locally, failed on CI: a missing toolchain must not pass silently there."""
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def toolchain() -> Toolchain:
    """tsc, node and the global node_modules holding @types/node (`npm install -g`)."""
    tsc, node, npm = shutil.which("tsc"), shutil.which("node"), shutil.which("npm")
    if tsc is None or node is None or npm is None:
        _missing("the TypeScript toolchain (tsc, node, npm) is not on PATH")
    root = subprocess.run([npm, "root", "-g"], capture_output=True, text=True, check=False)
    node_modules = Path(root.stdout.strip())
    if root.returncode != 0 or not (node_modules / "@types" / "node").is_dir():
        _missing("@types/node is not installed globally (npm install -g @types/node@18)")
    return Toolchain(tsc, node, node_modules)


def _check(args: list[str], cwd: Path) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{output}"
    return output


def test_typescript_runtime_passes_primitives(toolchain: Toolchain, tmp_path: Path) -> None:
    shutil.copytree(RUNTIME, tmp_path / "src")
    shutil.copy(DRIVER / "check-primitives.ts", tmp_path / "src")
    shutil.copy(DRIVER / "tsconfig.json", tmp_path)
    shutil.copy(DRIVER / "package.json", tmp_path)
    (tmp_path / "node_modules").symlink_to(toolchain.node_modules, target_is_directory=True)

    _check([toolchain.tsc, "-p", str(tmp_path)], tmp_path)

    driver = tmp_path / "dist" / "check-primitives.js"
    output = _check([toolchain.node, str(driver), str(VECTORS)], tmp_path)
    assert re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE), output
