"""Running a language's generated conformance adapter on vector cases (shared by the tests).

The adapter is built from a copy of a generated SDK tree with the language's registered
commands and fed one JSON request per line; the answers are compared with the vectors.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from generator.languages.base import Language

# What the adapters answer; the exchange family's "exchange" groups are not sent.
ADAPTER_OPERATIONS = ("sign", "verify")


def vector_cases(vectors: Path) -> list[dict[str, Any]]:
    """Every sign and verify case of the vector files in ``vectors``, with its group's data."""
    cases = []
    for path in sorted(vectors.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for group in document.get("testGroups", ()):
            if group["type"] in ADAPTER_OPERATIONS:
                for test in group["tests"]:
                    common = {"format": document["format"], "type": group["type"]}
                    cases.append({**common, "secret": group["secret"], **test})
    return cases


def request(case: dict[str, Any]) -> dict[str, Any]:
    """The adapter request for ``case``."""
    sent = {
        "id": f"{case['format']}/{case['id']}",
        "op": case["type"],
        "format": case["format"],
        "secret": case["secret"],
        "now": case["now"],
    }
    if case["type"] == "sign":
        sent.update(fields=case["fields"], random=case.get("random", ""))
    else:
        sent["token"] = case["token"]
    return sent


def expected(case: dict[str, Any]) -> dict[str, Any]:
    """What the vectors say, as an answer compares (a refusal is its code only)."""
    want: dict[str, Any] = case["expected"]
    return want if want["ok"] else {"ok": False, "error": want["error"]}


def actual(answer: dict[str, Any]) -> dict[str, Any]:
    """An adapter answer without its id (an adapter_error keeps its detail, to be read)."""
    answer = {key: value for key, value in answer.items() if key != "id"}
    if answer.get("ok"):
        return answer
    detail = {"detail": answer["detail"]} if answer.get("error") == "adapter_error" else {}
    return {"ok": False, "error": answer.get("error"), **detail}


def toolchain_or_skip(lang: Language) -> None:
    """Skip (locally) or fail (CI=true) when the adapter's first tool is not on PATH."""
    if not lang.adapter_run:
        pytest.skip(f"{lang.name}: no adapter registered")
    tool = lang.adapter_build[0].split()[0] if lang.adapter_build else lang.adapter_run.split()[0]
    if shutil.which(tool) is None:
        message = f"{lang.name}: {tool} is not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def run_adapter(
    lang: Language, sdk: Path, workdir: Path, cases: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Build the adapter from a copy of ``sdk`` in ``workdir`` and answer every case."""
    shutil.copytree(sdk, workdir, dirs_exist_ok=True)
    for command in lang.adapter_build:
        built = subprocess.run(
            command, shell=True, cwd=workdir, capture_output=True, text=True, timeout=600
        )
        assert built.returncode == 0, f"{command} failed:\n{built.stdout}\n{built.stderr}"
    lines = [json.dumps(request(c), ensure_ascii=False) for c in cases]
    lines.append(json.dumps({"id": "stop", "op": "stop"}))
    done = subprocess.run(
        lang.adapter_run,
        shell=True,
        cwd=workdir,
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        timeout=600,
    )
    answers = [json.loads(line) for line in done.stdout.split("\n") if line.strip()]
    assert len(answers) == len(cases), (
        f"{len(answers)} answers for {len(cases)} cases; stderr:\n{done.stderr[-3000:]}"
    )
    return answers


def differences(cases: list[dict[str, Any]], answers: list[dict[str, Any]]) -> dict[str, str]:
    """Case id → what differs, for every answer that is not what the vectors say."""
    return {
        request(c)["id"]: f"expected {expected(c)}, got {actual(a)}"
        for c, a in zip(cases, answers, strict=True)
        if expected(c) != actual(a)
    }
