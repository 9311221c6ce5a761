"""A :class:`doctor.Report` as text for a terminal: verdict, parts, fields, checks, signing
input, diagnosis, lint."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from doctor.report import Check, FieldView, Report, Status
from doctor.timefmt import iso_utc

_MARKS = {Status.HELD: "ok", Status.FAILED: "FAIL", Status.SKIPPED: "skip", Status.NOT_RUN: "--"}


def report_text(report: Report) -> str:
    """Every section that has something to say, separated by blank lines."""
    sections = (
        _verdict(report),
        _section("Parts", _parts(report)),
        _section("Fields", _fields(report.fields)),
        _section("Checks, in the verifier's order", _checks(report.checks)),
        _section(_signing_title(report), _signing(report)),
        _section("Diagnosis, most telling first", _diagnoses(report)),
        _section("Lint: the format's known risks, for this token", _lint(report)),
    )
    return "\n\n".join(section for section in sections if section)


def _section(title: str, lines: Iterator[str]) -> str:
    body = list(lines)
    return "\n".join([title, *body]) if body else ""


def _verdict(report: Report) -> str:
    verdict = report.verdict
    if verdict.ok is None:
        state = "not verified: no secret given (no other check failed)"
    elif verdict.ok:
        state = "valid"
    else:
        state = f"refused: {verdict.error}: {verdict.detail}"
    return f"{report.format} ({report.family}): {state}\nnow: {report.now} ({iso_utc(report.now)})"


def _parts(report: Report) -> Iterator[str]:
    width = _width(part.name for part in report.parts)
    for part in report.parts:
        note = f"  ({part.note})" if part.note else ""
        yield f"  {part.name:<{width}}  {part.text}{note}"
        if part.decoded is not None and part.decoded != part.text:
            yield f"  {'':<{width}}  = {part.decoded}"


def _fields(fields: Sequence[FieldView]) -> Iterator[str]:
    width = _width(view.name for view in fields)
    for view in fields:
        time = f"  {view.iso}, {view.relative}" if view.iso else ""
        unsigned = "  (not signed)" if not view.signed else ""
        yield f"  {view.name:<{width}}  {_json(view.value)}{time}{unsigned}"


def _checks(checks: Sequence[Check]) -> Iterator[str]:
    width = _width(check.name for check in checks)
    told = False
    for check in checks:
        if check.after_verdict and not told:
            told = True
            yield "  -- the verifier stops at the first failure; the rest ran for information:"
        yield f"  {_MARKS[check.status]:<4}  {check.name:<{width}}  {check.detail}"


def _signing_title(report: Report) -> str:
    given = report.signing_input
    if given is None:
        return ""
    return f"Signing input: {given.algorithm} over these {given.length} bytes (escaped)"


def _signing(report: Report) -> Iterator[str]:
    given = report.signing_input
    if given is None:
        return
    yield f"  {given.escaped}"
    yield f"  the token carries the MAC {given.received_mac}"
    if given.expected_prefix is not None:
        verdict = "matches" if given.matches else "does not match"
        yield f"  the secret gives a MAC starting {given.expected_prefix}… ({verdict})"


def _diagnoses(report: Report) -> Iterator[str]:
    for diagnosis in report.diagnoses:
        yield f"  {diagnosis.cause.value}: {diagnosis.summary}"


def _lint(report: Report) -> Iterator[str]:
    for note in report.lint:
        yield f"  {note.severity} {note.risk}: {note.message}"
        if note.reason:
            yield f"    acknowledged by the format: {' '.join(note.reason.split())}"


def _width(names: Iterator[str] | Any) -> int:
    return max((len(name) for name in names), default=0)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
