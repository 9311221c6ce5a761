"""The docs hook and the conformance summary: the label names the run, and a failed run is
not published (the strict build fails, saying what to do)."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from docs_site import REPO

pytestmark = pytest.mark.docs_site  # the hook imports mkdocs

PAGE = "## Latest results\n\n<!-- conformance-summary -->\n"


def _hooks() -> ModuleType:
    sys.path.insert(0, str(REPO / "docs" / "hooks"))
    try:
        return importlib.import_module("embedseal_hooks")
    finally:
        sys.path.pop(0)


def _render(root: Path, summary: str) -> str:
    path = root / "build" / "conformance" / "summary.md"
    path.parent.mkdir(parents=True)
    path.write_text(summary, encoding="utf-8")
    config: dict[str, Any] = {"config_file_path": str(root / "mkdocs.yml")}
    text: str = _hooks().on_page_markdown(PAGE, None, config, None)
    return text


def test_the_label_names_a_docker_run(tmp_path: Path) -> None:
    marker = "<!-- embedseal-conformance backend=docker offline=yes verdict=passed -->"
    text = _render(tmp_path, f"{marker}\n\n# embedseal conformance\n\n**PASSED**\n")
    assert "the latest Docker run (offline images) of `nox -s conformance`" in text
    assert "local run" not in text and "embedseal-conformance" not in text
    assert "## embedseal conformance" in text  # demoted under the page's own title


def test_a_failed_run_is_not_published(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    marker = "<!-- embedseal-conformance backend=local offline=no verdict=failed -->"
    with caplog.at_level(logging.WARNING):
        text = _render(tmp_path, f"{marker}\n\n# embedseal conformance\n\n**FAILED**: 3 fail\n")
    assert "3 fail" not in text and "The latest conformance run failed" in text
    (record,) = caplog.records
    assert "FAILED conformance run: not published" in record.getMessage()
    assert record.name.startswith("mkdocs.")  # so `mkdocs build --strict` fails
