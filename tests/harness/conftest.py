"""Fixtures: a vector file for the fake format and a harness run against the fake adapter."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from conformance.harness.descriptor import AdapterSpec, Commands
from conformance.harness.runner import Options

FAKE = Path(__file__).with_name("fake_adapter.py")
TOKENS = [
    "good",
    "crash",
    "good",
    "hang",
    "garbage",
    "flood",
    "wrong-id",
    "late",
    "adapter-error",
    "differs",
    "good",
]


def _verify_test(token: str) -> dict[str, Any]:
    return {
        "id": f"verify/{token}",
        "comment": "",
        "flags": [],
        "provenance": "reference",
        "now": 1,
        "token": token,
        "expected": {"ok": False, "error": "bad_signature"},
    }


def _sign_test() -> dict[str, Any]:
    expected = {"ok": True, "url": "u", "signature": "s", "response": {}, "token": "abc"}
    return {
        "id": "sign/example",
        "comment": "",
        "flags": [],
        "provenance": "reference",
        "now": 1,
        "fields": {},
        "random": "",
        "expected": expected,
    }


@pytest.fixture
def vectors(tmp_path: Path) -> Path:
    """A vector file of format fake-format: one sign case and a verify case per token."""
    tests = [_verify_test(t) for t in dict.fromkeys(TOKENS)]
    groups = [
        {"type": "sign", "secret": "k", "comment": "", "tests": [_sign_test()]},
        {"type": "verify", "secret": "k", "comment": "", "tests": tests},
    ]
    document = {
        "schema": "embedseal-vectors/1",
        "format": "fake-format",
        "spec": "none",
        "spec_sha256": "0" * 64,
        "generator": "conformance.vectors",
        "numberOfTests": len(tests) + 1,
        "testGroups": groups,
    }
    path = tmp_path / "fake-format.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def fake_options(tmp_path: Path, vectors: Path, *flags: str) -> Options:
    """Options that run the fake adapter (local backend) on the fake format only."""
    (tmp_path / "sdks" / "fake").mkdir(parents=True, exist_ok=True)
    run = f"{sys.executable} {FAKE} {' '.join(flags)}"
    spec = AdapterSpec("python", "sdks/fake", Commands((), run), Commands((), run))
    return Options(
        "local",
        [spec],
        tmp_path,
        formats=["fake-format"],
        vectors=[vectors],
        timeout=1.0,
        cross=False,
        quiet=True,
        expected_folder=tmp_path / "expected",
    )
