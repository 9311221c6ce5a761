"""Exchange groups (the fourth family) have no adapter operation yet: the harness never sends
them, and says so in summary.md and the final table."""

from __future__ import annotations

import json
from pathlib import Path

from conformance.harness import reports, terminal
from conformance.harness.cases import OPERATIONS, SKIP_REASON, VECTORS, load_all, load_skipped
from conformance.harness.runner import execute

from .conftest import fake_options


def test_shared_vectors_split_into_runnable_and_skipped() -> None:
    runnable, skipped = load_all(), load_skipped()
    assert {c.op for c in runnable} <= OPERATIONS
    assert skipped and {c.op for c in skipped} == {"exchange"}
    exchange_files = {
        path.stem: sum(
            len(g["tests"]) for g in document["testGroups"] if g["type"] not in OPERATIONS
        )
        for path in sorted(VECTORS.glob("*.json"))
        if "testGroups" in (document := json.loads(path.read_text(encoding="utf-8")))
    }
    want = {name: n for name, n in exchange_files.items() if n}
    assert {"semaphor-token", "boldbi-embed-authorize", "tooljet-pat"} <= set(want)
    got: dict[str, int] = {}
    for case in skipped:
        got[case.format] = got.get(case.format, 0) + 1
    assert got == want
    assert not {c.format for c in runnable} & set(want)


def test_a_run_reports_the_skipped_exchange_cases(tmp_path: Path, vectors: Path) -> None:
    document = json.loads(vectors.read_text(encoding="utf-8"))
    document["testGroups"] = [g for g in document["testGroups"] if g["type"] == "sign"]
    exchange_test = {"id": "exchange/example", "now": 1, "fields": {}, "expected": {"ok": True}}
    document["testGroups"].append(
        {"type": "exchange", "secret": "k", "comment": "", "tests": [exchange_test]}
    )
    vectors.write_text(json.dumps(document), encoding="utf-8")
    data = execute(fake_options(tmp_path, vectors))
    assert {r.op for r in data.results()} == {"sign"}
    assert [c.key for c in data.skipped] == ["fake-format/exchange/example"]
    out = tmp_path / "reports"
    reports.write_all(data, out)
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Skipped" in summary
    assert f"| fake-format | 1 | {SKIP_REASON} |" in summary
    assert SKIP_REASON in terminal.final_table(data)
