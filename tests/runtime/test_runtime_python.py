"""The Python runtime passes every case of conformance/vectors/primitives.json."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "generator" / "templates" / "python" / "runtime"
DRIVER = ROOT / "tests" / "runtime" / "python" / "run_primitives.py"
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"


@pytest.fixture
def python() -> str:
    """The interpreter running pytest (the project's floor is the SDK's: 3.11).

    Skipped locally but failed on CI when its path is unknown.
    """
    if not sys.executable:
        message = "the path of the Python interpreter is unknown"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return sys.executable


def test_python_runtime_passes_primitives(python: str, tmp_path: Path) -> None:
    package = tmp_path / "embedseal"
    package.mkdir()
    for source in RUNTIME.glob("*.py"):
        shutil.copy(source, package)
    (package / "__init__.py").touch()  # the generator writes the SDK's real one
    shutil.copy(DRIVER, tmp_path)

    # The driver imports the copied package from its own folder; warnings fail the run.
    args = [python, "-W", "error", DRIVER.name, str(VECTORS)]
    result = subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, check=False)

    output = result.stdout + result.stderr
    assert result.returncode == 0, f"the driver failed:\n{output}"
    assert re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE), output
