"""The NuGet package, installed by ``nuget`` from a local source, compiles in and works.

Builds the nupkg (``python -m artifacts``' C# builder), checks what it holds (the nuspec with
the vendor's id, version and licence, the assembly and its XML docs; not the conformance
adapter), then ``nuget install <id> -Version <v> -Source <dir>`` into an empty directory (no
nuget.org), and a consumer compiled by mcs against the installed assembly signs and verifies
each signing format's YAML example; its output is compared with the vectors. Without mcs, mono
or nuget it is skipped (a failure under CI=true).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest
from consumers import check_printed, example_case

from artifacts.common import REPO_ROOT
from artifacts.nuget import FRAMEWORK, build_csharp
from generator.consumer import render_consumer
from generator.languages.registry import language
from generator.render import default_package
from specmodel import load_all
from specmodel.model import Format

CSHARP = language("csharp")
FORMATS = [spec for spec in load_all() if isinstance(spec, Format)]
PKG = default_package()
_NUSPEC = "{http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd}"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"csharp: {name} not on PATH")
        pytest.skip(f"csharp: {name} not on PATH")
    return found


@pytest.fixture(scope="module")
def nupkg(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _tool("mcs")
    work = tmp_path_factory.mktemp("nuget-package")
    (work / "scratch").mkdir()
    (built,) = build_csharp(REPO_ROOT / "sdks" / "csharp", work / "dist", work / "scratch")
    return built.path


@pytest.fixture(scope="module")
def assembly(nupkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The assembly as ``nuget install`` lays it out in an empty packages directory."""
    root = tmp_path_factory.mktemp("consumer")
    install = [_tool("nuget"), "install", PKG.nuget_id, "-Version", PKG.version]
    install += ["-Source", str(nupkg.parent), "-OutputDirectory", "packages", "-NonInteractive"]
    env = {**os.environ, "HOME": str(root)}  # nuget writes its config under HOME
    subprocess.run(install, cwd=root, env=env, check=True, capture_output=True)
    folder = root / "packages" / f"{PKG.nuget_id}.{PKG.version}" / "lib" / FRAMEWORK
    return folder / f"{PKG.nuget_id}.dll"


def test_nupkg_names_the_vendor_and_ships_no_adapter(nupkg: Path) -> None:
    with zipfile.ZipFile(nupkg) as zipped:
        names = set(zipped.namelist())
        manifest = ElementTree.fromstring(zipped.read(f"{PKG.nuget_id}.nuspec"))  # noqa: S314
        dll = zipped.read(f"lib/{FRAMEWORK}/{PKG.nuget_id}.dll")
    assert f"lib/{FRAMEWORK}/{PKG.nuget_id}.xml" in names
    metadata = manifest.find(f"{_NUSPEC}metadata")
    assert metadata is not None
    fields = {child.tag.removeprefix(_NUSPEC): child.text for child in metadata}
    assert (fields["id"], fields["version"], fields["license"]) == (
        PKG.nuget_id,
        PKG.version,
        PKG.license,
    )
    assert f"{PKG.csharp_namespace}.Adapter".encode() not in dll


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda fmt: fmt.name)
def test_installed_package_signs_and_verifies(fmt: Format, assembly: Path) -> None:
    work = assembly.parents[4] / fmt.name
    work.mkdir()
    example, expected = example_case(fmt.name)
    source = work / "Consumer.cs"
    source.write_text(render_consumer(fmt, CSHARP, example, package=PKG), encoding="utf-8")
    shutil.copy2(assembly, work / assembly.name)  # what a build copies to its output
    compile_ = [_tool("mcs"), "-nologo", "-warnaserror", f"-r:{assembly.name}"]
    compile_ += ["-r:System.Net.Http.dll", "-out:consumer.exe", source.name]
    subprocess.run(compile_, cwd=work, check=True, capture_output=True)
    done = subprocess.run([_tool("mono"), "consumer.exe"], cwd=work, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    check_printed(done.stdout, expected)
