"""docs/reference/doctor.md documents every cause code, in the order reports list them, and
no code that does not exist."""

from __future__ import annotations

import re
from pathlib import Path

from doctor.causes import PRIORITY, Cause

DOC = Path(__file__).resolve().parents[2] / "docs" / "reference" / "doctor.md"


def test_every_cause_is_documented_in_report_order() -> None:
    rows = re.findall(r"^\| `([a-z-]+)` \|", DOC.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert rows == [cause.value for cause in PRIORITY]


def test_priority_holds_every_cause_once() -> None:
    assert sorted(PRIORITY) == sorted(Cause)
