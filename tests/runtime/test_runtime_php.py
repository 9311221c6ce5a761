"""The PHP runtime passes every case of conformance/vectors/primitives.json."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "generator" / "templates" / "php" / "runtime"
DRIVER = ROOT / "tests" / "runtime" / "php"
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"


@pytest.fixture
def php() -> str:
    """The php CLI; skipped locally but failed on CI when it is missing."""
    path = shutil.which("php")
    if path is None:
        message = "php is not on PATH (apt-get install -y php-cli)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _check(args: list[str], cwd: Path) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(args)} failed:\n{output}"
    return output


def test_php_runtime_passes_primitives(php: str, tmp_path: Path) -> None:
    # The SDK layout: the runtime lands in src/Runtime/, one class per file.
    runtime = tmp_path / "src" / "Runtime"
    shutil.copytree(RUNTIME, runtime)
    shutil.copytree(DRIVER, tmp_path / "tests")
    for source in sorted(tmp_path.rglob("*.php")):
        _check([php, "-l", str(source)], tmp_path)

    driver = tmp_path / "tests" / "run_primitives.php"
    output = _check([php, str(driver), str(runtime), str(VECTORS)], tmp_path)
    assert re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE), output
