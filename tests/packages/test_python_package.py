"""The Python wheel, installed into an empty virtual environment with pip alone, works.

Builds the wheel and sdist (``python -m artifacts --lang python``'s builder), checks what each
ships (the modules, README, LICENSE; never the conformance adapter), installs the wheel into a
fresh venv with ``pip install --no-index`` and runs a consumer program that imports each format
from the installed package, signs the YAML example and verifies it; its output is compared with
the vectors.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from artifacts.common import REPO_ROOT
from artifacts.python import build_python
from generator.consumer import Example, render_consumer
from generator.languages.registry import language
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

PYTHON = language("python")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("python-package")
    artifacts = build_python(REPO_ROOT / "sdks" / "python", work / "dist", work / "scratch")
    wheel = next(a.path for a in artifacts if a.path.suffix == ".whl")
    sdist = next(a.path for a in artifacts if a.path.name.endswith(".tar.gz"))
    return wheel, sdist


@pytest.fixture(scope="module")
def venv_python(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    env = tmp_path_factory.mktemp("consumer") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(env)], check=True)
    python = env / "bin" / "python"
    install = [str(python), "-m", "pip", "install", "--no-index", "--quiet", str(built[0])]
    subprocess.run(install, check=True)
    return python


def test_artifacts_ship_the_modules_and_no_adapter(built: tuple[Path, Path]) -> None:
    package = default_package().python_package
    with zipfile.ZipFile(built[0]) as wheel, tarfile.open(built[1]) as sdist:
        wheel_names, sdist_names = wheel.namelist(), sdist.getnames()
    for fmt in FORMATS:
        assert f"{package}/{PYTHON.module_name(fmt.name)}.py" in wheel_names
    assert any(name.endswith("licenses/LICENSE") for name in wheel_names)
    assert any(name.endswith("/README.md") for name in sdist_names)
    assert any(name.endswith("/LICENSE") for name in sdist_names)
    for name in (*wheel_names, *sdist_names):
        assert "adapter" not in name, name


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_installed_package_signs_and_verifies(
    fmt: Format, venv_python: Path, tmp_path: Path
) -> None:
    document = json.loads(
        (REPO_ROOT / "conformance" / "vectors" / f"{fmt.name}.json").read_text("utf-8")
    )
    group, case = next(
        (g, t) for g in document["testGroups"] for t in g["tests"] if t["id"] == "sign/example"
    )
    example = Example(group["secret"], case["now"], case["fields"], case.get("random", ""))
    program = tmp_path / "consumer.py"
    program.write_text(render_consumer(fmt, PYTHON, example, package=default_package()), "utf-8")
    done = subprocess.run(
        [str(venv_python), str(program)], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    printed = dict(line.split("=", 1) for line in done.stdout.splitlines())
    assert printed.get("url") == case["expected"]["url"]
    assert printed.get("token") == case["expected"].get("token")
    assert printed["verified"] == "ok"
