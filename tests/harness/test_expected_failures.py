"""Expected-failure lists: listed failures are fine, listed passes fail the run."""

from __future__ import annotations

import json
from pathlib import Path

from conformance.harness import expected
from conformance.harness.outcome import Outcome, Result
from conformance.harness.runner import execute

from .conftest import fake_options


def _result(case: str, outcome: Outcome) -> Result:
    return Result("go", "f", case, "verify", outcome)


def test_listed_pass_is_unexpected_and_listed_fail_is_not() -> None:
    results = [_result("f/a", Outcome.PASS), _result("f/b", Outcome.FAIL)]
    expected.mark(results, {"f/a": "why", "f/b": "why"})
    assert [r.unexpected for r in results] == [True, False]


def test_update_prints_the_exact_change(tmp_path: Path) -> None:
    path = expected.path_for("go", tmp_path)
    path.write_text(expected.render("go", {"f/a": "fixed since"}), encoding="utf-8")
    results = [_result("f/a", Outcome.PASS), _result("f/b", Outcome.CRASH)]
    new = expected.updated(expected.load("go", tmp_path), results)
    diff = expected.change("go", new, tmp_path)
    assert '-      "case": "f/a",' in diff and '+      "case": "f/b",' in diff


def test_run_with_a_list_of_its_failures_passes(tmp_path: Path, vectors: Path) -> None:
    options = fake_options(tmp_path, vectors)
    first = execute(options)
    listed = expected.updated({}, first.results())
    options.expected_folder.mkdir()
    expected.path_for("python", options.expected_folder).write_text(
        expected.render("python", listed), encoding="utf-8"
    )
    second = execute(options)
    assert not [r for r in second.results() if r.unexpected]
    assert json.loads(expected.render("python", listed))["failures"]
