"""The vendor's package description (``embedseal.yaml``): the names the SDKs publish under.

Every ecosystem gets its own identity — a Python distribution and import package, an npm name
(scopes allowed), Maven coordinates and a Java package, a Go module path, a Composer name and
PHP namespace, a NuGet id and C# namespace — all derived from one ``name`` unless given.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Author:
    """A person or organisation credited in every artifact's metadata."""

    name: str
    email: str | None = None

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True)
class Package:
    """Everything the generated packages say about themselves."""

    name: str
    version: str
    license: str  # SPDX identifier
    description: str
    authors: tuple[Author, ...]
    homepage: str | None
    repository: str | None
    python_distribution: str
    python_package: str
    npm_name: str
    maven_group_id: str
    maven_artifact_id: str
    java_package: str
    go_module: str
    composer_name: str
    php_namespace: str
    nuget_id: str
    csharp_namespace: str

    @property
    def java_package_path(self) -> str:
        """The Java package as the directory its sources live in (``io/embedseal``)."""
        return self.java_package.replace(".", "/")


def package_from(data: dict[str, Any]) -> Package:
    """The package a schema-valid description stands for, defaults derived from ``name``."""
    name: str = data["name"]
    pascal = "".join(word.capitalize() for word in name.split("-"))
    joined = name.replace("-", "")
    python, npm = data.get("python", {}), data.get("npm", {})
    maven, go = data.get("maven", {}), data.get("go", {})
    composer, nuget = data.get("composer", {}), data.get("nuget", {})
    group = maven.get("group_id", _reversed_host(data.get("homepage")) or f"io.{joined}")
    return Package(
        name=name,
        version=data["version"],
        license=data["license"],
        description=data.get("description", f"Sign and verify {name} embed tokens."),
        authors=tuple(Author(a["name"], a.get("email")) for a in data.get("authors", ())),
        homepage=data.get("homepage"),
        repository=data.get("repository"),
        python_distribution=python.get("distribution", name),
        python_package=python.get("package", name.replace("-", "_")),
        npm_name=npm.get("name", name),
        maven_group_id=group,
        maven_artifact_id=maven.get("artifact_id", name),
        java_package=maven.get("package", _java_package(group, joined)),
        go_module=go.get("module", _go_module(data.get("repository"), name)),
        composer_name=composer.get("name", f"{name.split('-')[0]}/{name}"),
        php_namespace=composer.get("namespace", pascal),
        nuget_id=nuget.get("id", pascal),
        csharp_namespace=nuget.get("namespace", pascal),
    )


def _reversed_host(url: str | None) -> str | None:
    """``https://www.acme.example`` → ``example.acme`` (Maven's reversed-domain convention)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").removeprefix("www.")
    parts = [part.replace("-", "_") for part in reversed(host.split(".")) if part]
    return ".".join(parts) if len(parts) > 1 and parts[0][0].isalpha() else None


def _java_package(group: str, joined: str) -> str:
    return group if group.rsplit(".", 1)[-1] == joined else f"{group}.{joined.replace('-', '')}"


def _go_module(repository: str | None, name: str) -> str:
    """The SDK's module inside the vendor's repository (``sdks/go``), else a neutral path."""
    if repository:
        parts = urlsplit(repository)
        return f"{parts.hostname}{parts.path.rstrip('/').removesuffix('.git')}/sdks/go"
    return f"example.com/{name}"
