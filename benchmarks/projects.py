"""The scratch project of each language: the published files, its driver and baseline, its build.

Every project is built under build/bench/<lang>/ from three sources only: the files the docs
publish (``docs/generated/snippets/<format>/<lang>/``, copied as a customer copies them, the
way tests/paste/test_paste.py does), the language's driver (benchmarks/drivers/<lang>/) and
its hand-written baseline (benchmarks/baselines/<lang>/). Nothing under sdks/ is used.
"""

from __future__ import annotations

import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNIPPETS = ROOT / "docs" / "generated" / "snippets"
BENCH = ROOT / "benchmarks"
SCRATCH = ROOT / "build" / "bench"

Commands = list[list[str]]


@dataclass(frozen=True)
class Project:
    """How one language's benchmark is laid out, built and run (argv lists, in the project)."""

    lang: str
    tools: tuple[str, ...]  # what must be on PATH
    published_dir: str  # where each published file goes; may use {module}
    sources: dict[str, str]  # benchmarks/-relative source -> project-relative destination
    build: Callable[[Path], Commands]  # the build commands, given the project folder
    run: tuple[str, ...]  # the driver's command; ROUNDS and BATCH_MS are appended
    fixup: Callable[[Path], None] | None = None  # adapts the driver to the published files

    def missing_tools(self) -> list[str]:
        return [tool for tool in self.tools if shutil.which(tool) is None]


def published(fmt: str, lang: str, extension: str) -> Path:
    """The one file the docs publish for ``fmt`` in ``lang`` (the paste test's rule)."""
    folder = SNIPPETS / fmt / lang
    found = [p for p in sorted(folder.glob(f"*.{extension}")) if p.stem != "endpoint"]
    if len(found) != 1:
        raise FileNotFoundError(f"{folder}: expected one published file, found {found}")
    return found[0]


def lay_out(project: Project, files: dict[str, Path], folder: Path) -> None:
    """A fresh ``folder`` holding ``files`` (module name -> published file) and the sources."""
    keep = {"node_modules", "lib"}  # installed dependencies survive a re-run
    folder.mkdir(parents=True, exist_ok=True)
    for entry in folder.iterdir():
        if entry.name not in keep:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    for module, path in files.items():
        target = folder / project.published_dir.format(module=module) / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    for source, destination in project.sources.items():
        target = folder / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(BENCH / source, target)
    if project.fixup is not None:
        project.fixup(folder)


def _none(folder: Path) -> Commands:
    return []


def _typescript(folder: Path) -> Commands:
    # npm ci: exactly the versions of package-lock.json, into this folder's node_modules.
    install = ["npm", "ci", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]
    return [install, ["tsc", "-p", "."]]


def _java(folder: Path) -> Commands:
    copy = ["mvn", "-q", "-B", "dependency:copy-dependencies", "-DoutputDirectory=lib"]
    sources = sorted(str(p.relative_to(folder)) for p in folder.rglob("*.java"))
    javac = ["javac", "-encoding", "UTF-8", "-nowarn", "-d", "out", "-cp", "lib/*", *sources]
    return [copy, javac]


def _java_imports(folder: Path) -> None:
    """Import each format's class from the package its published file declares (the design
    table says io.embedseal; a converted file may use a package of its own)."""
    driver = folder / "src" / "bench" / "Driver.java"
    text = driver.read_text(encoding="utf-8")
    for path in (folder / "src" / "gen").rglob("*.java"):
        found = re.search(r"^package ([\w.]+);", path.read_text(encoding="utf-8"), re.M)
        package = found[1] if found else ""
        line = f"import {package}.{path.stem};" if package else ""
        text = text.replace(f"import io.embedseal.{path.stem};", line)
    driver.write_text(text, encoding="utf-8")


def _csharp(folder: Path) -> Commands:
    sources = sorted(p.name for p in folder.glob("*.cs"))
    return [["mcs", "-optimize+", "-nowarn:1591", "-out:driver.exe", *sources]]


def _go(folder: Path) -> Commands:
    return [["go", "build", "-trimpath", "-o", "driver", "."]]


PROJECTS = {
    "python": Project(
        lang="python",
        tools=(),
        published_dir=".",
        sources={
            "drivers/python/driver.py": "driver.py",
            "baselines/python/baseline.py": "baseline.py",
        },
        build=_none,
        # -E -s: no PYTHON* variables, no user site; the venv's PyJWT stays importable.
        run=(sys.executable, "-E", "-s", "driver.py"),
    ),
    "typescript": Project(
        lang="typescript",
        tools=("node", "npm", "tsc"),
        published_dir=".",
        sources={
            "drivers/typescript/driver.ts": "driver.ts",
            "drivers/typescript/package.json": "package.json",
            "drivers/typescript/package-lock.json": "package-lock.json",
            "drivers/typescript/tsconfig.json": "tsconfig.json",
            "baselines/typescript/baseline.ts": "baseline.ts",
        },
        build=_typescript,
        run=("node", "dist/driver.js"),
    ),
    "php": Project(
        lang="php",
        tools=("php",),
        published_dir="gen",
        sources={
            "drivers/php/driver.php": "driver.php",
            "baselines/php/Baseline.php": "Baseline.php",
        },
        build=_none,
        run=("php", "-d", "memory_limit=512M", "driver.php"),
    ),
    "java": Project(
        lang="java",
        tools=("java", "javac", "mvn"),
        published_dir="src/gen",
        sources={
            "drivers/java/Driver.java": "src/bench/Driver.java",
            "drivers/java/pom.xml": "pom.xml",
            "baselines/java/Baseline.java": "src/bench/Baseline.java",
        },
        build=_java,
        run=("java", "-cp", "out:lib/*", "bench.Driver"),
        fixup=_java_imports,
    ),
    "csharp": Project(
        lang="csharp",
        tools=("mcs", "mono"),
        published_dir=".",
        sources={
            "drivers/csharp/Driver.cs": "Driver.cs",
            "baselines/csharp/Baseline.cs": "Baseline.cs",
        },
        build=_csharp,
        run=("mono", "driver.exe"),
    ),
    "go": Project(
        lang="go",
        tools=("go",),
        published_dir="{module}",
        sources={
            "drivers/go/main.go": "main.go",
            "drivers/go/go.mod": "go.mod",
            "drivers/go/go.sum": "go.sum",
            "baselines/go/baseline.go": "baseline.go",
        },
        build=_go,
        run=("./driver",),
    ),
}
