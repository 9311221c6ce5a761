"""A fuzz run: cases per format, the reference's answers, every adapter's answers, compared."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conformance.fuzz.cases import FuzzCase, sign_cases, verify_cases
from conformance.fuzz.drive import LocalDriver
from conformance.fuzz.judge import ReferenceCrash, agrees, reference_answer
from conformance.fuzz.report import Divergence, Report
from conformance.harness import descriptor
from conformance.vectors.sources import FormatSource, load_sources
from specmodel import FORMATS_DIR
from specmodel.model import Format


@dataclass(frozen=True)
class Plan:
    """What to run: the seed, cases per operation and format, formats, languages."""

    seed: int
    cases: int
    formats: tuple[str, ...]
    languages: tuple[str, ...]
    tree: Path


def run(plan: Plan, note: Any = print) -> Report:
    """Every case through the reference and every adapter."""
    sources = [
        s
        for s in load_sources(FORMATS_DIR)
        if isinstance(s, FormatSource) and (not plan.formats or s.fmt.name in plan.formats)
    ]
    report = Report(plan.seed, languages=list(plan.languages))
    judged: list[tuple[Format, FuzzCase, dict[str, Any]]] = []
    for source in sources:
        fmt, cases = source.fmt, _cases(source, plan)
        report.cases[fmt.name] = len(cases)
        for case in cases:
            try:
                judged.append((fmt, case, reference_answer(fmt, case.request)))
            except ReferenceCrash as crash:
                report.divergences.append(
                    _divergence(
                        "reference",
                        fmt,
                        case,
                        {},
                        {"ok": False, "error": "crash", "detail": str(crash)},
                    )
                )
    note(f"fuzz: seed {plan.seed}: {len(judged)} cases judged by the reference")
    for language in plan.languages:
        report.divergences += _language(language, judged, plan.tree, note)
    return report


def _cases(source: FormatSource, plan: Plan) -> list[FuzzCase]:
    example = vars(source.example)
    fmt, count, seed = source.fmt, plan.cases, plan.seed
    return [*sign_cases(fmt, example, count, seed), *verify_cases(fmt, example, count, seed)]


def _language(
    language: str, judged: list[tuple[Format, FuzzCase, dict[str, Any]]], tree: Path, note: Any
) -> list[Divergence]:
    driver = LocalDriver(descriptor.load(language), tree)
    try:
        answers = driver.answers([case.request for _, case, _ in judged])
        found = [
            _divergence(language, fmt, case, expected, got)
            for (fmt, case, expected), got in zip(judged, answers, strict=False)
            if not agrees(expected, got)
        ]
    finally:
        driver.close()
    note(f"fuzz: {language}: {len(found)} divergences")
    return found


def _divergence(
    language: str, fmt: Format, case: FuzzCase, expected: dict[str, Any], got: dict[str, Any]
) -> Divergence:
    return Divergence(
        language, fmt.name, case.request["op"], case.edit, expected, got, case.request
    )


def languages_with_adapters(chosen: Iterable[str]) -> tuple[str, ...]:
    """The chosen languages (all six by default) in the harness's order."""
    wanted = set(chosen) or set(descriptor.LANGUAGES)
    return tuple(lang for lang in descriptor.LANGUAGES if lang in wanted)
