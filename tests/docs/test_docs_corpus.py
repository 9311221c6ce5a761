"""The token doctor's diagnosis corpus (tests/token_doctor, the same cases the CLI test runs)
through each format page's inspector in headless Chromium.

For every case the inspector must give the verdict the CLI doctor gives (the same error
code, none when accepted or not verified) and name the same first cause, which is the
corpus's own. It sends no request, stores nothing, and never shows the secret.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
from docs_site import REPO
from inspector_cases import Case as Input
from test_docs_inspector import _inspect

from doctor.explain import explain
from embedseal_cli.explain_command import other_signing_formats
from specmodel.loader import resolve_format
from specmodel.model import Format

sys.path.insert(0, str(REPO / "tests"))  # the corpus is the package tests/token_doctor
from token_doctor.corpus import Case, all_cases

pytestmark = pytest.mark.docs_site

# Grouped by format: the browser loads each page once.
CASES = sorted(all_cases(), key=lambda c: c.format)


def _cli(case: Case) -> tuple[str | None, list[str]]:
    """The CLI doctor's error code and causes (the same call `embedseal explain` makes)."""
    fmt = resolve_format(case.format)
    assert isinstance(fmt, Format)
    report = explain(fmt, case.text, case.secret, case.now, other_signing_formats())
    return report.verdict.error, [d.cause.value for d in report.diagnoses]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_inspector_names_the_corpus_cause(browser: Any, served: str, case: Case) -> None:
    secret = case.secret or ""
    shown = _inspect(browser, served, Input(case.format, case.id, case.text, secret, case.now))
    code, causes = _cli(case)
    expected = [] if case.cause is None else [case.cause.value]
    assert causes[:1] == expected, "the CLI no longer names the corpus's cause"
    browser_causes = [cause for cause, _ in shown["causes"]]
    assert (shown["code"] or None) == code, shown["text"]
    assert browser_causes[:1] == expected, f"browser {shown['causes']}, CLI {causes}"
    if case.cause is not None and case.cause.value == "wrong-secret-or-altered":
        assert browser_causes == ["wrong-secret-or-altered"]  # the honest answer, alone
    assert shown["requests"] == 0 and shown["stored"] == 0, "the inspector sent or stored data"
    if secret.strip():
        result = browser.find_element("css selector", "[data-role=result]").text
        assert secret.strip() not in result
