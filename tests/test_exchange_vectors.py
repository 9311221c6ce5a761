"""The exchange vectors: enough cases, every error path, reproducible by the reference."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance.reference.exchange_cli import run_exchange
from specmodel import ExchangeFormat, resolve_format

VECTORS = Path(__file__).resolve().parents[1] / "conformance" / "vectors"
NAMES = ["boldbi-embed-authorize", "semaphor-token", "tooljet-pat"]
ALL_CODES = {
    "ok",
    "invalid_input",
    "invalid_key",
    "invalid_request",
    "unauthorized",
    "forbidden",
    "not_found",
    "rate_limited",
    "upstream_error",
    "timeout",
    "bad_response",
}


def _tests(name: str) -> list[tuple[str, dict[str, Any]]]:
    doc = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    assert all(group["type"] == "exchange" for group in doc["testGroups"])
    return [(group["secret"], test) for group in doc["testGroups"] for test in group["tests"]]


@pytest.mark.parametrize("name", NAMES)
def test_counts_and_coverage(name: str) -> None:
    tests = _tests(name)
    assert len(tests) >= 20
    outcomes = {"ok" if t["expected"]["ok"] else t["expected"]["error"] for _, t in tests}
    assert outcomes == ALL_CODES
    assert any(t["response"].get("delay_ms", 0) > 10_000 for _, t in tests)
    assert any("retry_after" in t["expected"] for _, t in tests)


@pytest.mark.parametrize("name", NAMES)
def test_the_reference_reproduces_every_case(name: str) -> None:
    fmt = resolve_format(name)
    assert isinstance(fmt, ExchangeFormat)
    for secret, test in _tests(name):
        document = {"secret": secret, "now": test["now"], "fields": test["fields"]}
        document.update(response=test["response"], token=test.get("token"))
        answer = run_exchange(test["operation"], fmt, document)
        answer.pop("detail", None)
        assert answer == test["expected"], test["id"]


@pytest.mark.parametrize("name", NAMES)
def test_requests_pin_what_the_vendor_receives(name: str) -> None:
    for _, test in _tests(name):
        request = test["expected"].get("request")
        if test["expected"]["ok"] or test["expected"]["error"] not in (
            "invalid_input",
            "invalid_key",
        ):
            assert request is not None, test["id"]
            assert request["method"] == "POST" and request["path"].startswith("/")
        else:
            assert request is None, test["id"]  # refused before anything was sent


def test_semaphor_revocation_cases() -> None:
    revokes = [t for _, t in _tests("semaphor-token") if t["operation"] == "revoke"]
    assert {t["id"] for t in revokes} >= {"revoke/ok", "revoke/401", "revoke/slower-than-timeout"}
    ok = next(t for t in revokes if t["id"] == "revoke/ok")
    assert ok["expected"]["request"]["headers"]["Authorization"] == f"Bearer {ok['token']}"
