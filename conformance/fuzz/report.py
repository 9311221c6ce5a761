"""Divergences grouped into classes, each with its smallest reproducing request."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from conformance.fuzz.judge import outcome


@dataclass
class Divergence:
    """One request where an adapter (or the reference itself) disagreed."""

    language: str
    format: str
    op: str
    edit: str
    expected: dict[str, Any]
    got: dict[str, Any]
    request: dict[str, Any]

    @property
    def cls(self) -> tuple[str, str, str, str, str]:
        """The class: who, which format and operation, and which outcome became which."""
        return (self.language, self.format, self.op, outcome(self.expected), outcome(self.got))


@dataclass
class Report:
    """What a run found."""

    seed: int
    cases: dict[str, int] = field(default_factory=dict)  # format -> cases sent per language
    languages: list[str] = field(default_factory=list)
    divergences: list[Divergence] = field(default_factory=list)

    def classes(self) -> dict[tuple[str, str, str, str, str], list[Divergence]]:
        """Divergences by class, each list smallest request first."""
        grouped: dict[tuple[str, str, str, str, str], list[Divergence]] = {}
        for item in self.divergences:
            grouped.setdefault(item.cls, []).append(item)
        for items in grouped.values():
            items.sort(key=lambda d: len(json.dumps(d.request, ensure_ascii=True)))
        return dict(sorted(grouped.items()))

    def lines(self) -> list[str]:
        """The human summary: the seed, the sizes, each class with a minimal repro."""
        total = sum(self.cases.values())
        out = [
            f"fuzz: seed {self.seed}; {total} cases per language over {len(self.cases)} formats; "
            f"languages: {', '.join(self.languages)}"
        ]
        for name, count in self.cases.items():
            out.append(f"  {name}: {count} cases")
        for (language, fmt, op, want, got), items in self.classes().items():
            out.append(
                f"DIVERGENCE {language} {fmt} {op}: expected {want}, got {got} ({len(items)}x)"
            )
            smallest = items[0]
            detail = smallest.got.get("detail", "")
            repro = json.dumps(smallest.request, ensure_ascii=True)[:600]
            out.append(f"  edit {smallest.edit}; repro: {repro}")
            if detail:
                out.append(f"  detail: {str(detail)[:300]}")
        out.append(f"{len(self.divergences)} divergences in {len(self.classes())} classes")
        return out

    def as_json(self) -> dict[str, Any]:
        """The machine-readable report (build/fuzz/report.json)."""
        return {
            "seed": self.seed,
            "cases": self.cases,
            "languages": self.languages,
            "divergences": len(self.divergences),
            "classes": [
                {
                    "language": c[0],
                    "format": c[1],
                    "op": c[2],
                    "expected": c[3],
                    "got": c[4],
                    "count": len(items),
                    "repro": items[0].request,
                    "expected_answer": items[0].expected,
                    "answer": items[0].got,
                }
                for c, items in self.classes().items()
            ],
        }
