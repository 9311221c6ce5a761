"""The lint findings of a format (its page's table) and their counts (the formats index)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from specmodel import Spec
from specmodel.model import Finding

SEVERITIES = ("high", "medium", "low")  # most severe first


@dataclass(frozen=True)
class FindingRow:
    """One row: the risk, its severity, the message and why the format keeps it (if it does)."""

    risk: str
    severity: str
    message: str
    reason: str | None  # None: not acknowledged


@dataclass(frozen=True)
class IndexRow:
    """A format in the index: its page, vendor, family and lint counts."""

    name: str
    title: str
    vendor: str
    family: str
    counts: str  # "1 high, 2 medium", or "none"


def cell(text: str) -> str:
    """Text that stays in one Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def finding_rows(fmt: Spec) -> tuple[FindingRow, ...]:
    """Most severe first, then by risk; each with the YAML's reason when acknowledged."""
    reasons = {ack.risk: ack.reason for ack in fmt.acknowledged}
    ordered = sorted(fmt.findings, key=lambda f: (SEVERITIES.index(f.severity), f.risk))
    return tuple(_row(finding, reasons) for finding in ordered)


def _row(finding: Finding, reasons: dict[str, str]) -> FindingRow:
    reason = reasons.get(finding.risk) if finding.acknowledged else None
    return FindingRow(
        finding.risk, finding.severity, cell(finding.message), cell(reason) if reason else None
    )


def index_rows(formats: Sequence[Spec]) -> tuple[IndexRow, ...]:
    """Every format, by name."""
    return tuple(_index_row(fmt) for fmt in sorted(formats, key=lambda f: f.name))


def _index_row(fmt: Spec) -> IndexRow:
    severities = [f.severity for f in fmt.findings]
    counts = [f"{severities.count(s)} {s}" for s in SEVERITIES if s in severities]
    return IndexRow(fmt.name, fmt.title, fmt.vendor, fmt.family.value, ", ".join(counts) or "none")
