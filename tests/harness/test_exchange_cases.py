"""Exchange groups (the fourth family): every backend runs their exchange and revoke cases
against a one-shot recording vendor the adapter can reach (loopback for the local backend, a
recorder container on a private network for the docker backend: see test_vendor_server.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

import pytest

from conformance.harness import reports, runner, terminal
from conformance.harness.backend import Vendor, VendorError
from conformance.harness.cases import (
    EXCHANGE_OPERATIONS,
    OPERATIONS,
    SKIP_REASON,
    VECTORS,
    load_all,
    load_skipped,
)
from conformance.harness.containers import DockerAdapter
from conformance.harness.descriptor import AdapterSpec, Commands
from conformance.harness.local import LocalAdapter
from conformance.harness.outcome import Outcome
from conformance.harness.recorder import CannedAnswer
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


class _LoopbackAdapter(LocalAdapter):
    """The docker backend's place in the runner, served locally (no Docker in unit tests)."""

    made: ClassVar[list[bool]] = []

    def __init__(self, options: runner.Options, spec: AdapterSpec, vendor: bool) -> None:
        super().__init__(options.tree / spec.sdk, spec.local)
        self.made.append(vendor)


class _VendorlessAdapter(_LoopbackAdapter):
    def vendor(self, answer: CannedAnswer) -> Vendor:
        raise VendorError("fake vendor: gone")


def test_the_docker_backend_runs_exchange_cases_with_a_vendor(
    tmp_path: Path, vectors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMBEDSEAL_EXCHANGE_TIME_SCALE", "0.02")
    _exchange_vectors(vectors)
    options = fake_options(tmp_path, vectors, "--exchange")
    options.backend = "docker"
    _LoopbackAdapter.made.clear()
    monkeypatch.setattr(runner, "adapter_for", _LoopbackAdapter)
    data = execute(options)
    assert _LoopbackAdapter.made == [True]  # asked for its vendor network
    assert not data.skipped
    outcomes = {r.case.split("/", 1)[1]: r.outcome for r in data.results()}
    assert outcomes["exchange/ok"] is Outcome.PASS and outcomes["revoke/ok"] is Outcome.PASS
    assert len([r for r in data.results() if r.op in EXCHANGE_OPERATIONS]) == 8
    out = tmp_path / "reports"
    reports.write_all(data, out)
    assert "## Skipped" not in (out / "summary.md").read_text(encoding="utf-8")
    assert SKIP_REASON not in terminal.final_table(data)


def test_a_vendor_that_fails_is_an_error_not_a_crash(
    tmp_path: Path, vectors: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _exchange_vectors(vectors)
    options = fake_options(tmp_path, vectors, "--exchange")
    monkeypatch.setattr(runner, "adapter_for", _VendorlessAdapter)
    data = execute(options)
    exchange = [r for r in data.results() if r.op in EXCHANGE_OPERATIONS]
    assert exchange and all(r.outcome is Outcome.ERROR for r in exchange)
    assert all("fake vendor: gone" in r.detail for r in exchange)
    sign = [r for r in data.results() if r.op == "sign"]
    assert sign and all(r.outcome in (Outcome.PASS, Outcome.FAIL) for r in sign)


def test_sessions_without_docker_cannot_get_a_docker_vendor() -> None:
    adapter = DockerAdapter(None, "embedseal/python:latest", Path("."), Commands((), "true"))
    with pytest.raises(VendorError, match="no vendor network"):
        adapter.vendor(CannedAnswer(200))
    adapter.close()  # nothing was created: nothing to remove
