"""Checked-in expected failures: ``conformance/expected-failures/<lang>.json``.

A listed case that fails is expected; a listed case that passes fails the run (lists only
shrink). ``--update-expected`` prints the exact change as a unified diff.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from pathlib import Path

from conformance.harness.descriptor import ROOT
from conformance.harness.outcome import BAD, Outcome, Result

FOLDER = ROOT / "conformance" / "expected-failures"
TODO = "TODO: say why (and link the issue)"


def path_for(language: str, folder: Path = FOLDER) -> Path:
    """Where the list of ``language`` lives."""
    return folder / f"{language}.json"


def load(language: str, folder: Path = FOLDER) -> dict[str, str]:
    """Case key -> reason (empty when the file does not exist)."""
    path = path_for(language, folder)
    if not path.is_file():
        return {}
    document = json.loads(path.read_text(encoding="utf-8"))
    return {entry["case"]: entry["reason"] for entry in document["failures"]}


def mark(results: Iterable[Result], listed: dict[str, str]) -> None:
    """Flag the results whose case is listed."""
    for result in results:
        result.expected_failure = result.case in listed


def stale(listed: dict[str, str], results: Iterable[Result]) -> list[str]:
    """Listed keys that no case of this run has (only meaningful for an unfiltered run)."""
    seen = {result.case for result in results}
    return sorted(key for key in listed if key not in seen)


def updated(listed: dict[str, str], results: Iterable[Result]) -> dict[str, str]:
    """The list this run asks for: still-failing entries keep their reason, new ones get TODO."""
    failing = {r.case: r for r in results if r.outcome in BAD}
    passing = {r.case for r in results if r.outcome is Outcome.PASS}
    kept = {k: v for k, v in listed.items() if k not in passing}
    added = {k: f"{TODO} ({r.outcome.value}: {r.detail[:80]})" for k, r in failing.items()}
    return dict(sorted({**added, **kept}.items()))


def render(language: str, entries: dict[str, str]) -> str:
    """The file text for ``entries``."""
    failures = [{"case": key, "reason": reason} for key, reason in entries.items()]
    document = {"language": language, "failures": failures}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def change(language: str, new: dict[str, str], folder: Path = FOLDER) -> str:
    """A unified diff from the checked-in list to ``new`` (empty when nothing changes)."""
    path = path_for(language, folder)
    old_text = path.read_text(encoding="utf-8") if path.is_file() else render(language, {})
    name = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
    lines = difflib.unified_diff(
        old_text.splitlines(keepends=True),
        render(language, new).splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(lines)
