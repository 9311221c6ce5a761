"""The final table printed at the end of a run."""

from __future__ import annotations

from conformance.harness import tables
from conformance.harness.cases import SKIP_REASON
from conformance.harness.runner import RunData


def final_table(data: RunData) -> str:
    """Languages as columns, formats as rows, then the cross matrix and the verdict."""
    langs = [run.language for run in data.runs]
    grid = tables.by_format(data)
    rows = [["format", *langs]]
    rows += [[fmt, *(grid[fmt][lang].text() for lang in langs)] for fmt in sorted(grid)]
    totals = tables.by_language([r for run in data.runs for r in run.results])
    rows.append(["total", *(totals[lang].text() for lang in langs)])
    text = _grid(rows)
    cross = tables.cross_matrix(data)
    if cross:
        matrix = [["signer \\ verifier", *langs]]
        matrix += [[s, *(cross[s][v].text() for v in langs)] for s in langs]
        text += "\n\ncross-language (tokens signed by row, verified by column)\n" + _grid(matrix)
    counts = data.skipped_by_format()
    if counts:
        listed = ", ".join(f"{fmt} ({n})" for fmt, n in counts.items())
        text += f"\n\nnot run ({SKIP_REASON}): {listed}"
    bad = tables.unexpected(data)
    verdict = f"FAILED: {len(bad)} unexpected results" if bad else "PASSED: no unexpected results"
    return f"{text}\n\n{verdict} ({data.seconds:.1f} s)\n"


def _grid(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
