"""A vendor's own package description renames everything it publishes, consistently.

The repository's embedseal.yaml is the default; tests/fixtures/acme-package.yaml is a
fictional vendor with a scoped npm name and its own Go module path: rendered with it, every
SDK carries Acme's names only, never ``embedseal``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render import render
from specmodel import SpecErrors, load_all
from specmodel.package import Package
from specmodel.package_load import load_package

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def acme() -> Package:
    return load_package(FIXTURES / "acme-package.yaml")


def test_defaults_follow_from_the_name(acme: Package) -> None:
    assert acme.python_distribution == "acme-embed"
    assert acme.python_package == "acme_embed"
    assert acme.npm_name == "@acme/embed"
    assert acme.maven_group_id == "example.acme"
    assert acme.java_package == "example.acme.acmeembed"
    assert acme.go_module == "go.acme.example/embed"
    assert acme.composer_name == "acme/acme-embed"
    assert acme.php_namespace == "AcmeEmbed"
    assert acme.nuget_id == "AcmeEmbed"


@pytest.fixture(scope="module")
def acme_files(acme: Package) -> dict[str, str]:
    # embedseal-v1 is embedseal's own format (its name is data, not the package's identity).
    return render([spec for spec in load_all() if spec.name != "embedseal-v1"], package=acme)


def test_python_tree_carries_the_vendors_metadata(acme_files: dict[str, str]) -> None:
    assert "sdks/python/src/acme_embed/papermap_iframe.py" in acme_files
    assert 'name = "acme-embed"' in acme_files["sdks/python/pyproject.toml"]
    assert 'version = "2.3.4"' in acme_files["sdks/python/pyproject.toml"]
    assert acme_files["sdks/python/LICENSE"].startswith("MIT License")


def test_typescript_and_csharp_carry_the_vendors_metadata(acme_files: dict[str, str]) -> None:
    assert '"name": "@acme/embed"' in acme_files["sdks/typescript/package.json"]
    assert "<PackageId>AcmeEmbed</PackageId>" in acme_files["sdks/csharp/AcmeEmbed.csproj"]
    assert "namespace AcmeEmbed" in acme_files["sdks/csharp/PapermapIframe.cs"]


@pytest.mark.parametrize("sdk", ["python", "typescript", "php", "java", "csharp", "go"])
def test_sdk_carries_only_the_vendors_names(sdk: str, acme_files: dict[str, str]) -> None:
    tree = {path: text for path, text in acme_files.items() if path.startswith(f"sdks/{sdk}/")}
    assert tree
    for path, text in tree.items():
        assert "embedseal" not in path.lower(), path
        assert "embedseal" not in text.lower(), path


def test_a_bad_description_is_one_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "embedseal.yaml"
    bad.write_text("name: acme\nversion: 1.0\nlicense: MIT\n", encoding="utf-8")
    with pytest.raises(SpecErrors) as raised:
        load_package(bad)
    assert len(raised.value.errors) == 1
    assert str(raised.value.errors[0]).startswith(f"{bad}:2:10: version:")
