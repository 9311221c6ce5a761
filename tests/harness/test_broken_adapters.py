"""The harness against a deliberately broken adapter: every misbehaviour classified, and the
run still completes with every report."""

from __future__ import annotations

import json
from pathlib import Path

from conformance.harness import reports
from conformance.harness.outcome import Outcome
from conformance.harness.runner import execute

from .conftest import fake_options

WANT = {
    "fake-format/sign/example": Outcome.FAIL,
    "fake-format/verify/good": Outcome.PASS,
    "fake-format/verify/crash": Outcome.CRASH,
    "fake-format/verify/hang": Outcome.TIMEOUT,
    "fake-format/verify/garbage": Outcome.ERROR,
    "fake-format/verify/flood": Outcome.PASS,
    "fake-format/verify/wrong-id": Outcome.ERROR,
    "fake-format/verify/late": Outcome.ERROR,
    "fake-format/verify/adapter-error": Outcome.ERROR,
    "fake-format/verify/differs": Outcome.FAIL,
}


def test_each_misbehaviour_is_classified(tmp_path: Path, vectors: Path) -> None:
    data = execute(fake_options(tmp_path, vectors))
    got = {r.case: r.outcome for r in data.results()}
    assert got == WANT
    session = data.runs[0].session
    assert session is not None and session.restarts == 5  # crash, hang, garbage, wrong-id, late
    assert "crashing on purpose" in session.stderr_text()


def test_sign_failure_has_a_byte_diff(tmp_path: Path, vectors: Path) -> None:
    data = execute(fake_options(tmp_path, vectors))
    (sign,) = [r for r in data.results() if r.op == "sign"]
    assert "token: 3 vs 3 bytes, first difference at byte 2" in sign.diff
    assert "b'abc'" in sign.diff and "b'abd'" in sign.diff


def test_stderr_flood_is_kept_bounded(tmp_path: Path, vectors: Path) -> None:
    data = execute(fake_options(tmp_path, vectors))
    session = data.runs[0].session
    assert session is not None
    text = session.stderr_text()
    assert "bytes of stderr dropped" in text and len(text) < 200_000


def test_full_report_is_written(tmp_path: Path, vectors: Path) -> None:
    data = execute(fake_options(tmp_path, vectors))
    out = tmp_path / "out"
    reports.write_all(data, out)
    lines = (out / "results.jsonl").read_text().splitlines()
    assert len(lines) == len(WANT)
    assert "fake-format" in (out / "summary.md").read_text()
    assert "<testsuite" in (out / "junit.xml").read_text()
    assert "v-python-fake-format" in (out / "report.html").read_text()
    badge = json.loads((out / "badge.json").read_text())
    assert badge["schemaVersion"] == 1 and badge["color"] == "red"


def test_adapter_without_handshake_runs_as_legacy(tmp_path: Path, vectors: Path) -> None:
    data = execute(fake_options(tmp_path, vectors, "--no-hello"))
    hello = data.runs[0].hello
    assert hello is not None and hello.protocol == 0
    assert {r.case: r.outcome for r in data.results()} == WANT
