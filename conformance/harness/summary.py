"""summary.md: the format x language matrix, the cross-language matrix, timings."""

from __future__ import annotations

from conformance.harness import tables
from conformance.harness.cases import SKIP_REASON
from conformance.harness.runner import RunData


def markdown(data: RunData) -> str:
    """The whole summary."""
    parts = [
        _header(data),
        _matrix(data),
        _skipped(data),
        _cross(data),
        _timings(data),
        _problems(data),
    ]
    return "\n\n".join(part for part in parts if part) + "\n"


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(head: list[str], rows: list[list[str]]) -> str:
    lines = [_row(head), _row(["---"] * len(head)), *(_row(r) for r in rows)]
    return "\n".join(lines)


def _header(data: RunData) -> str:
    opts, bad = data.options, tables.unexpected(data)
    verdict = f"**FAILED**: {len(bad)} unexpected results" if bad else "**PASSED**"
    adapters = [
        f"- {r.language}: {r.hello.runtime if r.hello else '?'}"
        + (" (no handshake: legacy adapter)" if r.hello and r.hello.protocol == 0 else "")
        + (f" — {r.problem.splitlines()[0]}" if r.problem else "")
        for r in data.runs
    ]
    return "\n".join(
        [
            "# embedseal conformance",
            "",
            f"{verdict} — backend `{opts.backend}`{' (offline images)' if opts.offline else ''}, "
            f"{len(data.cases)} cases x {len(data.runs)} languages, {data.seconds:.1f} s wall",
            "",
            "Adapters (runtime from the handshake):",
            *adapters,
        ]
    )


def _matrix(data: RunData) -> str:
    langs = [run.language for run in data.runs]
    grid = tables.by_format(data)
    rows = [
        [f, *(f"{grid[f][lang].text()}<br>{grid[f][lang].seconds:.2f} s" for lang in langs)]
        for f in sorted(grid)
    ]
    totals = tables.by_language([r for run in data.runs for r in run.results])
    rows.append(["**total**", *(f"**{totals[lang].text()}**" for lang in langs)])
    note = "Cells: passed/run (expected failures, other outcomes); time = harness-side case time."
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
    langs = [run.language for run in data.runs]
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
    rows = [
        [
            lang,
            f"{t.build:.1f}",
            f"{t.run:.2f}",
            str(t.cases),
            _ms(t.noop_rtt),
            _ms(t.median_rtt),
            _ms(t.mean_case),
            _ms(t.harness_overhead),
        ]
        for lang, t in tables.timings(data).items()
    ]
    head = [
        "language",
        "build s",
        "vectors s",
        "cases",
        "no-op RTT ms",
        "median case RTT ms",
        "mean case ms",
        "harness overhead ms",
    ]
    note = (
        f"Wall time of the whole run: **{data.seconds:.1f} s** (languages in parallel). "
        "No-op RTT: median round trip of a `start` request (200 samples, after the cases). "
        "Case RTT: request written to answer read. Harness overhead: mean case time on the "
        "harness side minus its RTT (encoding, judging, bookkeeping)."
    )
    return "## Timings\n\n" + note + "\n\n" + _table(head, rows)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.3f}"


def _problems(data: RunData) -> str:
    bad = tables.unexpected(data)
    lines = [f"- `{r.language}` `{r.case}`: {r.outcome.value} {r.detail[:160]}" for r in bad[:50]]
    lines += [f"- ... and {len(bad) - 50} more (results.jsonl)"] if len(bad) > 50 else []
    for lang, keys in data.stale.items():
        lines += [f"- `{lang}` expected-failure entry matches no case: `{k}`" for k in keys]
    return "## Unexpected results\n\n" + "\n".join(lines) if lines else ""
