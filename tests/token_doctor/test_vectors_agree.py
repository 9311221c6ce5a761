"""The doctor's checks agree with the reference verifier on every verify vector: the same
verdict, the first failed check carrying the vector's error code, and a report that is JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from doctor import explain
from doctor.explain import TRACERS
from doctor.report import Status

from .forge import formats

VECTORS = Path(__file__).resolve().parents[2] / "conformance" / "vectors"


def _vector_files() -> list[tuple[str, list[dict[str, Any]]]]:
    found = []
    for name in sorted(formats()):
        document = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
        cases = [
            {**test, "secret": group["secret"]}
            for group in document["testGroups"]
            if group["type"] == "verify"
            for test in group["tests"]
        ]
        found.append((name, cases))
    return found


FILES = _vector_files()


@pytest.mark.parametrize(("name", "cases"), FILES, ids=[name for name, _ in FILES])
def test_the_first_failed_check_is_the_verifiers_error(
    name: str, cases: list[dict[str, Any]]
) -> None:
    fmt = formats()[name]
    others = list(formats().values())
    for case in cases:
        expected = "ok" if case["expected"]["ok"] else case["expected"]["error"]
        trace = TRACERS[fmt.family](fmt, case["token"], case["secret"], case["now"])
        failure = trace.failure
        assert (failure.error if failure else "ok") == expected, case["id"]
        report = explain(fmt, case["token"], case["secret"], case["now"], others)
        assert (report.verdict.error or "ok") == expected, case["id"]
        assert json.loads(json.dumps(report.as_json())) == report.as_json()
        assert (report.verdict.ok is True) == (not report.diagnoses), case["id"]


@pytest.mark.parametrize(("name", "cases"), FILES, ids=[name for name, _ in FILES])
def test_without_the_secret_only_the_key_and_signature_are_skipped(
    name: str, cases: list[dict[str, Any]]
) -> None:
    fmt = formats()[name]
    for case in cases:
        trace = TRACERS[fmt.family](fmt, case["token"], None, case["now"])
        skipped = {c.name for c in trace.checks if c.status is Status.SKIPPED}
        assert skipped <= {"key", "signature"}, case["id"]
        assert all(c.error != "bad_signature" for c in trace.checks), case["id"]
