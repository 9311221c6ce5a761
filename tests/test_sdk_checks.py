"""Every generated SDK compiles and lints cleanly with its language's strict settings.

The checks (tests/strict_checks.py) run in a copy of the committed sdks/<lang>/. A missing
toolchain skips locally and fails in CI.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from strict_checks import missing_tools_or_skip, run_checks

from generator.languages.base import Language
from generator.languages.registry import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
GENERATED = Path(os.environ.get("EMBEDSEAL_GENERATED_ROOT", str(ROOT)))


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.name)
def test_generated_sdk_passes_strict_checks(lang: Language, tmp_path: Path) -> None:
    missing_tools_or_skip(lang)
    run_checks(lang, GENERATED / lang.sdk_root, tmp_path)
