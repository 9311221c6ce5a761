"""summary.md: the format x language matrix, the cross-language matrix, timings.

The docs site publishes this file (docs/hooks/embedseal_hooks.py), so it holds no machine
path (scratch folders, the checkout, home folders: :func:`portable`), and its first line is a
comment the hook reads: ``<!-- embedseal-conformance backend=docker offline=yes verdict=passed
-->``. A language that did not run, or whose adapter did not build, has its line under
*Adapters* and ``not run`` / ``build failed`` in its column.
"""

from __future__ import annotations

import re

from conformance.harness import tables
from conformance.harness.cases import SKIP_REASON
from conformance.harness.descriptor import ROOT
from conformance.harness.langrun import LanguageRun
from conformance.harness.runner import RunData

_SCRATCH = re.compile(r"(?:/[\w.+-]+)*/embedseal-(?:harness|generated)-[\w]+")
_HOME = re.compile(r"(?<![\w.])/(?:home/[^/\s]+|root)(?=/)")


def markdown(data: RunData) -> str:
    """The whole summary."""
    parts = [
        _marker(data),
        _header(data),
        _matrix(data),
        _skipped(data),
        _cross(data),
        _timings(data),
        _problems(data),
    ]
    return portable("\n\n".join(part for part in parts if part) + "\n")


def portable(text: str) -> str:
    """``text`` without this machine's paths: scratch folders, the checkout, home folders."""
    text = _SCRATCH.sub("<scratch>", text.replace(f"{ROOT}/", "").replace(str(ROOT), "."))
    return _HOME.sub("~", text)


def verdict(data: RunData) -> str:
    """ "passed" or "failed"."""
    return "failed" if data.failures() or any(data.stale.values()) else "passed"


def _marker(data: RunData) -> str:
    offline = "yes" if data.options.offline else "no"
    return (
        f"<!-- embedseal-conformance backend={data.options.backend} offline={offline} "
        f"verdict={verdict(data)} -->"
    )


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: list[str], rows: list[list[str]]) -> str:
    lines = [_row(head), _row(["---"] * len(head)), *(_row(r) for r in rows)]
    return "\n".join(lines)


def _header(data: RunData) -> str:
    opts, failures = data.options, data.failures()
    ran = sum(run.ran for run in data.runs)
    word = f"**FAILED**: {failures} failures" if verdict(data) == "failed" else "**PASSED**"
    return "\n".join(
        [
            "# embedseal conformance",
            "",
            f"{word} — backend `{opts.backend}`{' (offline images)' if opts.offline else ''}, "
            f"{len(data.cases)} cases x {len(data.runs)} languages ({ran} run), "
            f"{data.seconds:.1f} s wall",
            "",
            "Adapters (runtime from the handshake):",
            "",  # a Markdown list needs a blank line before it
            *(f"- {adapter_line(run)}" for run in data.runs),
        ]
    )


def adapter_line(run: LanguageRun) -> str:
    """One adapter's line: its runtime, or why it did not run or build."""
    if run.not_run:
        return run.not_run + (" **(required)**" if run.required else "")
    if run.build_log:
        first = tables.build_lines(run, limit=1)
        return f"{run.language}: adapter build failed" + (f": `{first[0]}`" if first else "")
    runtime = run.hello.runtime if run.hello else "?"
    legacy = " (no handshake: legacy adapter)" if run.hello and run.hello.protocol == 0 else ""
    problem = f" — {run.problem.splitlines()[0]}" if run.problem else ""
    return f"{run.language}: {runtime}{legacy}{problem}"


def _matrix(data: RunData) -> str:
    langs = [run.language for run in data.runs]
    status = {run.language: tables.status(run) for run in data.runs}
    grid = tables.by_format(data)
    formats = sorted(grid) or sorted({case.format for case in data.cases})
    rows = [[f, *(status[lang] or grid[f][lang].text() for lang in langs)] for f in formats]
    totals = tables.by_language([r for run in data.runs for r in run.results])
    rows.append(["**total**", *(f"**{status[lang] or totals[lang].text()}**" for lang in langs)])
    seconds = [f"{sum(grid[f][lang].seconds for f in grid):.2f}" for lang in langs]
    rows.append(["seconds", *seconds])
    note = "Cells: passed/run (expected failures, other outcomes). Seconds: harness-side case time."
    return "## Format x language\n\n" + note + "\n\n" + _table(["format", *langs], rows)


def _skipped(data: RunData) -> str:
    counts = data.skipped_by_format()
    if not counts:
        return ""
    rows = [[f, str(n), SKIP_REASON] for f, n in counts.items()]
    note = (
        "Vector cases that were not sent to any adapter (the reason per row). They are "
        "neither passes nor failures and are not in the tables above."
    )
    return "## Skipped\n\n" + note + "\n\n" + _table(["format", "cases", "reason"], rows)


def _cross(data: RunData) -> str:
    matrix = tables.cross_matrix(data)
    if not matrix:
        return ""
    langs = [run.language for run in data.runs if run.ran]
    rows = [[f"**{s}**", *(matrix[s][v].text() for v in langs)] for s in langs]
    note = (
        "Every successful sign case's token (URL for signed-URL formats), as signed by the row's "
        "language, verified by the column's language at the case's clock with the case's secret, "
        "judged against the reference verifier."
    )
    return (
        "## Cross-language (signer x verifier)\n\n"
        + note
        + "\n\n"
        + _table(["signer \\ verifier", *langs], rows)
    )


def _timings(data: RunData) -> str:
    ran = {run.language: run for run in data.runs if run.ran}
    rows = [
        [
            lang,
            f"{t.build:.1f}",
            f"{ran[lang].warm_up_seconds:.2f}",
            f"{t.run:.2f}",
            str(t.cases),
            _ms(t.noop_rtt),
            _ms(t.median_rtt),
            _ms(t.mean_case),
            _ms(t.harness_overhead),
        ]
        for lang, t in tables.timings(data).items()
        if lang in ran
    ]
    head = [
        "language",
        "build s",
        "warm-up s",
        "vectors s",
        "cases",
        "no-op RTT ms",
        "median RTT ms",
        "mean case ms",
        "overhead ms",
    ]
    note = (
        f"Wall time of the whole run: **{data.seconds:.1f} s** (languages in parallel). "
        "Warm-up: the first request of each operation, sent once before the cases (not timed "
        "against the case timeout). No-op RTT: median round trip of a `start` request (200 "
        "samples, after the cases). Case RTT: request written to answer read. Harness "
        "overhead: mean case time on the harness side minus its RTT (encoding, judging, "
        "bookkeeping)."
    )
    return "## Timings\n\n" + note + "\n\n" + _table(head, rows)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def _problems(data: RunData) -> str:
    bad = tables.unexpected(data)
    lines = [f"- `{run.language}`: adapter build failed" for run in data.failed_builds()]
    lines += [f"- `{run.language}`: required, not run" for run in data.failed_requirements()]
    lines += [f"- `{r.language}` `{r.case}`: {r.outcome.value} {r.detail[:160]}" for r in bad[:50]]
    lines += [f"- ... and {len(bad) - 50} more (results.jsonl)"] if len(bad) > 50 else []
    for lang, keys in data.stale.items():
        lines += [f"- `{lang}` expected-failure entry matches no case: `{k}`" for k in keys]
    blocks = [_build_block(run) for run in data.failed_builds()]
    return "## Unexpected results\n\n" + "\n".join(lines) + "".join(blocks) if lines else ""


def _build_block(run: LanguageRun) -> str:
    body = "\n".join(tables.build_lines(run)).replace("```", "'''")
    return f"\n\n{run.language}'s adapter build printed:\n\n```text\n{body}\n```"
