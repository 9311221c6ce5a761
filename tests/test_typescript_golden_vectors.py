"""The TypeScript templates on the golden fixture specs: built, and every vector reproduced.

The fixture specs (``tests/golden/specs/``) use what the shipped formats do not: sorted keys,
``", "`` separators around arrays, a header field, names that are no identifiers, a hex secret,
a uuid, a fixed member, ``+`` for spaces. Their vectors are made by the reference here, their
TypeScript SDK by the generator, and the adapter must answer every case as the reference does.
A missing npm skips locally and fails under CI=true.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.languages.registry import language

ROOT = Path(__file__).resolve().parents[1]
SPECS = ROOT / "tests" / "golden" / "specs"
LANG = language("typescript")


def _run(command: list[str] | str, cwd: Path, stdin: str | None = None) -> str:
    done = subprocess.run(
        command,
        shell=isinstance(command, str),
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{command} failed:\n{(done.stdout + done.stderr)[-4000:]}"
    return done.stdout


def _requests(vectors: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(request, expected answer) of every sign and verify case."""
    found = []
    for path in sorted(vectors.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for group in document["testGroups"]:
            for case in group["tests"]:
                request = {
                    "id": f"{document['format']}/{case['id']}",
                    "op": group["type"],
                    "format": document["format"],
                    "secret": group["secret"],
                    "now": case["now"],
                }
                if group["type"] == "sign":
                    request.update(fields=case["fields"], random=case.get("random", ""))
                else:
                    request["token"] = case["token"]
                expected = case["expected"]
                found.append((request, expected if expected["ok"] else {"ok": False, **expected}))
    return found


def test_golden_specs_reproduce_their_vectors_in_typescript(tmp_path: Path) -> None:
    if shutil.which("npm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("npm is not on PATH")
        pytest.skip("npm is not on PATH")
    vectors, out = tmp_path / "vectors", tmp_path / "out"
    python = sys.executable
    _run(
        [python, "-m", "conformance.vectors", "--formats-dir", str(SPECS), "--out", str(vectors)],
        ROOT,
    )
    _run([python, "-m", "generator", "--formats-dir", str(SPECS), "--out", str(out)], ROOT)
    sdk = out / LANG.sdk_root
    for command in LANG.adapter_build:
        _run(command, sdk)
    cases = _requests(vectors)
    lines = "".join(json.dumps(request, ensure_ascii=False) + "\n" for request, _ in cases)
    stop = json.dumps({"id": "stop", "op": "stop"}) + "\n"
    output = _run(LANG.adapter_run, sdk, lines + stop)
    answers = [line for line in output.split("\n") if line.strip()]  # not splitlines: U+2028
    assert len(answers) == len(cases)
    failures = []
    for (request, expected), line in zip(cases, answers, strict=True):
        answer = {k: v for k, v in json.loads(line).items() if k != "id"}
        if not answer.get("ok"):
            answer = {"ok": False, "error": answer.get("error")}
            expected = {"ok": False, "error": expected.get("error")}
        if answer != expected:
            failures.append(f"{request['id']}: expected {expected}, got {answer}")
    assert not failures, f"{len(failures)} of {len(cases)} differ:\n" + "\n".join(failures[:20])
