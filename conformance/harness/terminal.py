"""The final table printed at the end of a run, then one line per language that did not run,
the first lines of each failed build, and the verdict."""

from __future__ import annotations

from conformance.harness import tables
from conformance.harness.cases import SKIP_REASON
from conformance.harness.runner import RunData


def final_table(data: RunData) -> str:
    """Languages as columns, formats as rows, then the cross matrix and the verdict."""
    langs = [run.language for run in data.runs]
    status = {run.language: tables.status(run) for run in data.runs}
    grid = tables.by_format(data)
    formats = sorted(grid) or sorted({case.format for case in data.cases})
    rows = [["format", *langs]]
    rows += [[f, *(status[lang] or grid[f][lang].text() for lang in langs)] for f in formats]
    totals = tables.by_language([r for run in data.runs for r in run.results])
    rows.append(["total", *(status[lang] or totals[lang].text() for lang in langs)])
    text = _grid(rows)
    cross = tables.cross_matrix(data)
    if cross:
        ran = [run.language for run in data.runs if run.ran]
        matrix = [["signer \\ verifier", *ran]]
        matrix += [[s, *(cross[s][v].text() for v in ran)] for s in ran]
        text += "\n\ncross-language (tokens signed by row, verified by column)\n" + _grid(matrix)
    counts = data.skipped_by_format()
    if counts:
        listed = ", ".join(f"{fmt} ({n})" for fmt, n in counts.items())
        text += f"\n\nnot run ({SKIP_REASON}): {listed}"
    notes = _not_run(data) + _builds(data)
    return f"{text}\n\n{''.join(notes)}{_verdict(data)} ({data.seconds:.1f} s)\n"


def _not_run(data: RunData) -> list[str]:
    return [
        run.not_run + (" [required: this fails the run]" if run.required else "") + "\n"
        for run in data.not_run()
    ]


def _builds(data: RunData) -> list[str]:
    return [
        f"{run.language}: adapter build failed:\n"
        + "".join(f"    {line}\n" for line in tables.build_lines(run))
        for run in data.failed_builds()
    ]


def _verdict(data: RunData) -> str:
    failures = data.failures()
    if not failures:
        ran = sum(run.ran for run in data.runs)
        return f"PASSED: no unexpected results ({ran} of {len(data.runs)} languages run)"
    counts = (
        (len(tables.unexpected(data)), "unexpected results"),
        (len(data.failed_builds()), "adapter builds failed"),
        (len(data.failed_requirements()), "required languages not run"),
    )
    return "FAILED: " + ", ".join(f"{n} {what}" for n, what in counts if n)


def _grid(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)
