"""Golden records: the generated tree for the fixture specs in tests/golden/specs/.

Every generated file except the verbatim runtimes (covered by their own tests) is stored
under tests/golden/expected/. Regenerate after an intended change with
`pytest tests/test_golden.py --update-snapshots`, then read the diff.
"""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

import pytest

from generator.headers import notice
from generator.render import RUNTIME_SOURCE, render
from specmodel import load_all

GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED = GOLDEN / "expected"
COMMAND = "pytest tests/test_golden.py --update-snapshots"


def _rendered() -> dict[str, str]:
    files = render(load_all(GOLDEN / "specs"))
    return {path: text for path, text in files.items() if notice(RUNTIME_SOURCE) not in text}


def _stored() -> dict[str, str]:
    return {
        path.relative_to(EXPECTED).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(EXPECTED.rglob("*"))
        if path.is_file()
    }


def _rewrite(files: dict[str, str]) -> None:
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for relative, text in files.items():
        target = EXPECTED / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")


def test_generated_tree_matches_golden_records(request: pytest.FixtureRequest) -> None:
    rendered = _rendered()
    if request.config.getoption("--update-snapshots"):
        _rewrite(rendered)
    stored = _stored()
    missing, extra = sorted(set(rendered) - set(stored)), sorted(set(stored) - set(rendered))
    assert not missing and not extra, f"missing {missing}, extra {extra}; run `{COMMAND}`"
    changed = [path for path in rendered if rendered[path] != stored[path]]
    diff = "".join(
        "".join(
            difflib.unified_diff(stored[p].splitlines(True), rendered[p].splitlines(True), p, p)
        )
        for p in changed[:3]
    )
    assert not changed, f"{len(changed)} golden files differ (run `{COMMAND}`):\n{diff[:6000]}"


def test_rendering_is_deterministic() -> None:
    assert _rendered() == _rendered()
