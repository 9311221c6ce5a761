"""The vector file's JSON: Wycheproof-like groups of tests that share a secret."""

from __future__ import annotations

import json
from typing import Any

from conformance.vectors.cases import Judged, SignCase, VerifyCase
from conformance.vectors.sources import FormatSource

SCHEMA_ID = "embedseal-vectors/1"
GENERATOR = "conformance.vectors"
Document = dict[str, Any]


def document(source: FormatSource, signed: list[Judged], verified: list[Judged]) -> Document:
    """The whole file: header, then sign groups, then verify groups."""
    groups = _groups("sign", signed, source) + _groups("verify", verified, source)
    _check_unique([test["id"] for group in groups for test in group["tests"]])
    return {
        "schema": SCHEMA_ID,
        "format": source.fmt.name,
        "spec": source.fmt.path,
        "spec_sha256": source.sha256,
        "generator": GENERATOR,
        "numberOfTests": sum(len(group["tests"]) for group in groups),
        "testGroups": groups,
    }


def render(doc: Document) -> str:
    """The file's exact text: 2-space indent, raw UTF-8, trailing newline."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _groups(kind: str, judged: list[Judged], source: FormatSource) -> list[dict[str, Any]]:
    by_secret: dict[str, list[dict[str, Any]]] = {}
    for item in judged:
        by_secret.setdefault(item.case.secret, []).append(_test(item))
    return [
        {
            "type": kind,
            "secret": secret,
            "comment": _group_comment(secret, tests, source),
            "tests": tests,
        }
        for secret, tests in by_secret.items()
    ]


def _group_comment(secret: str, tests: list[dict[str, Any]], source: FormatSource) -> str:
    if secret == source.example.secret:
        return "The YAML example's secret."
    return f"Another secret: {tests[0]['comment']}"


def _test(item: Judged) -> dict[str, Any]:
    case = item.case
    test: dict[str, Any] = {
        "id": case.id,
        "comment": case.comment,
        "flags": list(dict.fromkeys(case.flags)),
        "provenance": case.provenance,
        "now": case.now,
    }
    if isinstance(case, SignCase):
        test.update(fields=case.fields, random=item.random.hex())
    else:
        assert isinstance(case, VerifyCase)
        test["token"] = case.token
    test["expected"] = item.expected
    return test


def _check_unique(ids: list[str]) -> None:
    seen: set[str] = set()
    for cid in ids:
        if cid in seen:
            raise ValueError(f"duplicate case id {cid!r}")
        seen.add(cid)
