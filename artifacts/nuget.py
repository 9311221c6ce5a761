"""C#: a NuGet package (``<id>.<version>.nupkg``) holding the library mcs compiles.

The floor here has Mono's ``mcs`` and no .NET SDK, so the package is assembled from its parts:
the assembly (compiled against Mono's .NET Framework 4.x profile, hence ``lib/net461``, which
.NET 8 projects also restore, with NuGet's NU1701 note), its XML docs and a nuspec naming the
vendor's id, version, licence and URLs — read from the generated csproj, which says them for
``dotnet pack`` (from embedseal.yaml). A vendor with the .NET SDK runs
``dotnet pack`` on the generated csproj instead, which targets netstandard2.0.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import NamedTuple
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

from artifacts.common import Artifact, BuildError, require, run

FRAMEWORK = "net461"
_EPOCH = (1980, 1, 1, 0, 0, 0)  # fixed entry times: the same sources give the same zip layout
_MANIFEST_REL = "http://schemas.microsoft.com/packaging/2010/07/manifest"


class Identity(NamedTuple):
    """What the csproj says about the package (its PropertyGroup's NuGet properties)."""

    nuget_id: str
    version: str
    authors: str
    license: str
    description: str
    homepage: str | None
    repository: str | None


def read_identity(csproj: Path) -> Identity:
    """The NuGet properties of ``csproj``; a missing id, version or licence is a BuildError."""
    properties = {
        element.tag: (element.text or "").strip()
        # The generated csproj, not untrusted input.
        for group in ElementTree.parse(csproj).getroot().iter("PropertyGroup")  # noqa: S314
        for element in group
    }
    missing = [
        key for key in ("PackageId", "Version", "PackageLicenseExpression") if key not in properties
    ]
    if missing:
        raise BuildError(f"{csproj.name} has no {', '.join(missing)}")
    return Identity(
        nuget_id=properties["PackageId"],
        version=properties["Version"],
        authors=properties.get("Authors", properties["PackageId"]).replace(";", ", "),
        license=properties["PackageLicenseExpression"],
        description=properties.get("Description", properties["PackageId"]),
        homepage=properties.get("PackageProjectUrl"),
        repository=properties.get("RepositoryUrl"),
    )


def build_csharp(sdk: Path, out: Path, scratch: Path) -> list[Artifact]:
    """Compile ``sdk`` (sdks/csharp, without its adapter) and package it in ``out``."""
    mcs = require("mcs", "apt-get install mono-mcs libmono-system-net-http4.0-cil")
    projects = sorted(sdk.glob("*.csproj"))
    if len(projects) != 1:
        raise BuildError(f"{sdk} holds {len(projects)} csproj files, not one")
    pkg = read_identity(projects[0])
    sources = sorted(str(path) for path in sdk.glob("*.cs"))  # the adapter is in Adapter/
    dll, docs = scratch / f"{pkg.nuget_id}.dll", scratch / f"{pkg.nuget_id}.xml"
    compile_ = [mcs, "-langversion:7.2", "-target:library", "-optimize+", "-warnaserror"]
    compile_ += ["-nologo", "-r:System.Net.Http.dll", f"-doc:{docs}", f"-out:{dll}", *sources]
    run(compile_, scratch, "mcs")
    out.mkdir(parents=True, exist_ok=True)
    nupkg = out / f"{pkg.nuget_id}.{pkg.version}.nupkg"
    lib = f"lib/{FRAMEWORK}"
    parts = {
        "_rels/.rels": _relationships(pkg).encode(),
        f"{pkg.nuget_id}.nuspec": nuspec(pkg).encode(),
        f"{lib}/{dll.name}": dll.read_bytes(),
        f"{lib}/{docs.name}": docs.read_bytes(),
        "[Content_Types].xml": _CONTENT_TYPES.encode(),
    }
    with zipfile.ZipFile(nupkg, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in parts.items():
            zipped.writestr(zipfile.ZipInfo(name, _EPOCH), data, zipfile.ZIP_DEFLATED)
    install = f"dotnet add package {pkg.nuget_id} (or nuget install {pkg.nuget_id})"
    return [Artifact(nupkg, f"{install} with a local source holding {nupkg.name}")]


def nuspec(pkg: Identity) -> str:
    """The package manifest: identity, licence expression, people and URLs."""
    lines = [
        f"    <id>{escape(pkg.nuget_id)}</id>",
        f"    <version>{escape(pkg.version)}</version>",
        f"    <authors>{escape(pkg.authors)}</authors>",
        f'    <license type="expression">{escape(pkg.license)}</license>',
        f"    <description>{escape(pkg.description)}</description>",
    ]
    if pkg.homepage:
        lines.append(f"    <projectUrl>{escape(pkg.homepage)}</projectUrl>")
    if pkg.repository:
        lines.append(f'    <repository type="git" url={quoteattr(pkg.repository)} />')
    body = "\n".join(lines)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">\n'
        f"  <metadata>\n{body}\n  </metadata>\n</package>\n"
    )


def _relationships(pkg: Identity) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Type="{_MANIFEST_REL}" Target="/{pkg.nuget_id}.nuspec" Id="R0" />'
        "</Relationships>\n"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
    '<Default Extension="nuspec" ContentType="application/octet" />'
    '<Default Extension="dll" ContentType="application/octet" />'
    '<Default Extension="xml" ContentType="application/octet" />'
    "</Types>\n"
)
