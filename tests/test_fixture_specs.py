"""Every loadable spec generates code that compiles and agrees with the reference.

The fixture specs (tests/fixtures/formats/ and tests/golden/specs/) hold the edge cases that
once broke one language or another: empty object and array defaults, a format that never
reads the clock, claim names that are not identifiers, CRLF in a published token. They are
rendered into a scratch tree with their own vectors; each language's strict checks run on it
and its adapter must answer every vector case as the reference does.
A missing toolchain skips locally and fails in CI.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from adapter_run import differences, run_adapter, toolchain_or_skip, vector_cases
from strict_checks import missing_tools_or_skip, run_checks

from conformance.harness import expected as expected_failures
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
FIXTURE_DIRS = (ROOT / "tests" / "fixtures" / "formats", ROOT / "tests" / "golden" / "specs")


def _run(*args: str) -> None:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stderr[-3000:]}"


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch tree: the fixture specs, their generated SDKs and their vectors."""
    root = tmp_path_factory.mktemp("fixture-specs")
    # Staged inside the repository, so that the generated headers name a short relative
    # path (an absolute temporary one would break the languages' line-length rules).
    specs = ROOT / "build" / "fixture-specs"
    shutil.rmtree(specs, ignore_errors=True)
    specs.mkdir(parents=True)
    for folder in FIXTURE_DIRS:
        for spec in folder.glob("*.yaml"):
            shutil.copy(spec, specs / spec.name)
    _run("-m", "generator", "--formats-dir", str(specs), "--out", str(root / "out"))
    _run("-m", "conformance.vectors", "--formats-dir", str(specs), "--out", str(root / "vectors"))
    return root


@pytest.fixture(scope="module")
def cases(rendered: Path) -> list[dict[str, Any]]:
    return vector_cases(rendered / "vectors")


def _limitation(case: str) -> str:
    """A case's kind without its format and field (``sign/object/key-order``): a language's
    listed expected failures of shipped formats name the limits it has for every format."""
    parts = case.split("/")
    return "/".join([*parts[1:3], parts[-1]])


def test_every_fixture_spec_is_rendered(rendered: Path) -> None:
    names = {spec.stem for folder in FIXTURE_DIRS for spec in folder.glob("*.yaml")}
    assert names == {path.stem for path in (rendered / "vectors").glob("*.json")}


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.name)
def test_fixture_sdk_passes_strict_checks(lang: Language, rendered: Path, tmp_path: Path) -> None:
    missing_tools_or_skip(lang)
    run_checks(lang, rendered / "out" / lang.sdk_root, tmp_path)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.name)
def test_fixture_adapter_agrees_with_reference(
    lang: Language, rendered: Path, cases: list[dict[str, Any]], tmp_path: Path
) -> None:
    toolchain_or_skip(lang)
    answers = run_adapter(lang, rendered / "out" / lang.sdk_root, tmp_path, cases)
    known = {_limitation(case) for case in expected_failures.load(lang.name)}
    differing = differences(cases, answers)
    failures = [f"{c}: {what}" for c, what in differing.items() if _limitation(c) not in known]
    assert not failures, f"{len(failures)} of {len(cases)} cases differ:\n" + "\n".join(
        failures[:40]
    )
