"""Fixtures for the docs tests.

Tests marked ``docs_site`` need the docs packages (mkdocs, mkdocs-material, pymdown-extensions,
selenium) and run in `nox -s docs`, which sets EMBEDSEAL_DOCS=1; elsewhere they are skipped.
"""

from __future__ import annotations

import os

import pytest
from docs_site import Site, build_site

IN_DOCS_SESSION = os.environ.get("EMBEDSEAL_DOCS") == "1"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "docs_site: builds the docs site (runs in `nox -s docs`, else skipped)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if IN_DOCS_SESSION:
        return
    skip = pytest.mark.skip(reason="needs the docs packages: runs in `nox -s docs`")
    for item in items:
        if "docs_site" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The site generated from spec/ and built with mkdocs --strict, in a scratch folder."""
    return build_site(tmp_path_factory.mktemp("docs-src"))
