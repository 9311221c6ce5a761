"""Secrets never reach a report: a run with failing exchange cases (a wrong body holding the
secret, an error answer quoting it, a crash that prints it, a missing Authorization header)
writes every report, and none of them holds any secret the run used."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from conformance.harness import redact, reports, terminal
from conformance.harness.outcome import Outcome
from conformance.harness.runner import execute

from .conftest import fake_options
from .test_exchange_cases import SECRET, _exchange_test, _exchange_vectors, _token_request

BASIC = "Basic " + base64.b64encode(f"client-7:{SECRET}".encode()).decode()


def _more_failures(vectors: Path) -> None:
    """A crash that prints the secret, and a request missing its Authorization header."""
    document = json.loads(vectors.read_text(encoding="utf-8"))
    (group,) = [g for g in document["testGroups"] if g["type"] == "exchange"]
    ok = {"status": 200, "body": {"token": "t1"}}
    request = _token_request({"mode": "good"})
    request["headers"] = {**request["headers"], "Authorization": BASIC}
    group["tests"] += [
        _exchange_test("exchange/crash-leak", {"mode": "crash-leak"}, ok, {"ok": True}),
        _exchange_test("exchange/no-auth", {"mode": "good"}, ok, {"ok": True, "request": request}),
    ]
    vectors.write_text(json.dumps(document), encoding="utf-8")


def test_no_report_of_a_failing_run_holds_a_secret(
    tmp_path: Path, vectors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMBEDSEAL_EXCHANGE_TIME_SCALE", "0.02")
    _exchange_vectors(vectors)
    _more_failures(vectors)
    data = execute(fake_options(tmp_path, vectors, "--exchange"))
    outcomes = {r.case.split("/", 1)[1]: r.outcome for r in data.results()}
    assert outcomes["exchange/wrong-body"] is Outcome.FAIL
    assert outcomes["exchange/leak"] is Outcome.FAIL
    assert outcomes["exchange/crash-leak"] is Outcome.CRASH
    assert outcomes["exchange/no-auth"] is Outcome.FAIL
    out = tmp_path / "reports"
    reports.write_all(data, out)
    texts = {p.name: p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()}
    texts["terminal"] = terminal.final_table(data)
    # Every secret long enough to be one ("k", the sign group's key, is not looked for).
    secrets = {s for c in data.cases for s in redact.secrets_of(c) if len(s) >= redact.MIN_LENGTH}
    assert {SECRET, BASIC, "Bearer tok-0123456789", "tok-0123456789"} <= secrets
    for name, text in texts.items():
        for secret in secrets:
            for form in redact.spellings(secret):
                assert form not in text, f"{name} holds {form!r}"
    assert redact.MARK in texts["results.jsonl"] and redact.MARK in texts["junit.xml"]


def test_the_redactor_keeps_everything_else() -> None:
    scrub = redact.Redactor(["s3cret-value", "abc"])  # "abc" is too short to look for
    assert scrub.text("key s3cret-value, s3cret-value!") == "key [redacted], [redacted]!"
    assert scrub.value({"s3cret-value": ["s3cret%2Dvalue", 1, "abc"]}) == {
        "[redacted]": ["s3cret%2Dvalue", 1, "abc"]
    }
    assert scrub.text('"s3cret\\u00e9"') == '"s3cret\\u00e9"'
