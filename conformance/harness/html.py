"""report.html: the run's header as HTML (verdict, backend, one line per adapter), the
matrices (each cell links to its failing cases with their diffs), failed builds' output."""

from __future__ import annotations

from collections import defaultdict
from html import escape

from conformance.harness import tables
from conformance.harness.outcome import Outcome, Result
from conformance.harness.runner import RunData
from conformance.harness.summary import adapter_line, portable, verdict

STYLE = """body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}.ok{background:#e6ffed}
.bad{background:#ffeef0}.x{background:#fff8c5}pre{background:#f6f8fa;padding:8px;overflow:auto}
details{margin:4px 0}summary{cursor:pointer}"""


def document(data: RunData) -> str:
    """The whole page."""
    langs = [run.language for run in data.runs]
    body = [
        "<h1>embedseal conformance</h1>",
        _header(data),
        "<h2>Format x language</h2>",
        _vector_matrix(data, langs),
        "<h2>Cross-language (signer x verifier)</h2>",
        _cross_matrix(data, [run.language for run in data.runs if run.ran]),
        _builds(data),
        "<h2>Details</h2>",
        _details(data),
    ]
    head = f"<meta charset='utf-8'><title>embedseal conformance</title><style>{STYLE}</style>"
    return f"<!doctype html><html><head>{head}</head><body>{''.join(body)}</body></html>\n"


def _header(data: RunData) -> str:
    opts, passed = data.options, verdict(data) == "passed"
    word = "PASSED" if passed else f"FAILED: {data.failures()} failures"
    backend = f"backend <code>{escape(opts.backend)}</code>" + (
        " (offline images)" if opts.offline else ""
    )
    facts = f"{len(data.cases)} cases x {len(data.runs)} languages, {data.seconds:.1f} s wall"
    items = "".join(f"<li>{escape(portable(adapter_line(run)))}</li>" for run in data.runs)
    return (
        f"<p class='{'ok' if passed else 'bad'}'><strong>{escape(word)}</strong> — "
        f"{backend}, {escape(facts)}</p><p>Adapters (runtime from the handshake):</p>"
        f"<ul>{items}</ul>"
    )


def _builds(data: RunData) -> str:
    return "".join(
        f"<h2 id='build-{escape(run.language)}'>{escape(run.language)}: adapter build failed</h2>"
        f"<pre>{escape(portable(run.build_log))}</pre>"
        for run in data.failed_builds()
    )


def _class(cell: tables.Cell) -> str:
    return "bad" if cell.unexpected else ("x" if cell.expected_failures else "ok")


def _link(anchor: str, cell: tables.Cell) -> str:
    text = escape(cell.text())
    inner = f"<a href='#{anchor}'>{text}</a>" if cell.total > cell.counts[Outcome.PASS] else text
    return f"<td class='{_class(cell)}'>{inner}</td>"


def _vector_matrix(data: RunData, langs: list[str]) -> str:
    grid = tables.by_format(data)
    status = {run.language: tables.status(run) for run in data.runs}
    head = "".join(f"<th>{escape(lang)}</th>" for lang in langs)
    rows = [
        f"<tr><th>{escape(f)}</th>"
        + "".join(
            f"<td class='x'>{escape(status[lang])}</td>"
            if status[lang]
            else _link(f"v-{lang}-{f}", grid[f][lang])
            for lang in langs
        )
        + "</tr>"
        for f in sorted(grid) or sorted({case.format for case in data.cases})
    ]
    return f"<table><tr><th>format</th>{head}</tr>{''.join(rows)}</table>"


def _cross_matrix(data: RunData, langs: list[str]) -> str:
    matrix = tables.cross_matrix(data)
    if not matrix:
        return "<p>not run</p>"
    head = "".join(f"<th>{escape(lang)}</th>" for lang in langs)
    rows = [
        f"<tr><th>{escape(s)}</th>"
        + "".join(_link(f"c-{s}-{v}", matrix[s][v]) for v in langs)
        + "</tr>"
        for s in langs
    ]
    return f"<table><tr><th>signer \\ verifier</th>{head}</tr>{''.join(rows)}</table>"


def _details(data: RunData) -> str:
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in data.results():
        if r.outcome is not Outcome.PASS:
            anchor = (
                f"c-{r.signer}-{r.language}" if r.kind == "cross" else f"v-{r.language}-{r.format}"
            )
            groups[anchor].append(r)
    return "".join(_section(anchor, results) for anchor, results in sorted(groups.items()))


def _section(anchor: str, results: list[Result]) -> str:
    items = "".join(_item(r) for r in results[:500])
    more = f"<p>... {len(results) - 500} more in results.jsonl</p>" if len(results) > 500 else ""
    return f"<h3 id='{escape(anchor)}'>{escape(anchor[2:])}</h3>{items}{more}"


def _item(r: Result) -> str:
    mark = "expected failure" if r.expected_failure and not r.unexpected else r.outcome.value
    if r.expected_failure and r.outcome is Outcome.PASS:
        mark = "UNEXPECTED PASS (remove it from the expected-failure list)"
    body = escape(r.diff or r.detail) + (
        f"\n\nstderr:\n{escape(str(r.extra['stderr']))}" if r.extra.get("stderr") else ""
    )
    return (
        f"<details><summary>{escape(r.case)} — {escape(mark)}</summary><pre>{body}</pre></details>"
    )
