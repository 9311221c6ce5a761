"""The npm tarball, installed by npm into an empty project, type-checks and works.

Builds the tarball (``npm pack``, through ``python -m artifacts``' TypeScript builder), checks
what it ships (package.json, the compiled modules and their declarations, the sources their
maps point at, LICENSE, README; not the conformance adapter), then an empty ES-module project
runs ``npm install <tarball>`` and compiles, with the SDK's strict compiler options, a program
importing ``<name>/<format>`` that signs and verifies each signing format's YAML example; its
output is compared with the vectors. Without npm it is skipped (fails under CI=true).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from consumers import check_printed, example_case

from artifacts.common import REPO_ROOT
from artifacts.npm import build_typescript
from generator.consumer import render_consumer
from generator.languages.registry import language
from generator.languages.typescript import COMPILER_OPTIONS, TYPESCRIPT_VERSION
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

TS = language("typescript")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]
PKG = default_package()
_NPM = ["--no-audit", "--no-fund", "--loglevel=error"]


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"typescript: {name} not on PATH")
        pytest.skip(f"typescript: {name} not on PATH")
    return found


@pytest.fixture(scope="module")
def tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _tool("npm")
    work = tmp_path_factory.mktemp("npm-package")
    (built,) = build_typescript(REPO_ROOT / "sdks" / "typescript", work / "dist", work / "scratch")
    return built.path


@pytest.fixture(scope="module")
def project(tarball: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty ES-module project with the tarball and the compiler installed by npm."""
    npm = _tool("npm")
    root = tmp_path_factory.mktemp("consumer")
    manifest = {"name": "consumer", "private": True, "type": "module"}
    (root / "package.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    options = {**COMPILER_OPTIONS, "lib": ["ES2022", "DOM"], "types": [], "outDir": "dist"}
    tsconfig = {"compilerOptions": options, "include": ["*.ts"]}
    (root / "tsconfig.json").write_text(json.dumps(tsconfig, indent=2), encoding="utf-8")
    subprocess.run([npm, "install", *_NPM, str(tarball)], cwd=root, check=True)
    subprocess.run(
        [npm, "install", *_NPM, "--save-dev", f"typescript@{TYPESCRIPT_VERSION}"],
        cwd=root,
        check=True,
    )
    return root


def test_tarball_ships_the_modules_and_no_adapter(tarball: Path) -> None:
    with tarfile.open(tarball) as packed:
        names = {name.removeprefix("package/") for name in packed.getnames()}
    for required in ("package.json", "LICENSE", "README.md", "dist/index.js"):
        assert required in names
    for fmt in FORMATS:
        module = TS.module_name(fmt.name)
        assert {f"dist/{module}.js", f"dist/{module}.d.ts", f"src/{module}.ts"} <= names
    assert not any("adapter" in name or ".test." in name for name in names)


def test_installed_package_carries_the_vendor_name(project: Path) -> None:
    installed = project / "node_modules" / PKG.npm_name / "package.json"
    manifest = json.loads(installed.read_text(encoding="utf-8"))
    assert (manifest["name"], manifest["version"]) == (PKG.npm_name, PKG.version)
    assert manifest["license"] == PKG.license


def test_installed_package_signs_and_verifies(project: Path) -> None:
    """One compile for all formats (tsc is the slow part), then each program run alone."""
    examples = {}
    for fmt in FORMATS:
        example, expected = example_case(fmt.name)
        program = project / f"consumer-{fmt.name}.ts"
        program.write_text(render_consumer(fmt, TS, example, package=PKG), encoding="utf-8")
        examples[fmt.name] = expected
    npx = _tool("npx")
    compiled = subprocess.run([npx, "tsc", "-p", "."], cwd=project, capture_output=True, text=True)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    for name, expected in examples.items():
        run = [_tool("node"), f"dist/consumer-{name}.js"]
        done = subprocess.run(run, cwd=project, capture_output=True, text=True)
        assert done.returncode == 0, name + ": " + done.stdout + done.stderr
        check_printed(done.stdout, expected)
