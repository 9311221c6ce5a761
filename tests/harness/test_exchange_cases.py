"""Exchange groups (the fourth family): the local backend runs their exchange and revoke cases
against a one-shot recording vendor on loopback; the docker backend skips them (no private
vendor network yet) and says so in summary.md and the final table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conformance.harness import reports, runner, terminal
from conformance.harness.cases import (
    EXCHANGE_OPERATIONS,
    OPERATIONS,
    SKIP_REASON,
    VECTORS,
    load_all,
    load_skipped,
)
from conformance.harness.local import LocalAdapter
from conformance.harness.outcome import Outcome
from conformance.harness.runner import execute

from .conftest import fake_options

SECRET = "fake-secret-0123456789"


def test_shared_vectors_hold_exchange_and_revoke_cases() -> None:
    cases, skipped = load_all(), load_skipped()
    assert {c.op for c in cases} == OPERATIONS
    assert not skipped  # every group type has an operation now
    exchange_files = {
        path.stem: sum(len(g["tests"]) for g in document["testGroups"] if g["type"] == "exchange")
        for path in sorted(VECTORS.glob("*.json"))
        if "testGroups" in (document := json.loads(path.read_text(encoding="utf-8")))
    }
    want = {name: n for name, n in exchange_files.items() if n}
    assert {"semaphor-token", "boldbi-embed-authorize", "tooljet-pat"} <= set(want)
    got: dict[str, int] = {}
    for case in cases:
        if case.exchange:
            got[case.format] = got.get(case.format, 0) + 1
            assert case.response is not None, case.key
            assert ("token" if case.op == "revoke" else "fields") in case.inputs, case.key
    assert got == want
    assert {c.op for c in cases if c.format == "semaphor-token"} >= EXCHANGE_OPERATIONS
    assert not {c.format for c in cases if not c.exchange} & set(want)


def _exchange_test(
    test_id: str,
    fields: dict[str, Any],
    response: dict[str, Any],
    expected: dict[str, Any],
    operation: str = "exchange",
) -> dict[str, Any]:
    test = {
        "id": test_id,
        "now": 1,
        "operation": operation,
        "response": response,
        "expected": expected,
    }
    test.update({"token": "tok-0123456789"} if operation == "revoke" else {"fields": fields})
    return test


def _token_request(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        "method": "POST",
        "path": "/token",
        "query": {},
        "headers": {"Content-Type": "application/json"},
        "json": {"secret": SECRET, **fields},
    }


def _result(token: str) -> dict[str, Any]:
    return {"token": token, "expires_at": None, "url": None, "response": {"token": token}}


def _exchange_vectors(vectors: Path) -> None:
    """The fake format's sign case plus exchange cases that pass and fail in known ways."""
    ok = {"status": 200, "body": {"token": "t1"}}
    denied = {"status": 401, "body": {"error": "no"}}
    limited = {"status": 429, "headers": {"Retry-After": "7"}, "body": {}}
    good = {"mode": "good"}
    tests = [
        _exchange_test(
            "exchange/ok",
            good,
            ok,
            {"ok": True, "request": _token_request(good), "result": _result("t1")},
        ),
        _exchange_test(
            "exchange/401",
            good,
            denied,
            {"ok": False, "error": "unauthorized", "request": _token_request(good)},
        ),
        _exchange_test(
            "exchange/429",
            good,
            limited,
            {
                "ok": False,
                "error": "rate_limited",
                "retry_after": 7,
                "request": _token_request(good),
            },
        ),
        _exchange_test(
            "exchange/slow",
            good,
            {**ok, "delay_ms": 60_000},
            {"ok": False, "error": "timeout", "request": _token_request(good)},
        ),
        _exchange_test(
            "exchange/refused", {"mode": "no-call"}, ok, {"ok": False, "error": "invalid_input"}
        ),
        _exchange_test(
            "exchange/wrong-body",
            {"mode": "wrong-body"},
            ok,
            {
                "ok": True,
                "request": _token_request({"mode": "wrong-body"}),
                "result": _result("t1"),
            },
        ),
        _exchange_test(
            "exchange/leak",
            {"mode": "leak"},
            denied,
            {"ok": False, "error": "unauthorized", "request": _token_request({"mode": "leak"})},
        ),
        _exchange_test(
            "revoke/ok",
            {},
            {"status": 200, "body": {}},
            {
                "ok": True,
                "request": {
                    "method": "POST",
                    "path": "/revoke",
                    "query": {},
                    "headers": {"Authorization": "Bearer tok-0123456789"},
                    "json": {},
                },
            },
            "revoke",
        ),
    ]
    document = json.loads(vectors.read_text(encoding="utf-8"))
    document["testGroups"] = [g for g in document["testGroups"] if g["type"] == "sign"]
    document["testGroups"].append(
        {"type": "exchange", "secret": SECRET, "comment": "", "tests": tests}
    )
    vectors.write_text(json.dumps(document), encoding="utf-8")


def test_the_local_backend_runs_exchange_cases_against_the_recorder(
    tmp_path: Path, vectors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMBEDSEAL_EXCHANGE_TIME_SCALE", "0.02")  # 10 s format default: 0.2 s
    _exchange_vectors(vectors)
    data = execute(fake_options(tmp_path, vectors, "--exchange"))
    outcomes = {r.case.split("/", 1)[1]: r for r in data.results()}
    passing = [
        "exchange/ok",
        "exchange/401",
        "exchange/429",
        "exchange/slow",
        "exchange/refused",
        "revoke/ok",
        "sign/example",
    ]
    for key in passing:
        assert outcomes[key].outcome in (Outcome.PASS, Outcome.FAIL), key
    for key in passing[:-1]:
        assert outcomes[key].outcome is Outcome.PASS, (key, outcomes[key].detail)
    wrong = outcomes["exchange/wrong-body"]
    assert wrong.outcome is Outcome.FAIL and "request JSON body" in wrong.detail
    leak = outcomes["exchange/leak"]
    assert leak.outcome is Outcome.FAIL and "holds the secret" in leak.detail
    assert not data.skipped
    out = tmp_path / "reports"
    reports.write_all(data, out)
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Skipped" not in summary and "| fake-format |" in summary


def test_an_adapter_without_the_operations_skips_exchange_cases(
    tmp_path: Path, vectors: Path
) -> None:
    _exchange_vectors(vectors)
    data = execute(fake_options(tmp_path, vectors))
    exchange = [r for r in data.results() if r.op in EXCHANGE_OPERATIONS]
    assert exchange and all(r.outcome is Outcome.SKIP for r in exchange)
    assert all("does not support" in r.detail for r in exchange)


def test_the_docker_backend_skips_exchange_cases_and_says_so(
    tmp_path: Path, vectors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exchange_vectors(vectors)
    options = fake_options(tmp_path, vectors, "--exchange")
    options.backend = "docker"
    monkeypatch.setattr(
        runner, "adapter_for", lambda o, spec: LocalAdapter(o.tree / spec.sdk, spec.local)
    )
    data = execute(options)
    assert {r.op for r in data.results()} == {"sign"}
    assert len(data.skipped) == 8 and all(c.exchange for c in data.skipped)
    out = tmp_path / "reports"
    reports.write_all(data, out)
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "## Skipped" in summary
    assert f"| fake-format | 8 | {SKIP_REASON} |" in summary
    assert SKIP_REASON in terminal.final_table(data)
