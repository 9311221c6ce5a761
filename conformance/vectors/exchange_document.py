"""An exchange format's vector file: cases judged by the reference against canned answers."""

from __future__ import annotations

from typing import Any

from conformance.reference.exchange_cli import run_exchange
from conformance.vectors.document import GENERATOR, SCHEMA_ID
from conformance.vectors.exchange_case import ExchangeCase, ExchangeSource
from conformance.vectors.exchange_cases import ExchangeCases
from conformance.vectors.judge import Dispute
from specmodel.exchange_model import ExchangeFormat


def build_exchange_document(source: ExchangeSource) -> tuple[dict[str, Any], list[Dispute]]:
    """The vector document and every case whose intent the reference contradicts."""
    cases = ExchangeCases(source.fmt, source.example).all()
    ids = [case.id for case in cases]
    if len(ids) != len(set(ids)):
        raise ValueError(f"{source.fmt.name}: duplicate exchange case ids")
    judged = [(case, judge(source.fmt, case)) for case in cases]
    disputes = [
        Dispute(source.fmt.name, case.id, case.expect, _outcome(expected))
        for case, expected in judged
        if _outcome(expected) != case.expect
    ]
    return _document(source, judged), disputes


def judge(fmt: ExchangeFormat, case: ExchangeCase) -> dict[str, Any]:
    """The reference's answer, without the human detail (vectors compare codes)."""
    document = {
        "secret": case.secret,
        "now": case.now,
        "fields": case.fields,
        "response": case.response,
        "token": case.token,
    }
    answer = run_exchange(case.operation, fmt, document)
    answer.pop("detail", None)
    return answer


def _outcome(expected: dict[str, Any]) -> str:
    return "ok" if expected["ok"] else str(expected["error"])


def _document(
    source: ExchangeSource, judged: list[tuple[ExchangeCase, dict[str, Any]]]
) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for case, expected in judged:
        groups.setdefault(case.secret, []).append(_test(case, expected))
    return {
        "schema": SCHEMA_ID,
        "format": source.fmt.name,
        "spec": source.fmt.path,
        "spec_sha256": source.sha256,
        "generator": GENERATOR,
        "numberOfTests": len(judged),
        "testGroups": [
            {
                "type": "exchange",
                "secret": secret,
                "comment": _comment(secret, source, tests),
                "tests": tests,
            }
            for secret, tests in groups.items()
        ],
    }


def _comment(secret: str, source: ExchangeSource, tests: list[dict[str, Any]]) -> str:
    if secret == source.example.secret:
        return "The YAML example's secret."
    return f"Another secret: {tests[0]['comment']}"


def _test(case: ExchangeCase, expected: dict[str, Any]) -> dict[str, Any]:
    test: dict[str, Any] = {
        "id": case.id,
        "comment": case.comment,
        "flags": list(case.flags),
        "provenance": "reference",
        "now": case.now,
        "operation": case.operation,
        "fields": case.fields,
    }
    if case.token is not None:
        test["token"] = case.token
    test.update(response=case.response, expected=expected)
    return test
