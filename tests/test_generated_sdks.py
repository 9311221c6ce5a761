"""Generated code compiled and executed: each language's adapter against the shared vectors.

The adapter is generated with the SDK; this test copies sdks/<lang>/ to a temporary folder,
builds the adapter with the language's registered commands and feeds it every sign and verify
vector case (exchange groups have no adapter operation yet).
A missing toolchain skips locally and fails in CI.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conformance.harness import expected as expected_failures
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
VECTORS = Path(os.environ.get("EMBEDSEAL_VECTORS", str(ROOT / "conformance" / "vectors")))
# Where the generated tree is read from: the repository, or a scratch output of `--out DIR`.
GENERATED = Path(os.environ.get("EMBEDSEAL_GENERATED_ROOT", str(ROOT)))
# What the adapters answer; the exchange family's "exchange" groups are not sent yet.
ADAPTER_OPERATIONS = ("sign", "verify")


def _vector_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(VECTORS.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        if "testGroups" not in document:
            continue
        for group in document["testGroups"]:
            if group["type"] not in ADAPTER_OPERATIONS:
                continue  # exchange groups: no adapter operation yet (part 2 adds it)
            for test in group["tests"]:
                cases.append(
                    {
                        "format": document["format"],
                        "type": group["type"],
                        "secret": group["secret"],
                        **test,
                    }
                )
    return cases


def _request(case: dict[str, Any]) -> dict[str, Any]:
    request = {
        "id": f"{case['format']}/{case['id']}",
        "op": case["type"],
        "format": case["format"],
        "secret": case["secret"],
        "now": case["now"],
    }
    if case["type"] == "sign":
        request.update(fields=case["fields"], random=case.get("random", ""))
    else:
        request["token"] = case["token"]
    return request


def _expected(case: dict[str, Any]) -> dict[str, Any]:
    expected: dict[str, Any] = case["expected"]
    if not expected["ok"]:
        return {"ok": False, "error": expected["error"]}
    return expected


def _actual(answer: dict[str, Any]) -> dict[str, Any]:
    answer = {key: value for key, value in answer.items() if key != "id"}
    if not answer.get("ok"):
        return {
            "ok": False,
            "error": answer.get("error"),
            **({"detail": answer["detail"]} if answer.get("error") == "adapter_error" else {}),
        }
    return answer


def _ids(cases: list[dict[str, Any]]) -> set[str]:
    return {_request(c)["id"] for c in cases}


def _build(lang: Language, workdir: Path) -> None:
    shutil.copytree(GENERATED / lang.sdk_root, workdir, dirs_exist_ok=True)
    for command in lang.adapter_build:
        done = subprocess.run(
            command, shell=True, cwd=workdir, capture_output=True, text=True, timeout=600
        )
        assert done.returncode == 0, f"{command} failed:\n{done.stdout}\n{done.stderr}"


def _toolchain_or_skip(lang: Language) -> None:
    if not lang.adapter_run:
        pytest.skip(f"{lang.name}: no adapter registered yet")
    tool = lang.adapter_build[0].split()[0] if lang.adapter_build else lang.adapter_run.split()[0]
    if shutil.which(tool) is None:
        message = f"{lang.name}: {tool} is not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.parametrize("lang", LANGUAGES, ids=lambda lang: lang.name)
def test_adapter_reproduces_vectors(lang: Language, tmp_path: Path) -> None:
    _toolchain_or_skip(lang)
    cases = _vector_cases()
    if not cases:
        pytest.skip("no vectors yet")
    _build(lang, tmp_path)
    requests = "".join(json.dumps(_request(c), ensure_ascii=False) + "\n" for c in cases)
    requests += json.dumps({"id": "stop", "op": "stop"}) + "\n"
    done = subprocess.run(
        lang.adapter_run,
        shell=True,
        cwd=tmp_path,
        input=requests,
        capture_output=True,
        text=True,
        timeout=600,
    )
    answers = [json.loads(line) for line in done.stdout.split("\n") if line.strip()]
    assert len(answers) == len(cases), (
        f"{len(answers)} answers for {len(cases)} cases; stderr:\n{done.stderr[-3000:]}"
    )
    listed = expected_failures.load(lang.name)  # each with the reason the language cannot
    differing = {
        _request(c)["id"]: f"expected {_expected(c)}, got {_actual(a)}"
        for c, a in zip(cases, answers, strict=True)
        if _expected(c) != _actual(a)
    }
    failures = [f"{case}: {what}" for case, what in differing.items() if case not in listed]
    assert not failures, f"{len(failures)} of {len(cases)} cases differ:\n" + "\n".join(
        failures[:40]
    )
    fixed = sorted(case for case in listed if case not in differing and case in _ids(cases))
    assert not fixed, f"listed as expected failures but passing (remove them): {fixed}"
