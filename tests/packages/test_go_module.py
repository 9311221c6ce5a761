"""The Go module zip, served by a file-based GOPROXY, is fetched by ``go`` alone and works.

Builds the module zip and its proxy files (``python -m artifacts``' Go builder), checks what
the zip holds (the packages, go.mod, LICENSE, README; not the conformance adapter), then an
empty consumer module requires ``<module> v<version>`` with ``GOPROXY=file://…`` and an empty
module cache, and runs a program that signs and verifies each signing format's YAML example;
its output is compared with the vectors. Without Go it is skipped (a failure under CI=true).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from consumers import check_printed, example_case

from artifacts.common import REPO_ROOT
from artifacts.gomod import build_go
from generator.consumer import render_consumer
from generator.languages.registry import language
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

GO = language("go")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]
PKG = default_package()


def _go() -> str:
    found = shutil.which("go")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("go: not on PATH")
        pytest.skip("go: not on PATH")
    return found


@pytest.fixture(scope="module")
def proxy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _go()
    work = tmp_path_factory.mktemp("go-module")
    (archive,) = build_go(REPO_ROOT / "sdks" / "go", work / "dist", work / "scratch")
    return archive.path.parents[len(Path(PKG.go_module).parts) + 1]


def test_zip_holds_the_packages_and_no_adapter(proxy: Path) -> None:
    (archive,) = proxy.rglob("*.zip")
    with zipfile.ZipFile(archive) as zipped:
        names = zipped.namelist()
    prefix = f"{PKG.go_module}@v{PKG.version}/"
    assert all(name.startswith(prefix) for name in names)
    for required in ("go.mod", "LICENSE", "README.md"):
        assert prefix + required in names
    for fmt in FORMATS:
        assert f"{prefix}{GO.module_name(fmt.name)}/{GO.module_name(fmt.name)}.go" in names
    assert not any("adapter" in name for name in names)


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_consumer_module_signs_and_verifies(fmt: Format, proxy: Path, tmp_path: Path) -> None:
    go = _go()
    example, expected = example_case(fmt.name)
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    go_mod = f"module consumer\n\ngo 1.19\n\nrequire {PKG.go_module} v{PKG.version}\n"
    (consumer / "go.mod").write_text(go_mod, encoding="utf-8")
    program = render_consumer(fmt, GO, example, package=PKG)
    (consumer / "main.go").write_text(program, encoding="utf-8")
    env = {
        **os.environ,
        "GOPROXY": proxy.resolve().as_uri(),
        "GOSUMDB": "off",  # a private module: no checksum database knows it
        "GOFLAGS": "-mod=mod",
        "GOPATH": str(tmp_path / "gopath"),  # an empty module cache: go must fetch the zip
        "GOTOOLCHAIN": "local",
    }
    done = subprocess.run([go, "run", "."], cwd=consumer, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    check_printed(done.stdout, expected)
