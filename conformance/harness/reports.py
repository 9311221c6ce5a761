"""Writes every report into build/conformance/: results.jsonl, junit.xml, summary.md,
report.html and the badges (shields.io endpoint JSON)."""

from __future__ import annotations

import json
from pathlib import Path

from conformance.harness import html, junit, summary, tables
from conformance.harness.outcome import Outcome
from conformance.harness.runner import RunData

OUT = Path("build") / "conformance"


def badge(label: str, passed: int, total: int, bad: int) -> dict[str, object]:
    """A shields.io endpoint badge."""
    color = "red" if bad else ("brightgreen" if passed == total else "yellow")
    return {
        "schemaVersion": 1,
        "label": label,
        "message": f"{passed}/{total} passing",
        "color": color,
    }


def _badges(data: RunData, out: Path) -> None:
    everything = data.results()
    cells = [tables.by_language(everything)[run.language] for run in data.runs]
    total = tables.Cell()
    for result in everything:
        total.add(result)
    _write_badge(out / "badge.json", "conformance", total)
    for run, cell in zip(data.runs, cells, strict=True):
        path, label = out / "badges" / f"{run.language}.json", f"conformance {run.language}"
        if run.ran:
            _write_badge(path, label, cell)
        else:
            status = tables.status(run)
            color = "red" if run.build_log or run.required else "lightgrey"
            value = {"schemaVersion": 1, "label": label, "message": status, "color": color}
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value) + "\n", encoding="utf-8")


def _write_badge(path: Path, label: str, cell: tables.Cell) -> None:
    ran = cell.total - cell.counts[Outcome.SKIP]
    value = badge(label, cell.counts[Outcome.PASS], ran, cell.unexpected)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value) + "\n", encoding="utf-8")


def write_all(data: RunData, out: Path = OUT) -> list[Path]:
    """Write the reports; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(r.as_json(), ensure_ascii=False) for r in data.results())
    files = {
        "results.jsonl": "".join(line + "\n" for line in lines),
        "junit.xml": junit.document(data),
        "summary.md": summary.markdown(data),
        "report.html": html.document(data),
    }
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    _badges(data, out)
    return [out / name for name in files] + [out / "badge.json"]
