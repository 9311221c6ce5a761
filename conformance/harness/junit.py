"""junit.xml: a test suite per language (vector cases) and one for the cross-language cells.

A language that did not run is one ``skipped`` test case with its reason (a ``failure`` when
``--require`` or ``CI=true`` asked for it); a failed adapter build is one ``error`` test case
holding the build's output.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from conformance.harness import tables
from conformance.harness.langrun import LanguageRun
from conformance.harness.outcome import Outcome, Result
from conformance.harness.runner import RunData

TAGS = {
    Outcome.FAIL: "failure",
    Outcome.ERROR: "error",
    Outcome.CRASH: "error",
    Outcome.TIMEOUT: "error",
}


def document(data: RunData) -> str:
    """The junit XML text."""
    root = ET.Element("testsuites", name="embedseal conformance", time=f"{data.seconds:.3f}")
    for run in data.runs:
        suite = ET.SubElement(root, "testsuite", name=f"conformance.{run.language}")
        if not run.ran:
            _language_case(suite, run)
            continue
        for result in run.results:
            _case(suite, result)
        _count(suite, run.results)
    _cross(root, data)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _language_case(suite: ET.Element, run: LanguageRun) -> None:
    """The one test case of a language that ran no case."""
    name = f"{run.language} adapter"
    case = ET.SubElement(suite, "testcase", name=name, classname=f"{run.language}.adapter")
    counts = {"tests": "1", "failures": "0", "errors": "0", "skipped": "0"}
    if run.build_log:
        node = ET.SubElement(case, "error", message=f"{run.language}: adapter build failed")
        node.text, counts["errors"] = run.build_log, "1"
    elif run.required:
        ET.SubElement(case, "failure", message=f"{run.not_run} (required)")
        counts["failures"] = "1"
    else:
        ET.SubElement(case, "skipped", message=run.not_run)
        counts["skipped"] = "1"
    for key, value in counts.items():
        suite.set(key, value)


def _case(suite: ET.Element, result: Result) -> None:
    case = ET.SubElement(
        suite,
        "testcase",
        name=result.case,
        time=f"{result.seconds:.6f}",
        classname=f"{result.language}.{result.format}",
    )
    if result.outcome is Outcome.SKIP:
        ET.SubElement(case, "skipped", message=result.detail)
    elif result.expected_failure and not result.unexpected:
        ET.SubElement(case, "skipped", message=f"expected failure: {result.detail}"[:500])
    elif result.unexpected:
        tag = TAGS.get(result.outcome, "failure")
        message = (
            "listed as an expected failure but passed" if result.outcome is Outcome.PASS else ""
        )
        node = ET.SubElement(case, tag, message=(message or result.detail)[:500])
        node.text = result.diff or result.detail
        if result.extra.get("stderr"):
            ET.SubElement(case, "system-err").text = str(result.extra["stderr"])


def _count(suite: ET.Element, results: list[Result]) -> None:
    suite.set("tests", str(len(results)))
    suite.set("failures", str(sum(r.unexpected and r.outcome is Outcome.FAIL for r in results)))
    suite.set("errors", str(sum(r.unexpected and r.outcome is not Outcome.FAIL for r in results)))
    suite.set("skipped", str(sum(r.outcome is Outcome.SKIP or r.expected_failure for r in results)))


def _cross(root: ET.Element, data: RunData) -> None:
    matrix = tables.cross_matrix(data)
    if not matrix:
        return
    suite = ET.SubElement(root, "testsuite", name="conformance.cross")
    cells = 0
    for signer, row in sorted(matrix.items()):
        for verifier, cell in sorted(row.items()):
            cells += 1
            case = ET.SubElement(
                suite, "testcase", classname="cross", name=f"{signer} signs, {verifier} verifies"
            )
            if cell.unexpected:
                ET.SubElement(
                    case, "failure", message=f"{cell.unexpected} unexpected: {cell.text()}"
                )
    suite.set("tests", str(cells))
