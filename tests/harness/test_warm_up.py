"""A language's first request of each operation does not pay its runtime's warm-up against
the per-case timeout, and the recording vendor closes at once."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from conformance.harness.outcome import Outcome
from conformance.harness.recorder import CannedAnswer, Recorder
from conformance.harness.runner import execute

from .conftest import fake_options


def test_a_slow_first_answer_is_a_warm_up_not_a_timeout(tmp_path: Path, vectors: Path) -> None:
    options = fake_options(tmp_path, vectors, "--slow-first")  # 1.5 s; the case timeout is 1 s
    options.patterns = ["sign/example", "verify/good"]
    data = execute(options)
    outcomes = {r.case: r.outcome for r in data.results()}
    assert outcomes["fake-format/sign/example"] is Outcome.FAIL  # the answer, judged (abd)
    assert outcomes["fake-format/verify/good"] is Outcome.PASS
    assert data.runs[0].warm_up_seconds >= 3.0  # sign and verify, 1.5 s each


def test_the_recorder_closes_within_5_ms() -> None:
    closes = []
    for _ in range(20):
        recorder = Recorder(CannedAnswer(200))
        started = time.perf_counter()
        recorder.close()
        closes.append(time.perf_counter() - started)
    assert statistics.median(closes) <= 0.005, f"median close {statistics.median(closes):.4f} s"
