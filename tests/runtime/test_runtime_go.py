"""The Go runtime passes every case of conformance/vectors/primitives.json."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "generator" / "templates" / "go" / "runtime"
DRIVER = ROOT / "tests" / "runtime" / "go"
VECTORS = ROOT / "conformance" / "vectors" / "primitives.json"
GO_MOD = "module github.com/embedseal/embedseal-go\n\ngo 1.19\n"
# No toolchain download, no module download: the runtime is stdlib only.
GO_ENV = {"GOFLAGS": "-mod=mod", "GOTOOLCHAIN": "local", "GOPROXY": "off"}


@pytest.fixture
def go() -> str:
    """The go command; skipped locally but failed on CI when it is missing."""
    path = shutil.which("go")
    if path is None:
        message = "the Go toolchain is not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GO_ENV}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _check(result: subprocess.CompletedProcess[str]) -> str:
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(result.args)} failed:\n{output}"
    return output


def test_go_runtime_passes_primitives(go: str, tmp_path: Path) -> None:
    shutil.copytree(RUNTIME, tmp_path / "core")
    for source in DRIVER.glob("*.go"):
        shutil.copy(source, tmp_path)
    (tmp_path / "go.mod").write_text(GO_MOD, encoding="utf-8")

    goroot = _check(_run([go, "env", "GOROOT"], tmp_path)).strip()
    unformatted = _check(_run([str(Path(goroot, "bin", "gofmt")), "-l", "."], tmp_path))
    assert unformatted == "", f"not gofmt-clean:\n{unformatted}"
    _check(_run([go, "vet", "./..."], tmp_path))
    _check(_run([go, "build", "-o", "primitives", "."], tmp_path))

    output = _check(_run([str(tmp_path / "primitives"), str(VECTORS)], tmp_path))
    assert re.search(r"^\d+ passed, 0 failed$", output, re.MULTILINE), output
