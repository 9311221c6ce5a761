"""The Composer archive, installed by Composer from an artifact repository, works.

Builds the archive (``composer validate`` + ``composer archive``, through ``python -m
artifacts``' PHP builder), checks what it ships (composer.json, the classes, LICENSE, README;
not the conformance adapter), then an empty consumer project requires ``<name>:<version>``
from an ``artifact`` repository holding the zip (no Packagist), runs ``composer install``, and
a program loading vendor/autoload.php signs and verifies each signing format's YAML example;
its output is compared with the vectors. Without Composer it is skipped (fails under CI=true).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from consumers import check_printed, example_case

from artifacts.common import REPO_ROOT
from artifacts.composer import build_php
from generator.consumer import render_consumer
from generator.languages.registry import language
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

PHP = language("php")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]
PKG = default_package()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"php: {name} not on PATH")
        pytest.skip(f"php: {name} not on PATH")
    return found


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _tool("composer")
    work = tmp_path_factory.mktemp("php-package")
    (built,) = build_php(REPO_ROOT / "sdks" / "php", work / "dist", work / "scratch")
    return built.path


@pytest.fixture(scope="module")
def project(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty Composer project with the package installed from the artifact repository."""
    composer = _tool("composer")
    root = tmp_path_factory.mktemp("consumer")
    manifest = {
        "name": "example/consumer",
        "repositories": [
            {"type": "artifact", "url": str(archive.parent)},
            {"packagist.org": False},
        ],
        "require": {PKG.composer_name: PKG.version},
    }
    (root / "composer.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    env = {**os.environ, "COMPOSER_HOME": str(root / ".composer"), "COMPOSER_NO_INTERACTION": "1"}
    install = [composer, "install", "--no-ansi", "--no-progress", "--quiet"]
    subprocess.run(install, cwd=root, env=env, check=True)
    return root


def test_archive_ships_the_classes_and_no_adapter(archive: Path) -> None:
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
    for required in ("composer.json", "LICENSE", "README.md"):
        assert required in names
    for fmt in FORMATS:
        assert f"src/{PHP.module_name(fmt.name)}.php" in names
    assert not any(name.startswith("bin/") or "adapter" in name for name in names)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_installed_package_signs_and_verifies(fmt: Format, project: Path) -> None:
    php = _tool("php")
    example, expected = example_case(fmt.name)
    program = project / f"consumer-{fmt.name}.php"
    program.write_text(render_consumer(fmt, PHP, example, package=PKG), encoding="utf-8")
    done = subprocess.run([php, str(program)], cwd=project, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    check_printed(done.stdout, expected)
