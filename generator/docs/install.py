"""The Install section of a format page: per language, the install line and the import line.

The install line names the package as its registry has it (pip, npm, Maven, Composer, NuGet,
Go modules); the import line is the one a customer's code needs before calling the format's
entry points (``sign`` and ``verify``; ``exchange`` and ``revoke``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from generator.docs import names
from generator.docs.snippets import PublishedCode
from specmodel.package import Package


@dataclass(frozen=True)
class InstallTab:
    """One language's tab: the command (or build-file entry) and the import line."""

    label: str
    install: str
    install_fence: str
    imports: str
    imports_fence: str


def install_tabs(
    files: Sequence[PublishedCode], pkg: Package, entry_points: Sequence[str]
) -> tuple[InstallTab, ...]:
    """A tab per language that publishes a file for the format, in language order."""
    return tuple(_tab(code, pkg, entry_points) for code in files)


def _tab(code: PublishedCode, pkg: Package, entry_points: Sequence[str]) -> InstallTab:
    install, fence, imports = _RULES[code.lang.name](code.sdk_path, pkg, ", ".join(entry_points))
    return InstallTab(code.lang.label, install, fence, imports, code.lang.code_fence)


_Rule = Callable[[str, Package, str], tuple[str, str, str]]  # → install, its fence, import


def _python(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    imports = f"from {names.python_module(path)} import {entries}"
    return f"pip install {pkg.python_distribution}", "bash", imports


def _typescript(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    imports = f'import {{ {entries} }} from "{names.typescript_module(path, pkg)}";'
    return f"npm install {pkg.npm_name}", "bash", imports


def _php(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    return f"composer require {pkg.composer_name}", "bash", f"use {names.php_class(path, pkg)};"


def _java(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    dependency = "\n".join(
        (
            "<dependency>",
            f"  <groupId>{pkg.maven_group_id}</groupId>",
            f"  <artifactId>{pkg.maven_artifact_id}</artifactId>",
            f"  <version>{pkg.version}</version>",
            "</dependency>",
        )
    )
    return dependency, "xml", f"import {names.java_class(path)};"


def _csharp(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    imports = f"using {names.csharp_namespace(path, pkg)};"
    return f"dotnet add package {pkg.nuget_id}", "bash", imports


def _go(path: str, pkg: Package, entries: str) -> tuple[str, str, str]:
    install = f"go get {pkg.go_module}@v{pkg.version}"
    return install, "bash", f'import "{names.go_package(path, pkg)}"'


_RULES: dict[str, _Rule] = {
    "python": _python,
    "typescript": _typescript,
    "php": _php,
    "java": _java,
    "csharp": _csharp,
    "go": _go,
}
