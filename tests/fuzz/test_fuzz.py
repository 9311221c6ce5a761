"""The fuzzer: reproducible from its seed, judged by the reference, and it finds divergences.

The Python adapter must agree with the reference on a small seeded run; a broken answer is
reported as a divergence class with its request.
"""

from __future__ import annotations

from conformance.fuzz.cases import sign_cases, verify_cases
from conformance.fuzz.judge import agrees, reference_answer
from conformance.fuzz.report import Divergence, Report
from conformance.fuzz.run import Plan, run
from conformance.harness.descriptor import ROOT
from conformance.vectors.sources import FormatSource, load_sources
from specmodel import FORMATS_DIR

SOURCES = [s for s in load_sources(FORMATS_DIR) if isinstance(s, FormatSource)]


def test_the_same_seed_makes_the_same_cases() -> None:
    source = SOURCES[0]
    example = vars(source.example)
    for make in (sign_cases, verify_cases):
        first = [c.request for c in make(source.fmt, example, 30, 11)]
        again = [c.request for c in make(source.fmt, example, 30, 11)]
        other = [c.request for c in make(source.fmt, example, 30, 12)]
        assert first == again and first != other


def test_the_reference_answers_every_case_without_crashing() -> None:
    for source in SOURCES:
        example = vars(source.example)
        for make in (sign_cases, verify_cases):
            for case in make(source.fmt, example, 60, 5):
                answer = reference_answer(source.fmt, case.request)
                assert answer["ok"] in (True, False)


def test_python_agrees_with_the_reference_on_a_seeded_run() -> None:
    report = run(Plan(20261202, 40, (), ("python",), ROOT), note=lambda _: None)
    assert report.divergences == [], "\n".join(report.lines())


def test_a_different_answer_is_one_class_with_its_smallest_repro() -> None:
    report = Report(1, {"x": 2}, ["python"])
    for size in (30, 3):
        request = {"id": "i", "op": "verify", "token": "t" * size}
        wrong = Divergence(
            "python",
            "x",
            "verify",
            "text/flip",
            {"ok": True},
            {"ok": False, "error": "malformed"},
            request,
        )
        report.divergences.append(wrong)
    (cls,) = report.classes()
    assert report.classes()[cls][0].request["token"] == "ttt"
    assert not agrees({"ok": True, "claims": {"n": 1}}, {"ok": True, "claims": {"n": True}})
    assert any(
        line.startswith("DIVERGENCE python x verify: expected ok, got malformed")
        for line in report.lines()
    )
