"""Generated exchange code executed: each language's adapter against a recording fake vendor.

For every language whose ``families`` include ``exchange``, this test copies the generated
SDK (the repository's ``sdks/<lang>/``, or ``EMBEDSEAL_GENERATED_ROOT``) to a temporary
folder, builds the adapter with the language's registered commands and starts it once. Then,
for each case of the vectors' ``exchange`` groups, it starts a one-shot recording HTTP server
on loopback (``conformance/harness/recorder.py``) that plays the case's canned answer, sends
the adapter an ``exchange`` or ``revoke`` request whose ``base_url`` points at that server,
and compares both the adapter's answer with ``expected`` and the request the server received
with ``expected.request`` (method, path, query, the listed headers with names in any case,
the JSON body), and checks both lines against ``conformance/protocol/``. Cases the
reference refuses before sending must send nothing.

An answer may carry ``retry_after`` (rate_limited); when it does, it must equal the vector's.

Time is scaled so the run stays short: the adapter gets ``timeout_ms`` = the format's timeout
times ``EMBEDSEAL_EXCHANGE_TIME_SCALE`` (default 0.2), and delays shorter than the format's
timeout are scaled the same way (longer ones are kept: they time out at either timeout).
A missing toolchain skips locally and fails in CI.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from conformance.harness.protocol import problems
from conformance.harness.recorder import CannedAnswer, Recorder, request_differences
from generator.languages.base import Language
from generator.languages.registry import LANGUAGES
from specmodel import ExchangeFormat, resolve_format
from specmodel.model import Family

ROOT = Path(__file__).resolve().parents[1]
VECTORS = Path(os.environ.get("EMBEDSEAL_VECTORS", str(ROOT / "conformance" / "vectors")))
GENERATED = Path(os.environ.get("EMBEDSEAL_GENERATED_ROOT", str(ROOT)))
TIME_SCALE = float(os.environ.get("EMBEDSEAL_EXCHANGE_TIME_SCALE", "0.2"))
ANSWER_SLACK_S = 30.0  # how long past the timeout an answer may take before the case fails
EXCHANGE_LANGUAGES = [lang for lang in LANGUAGES if Family.EXCHANGE in lang.families]


def _exchange_cases() -> list[dict[str, Any]]:
    cases = []
    for path in sorted(VECTORS.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for group in document.get("testGroups", []):
            if group["type"] != "exchange":
                continue
            for test in group["tests"]:
                cases.append({"format": document["format"], "secret": group["secret"], **test})
    return cases


def _timeout_ms(format_name: str) -> int:
    spec = resolve_format(format_name)
    assert isinstance(spec, ExchangeFormat), f"{format_name} is not an exchange format"
    return spec.exchange.timeout


def _request(case: dict[str, Any], base_url: str, timeout_ms: int) -> dict[str, Any]:
    request: dict[str, Any] = {
        "id": f"{case['format']}/{case['id']}",
        "op": case["operation"],
        "format": case["format"],
        "base_url": base_url,
        "timeout_ms": timeout_ms,
    }
    if case["operation"] == "revoke":
        # secret and now too: optional in the protocol (a revocation may authenticate with them)
        request.update(token=case["token"], secret=case["secret"], now=case["now"])
    else:
        request.update(secret=case["secret"], now=case["now"], fields=case["fields"])
    return request


def _expected(case: dict[str, Any]) -> dict[str, Any]:
    expected: dict[str, Any] = case["expected"]
    if not expected["ok"]:
        return {"ok": False, "error": expected["error"]}
    if case["operation"] == "revoke":
        return {"ok": True}
    return {"ok": True, "result": expected["result"]}


def _actual(answer: dict[str, Any]) -> dict[str, Any]:
    """The answer without its id (and without ``retry_after``, checked on its own)."""
    answer = {key: value for key, value in answer.items() if key not in ("id", "retry_after")}
    if not answer.get("ok"):
        return {
            "ok": False,
            "error": answer.get("error"),
            **({"detail": answer["detail"]} if answer.get("error") == "adapter_error" else {}),
        }
    return answer


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


class _Adapter:
    """The adapter process, fed one request line at a time."""

    def __init__(self, command: str, cwd: Path) -> None:
        self._process = subprocess.Popen(
            command,
            shell=True,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        assert self._process.stdout is not None and self._process.stderr is not None
        self._lines: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        threading.Thread(target=self._pump, args=(self._process.stdout,), daemon=True).start()
        threading.Thread(target=self._drain, args=(self._process.stderr,), daemon=True).start()

    def _pump(self, stream: IO[str]) -> None:
        for line in stream:
            if line.strip():
                self._lines.put(line)
        self._lines.put(None)

    def _drain(self, stream: IO[str]) -> None:
        for line in stream:
            self._stderr.append(line)
            del self._stderr[:-200]

    def ask(self, request: dict[str, Any], wait_s: float) -> dict[str, Any]:
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")
        self._process.stdin.flush()
        try:
            line = self._lines.get(timeout=wait_s)
        except queue.Empty:
            raise AssertionError(f"{request.get('id')}: no answer in {wait_s} s") from None
        assert line is not None, f"the adapter exited; stderr:\n{self.stderr()}"
        answer: dict[str, Any] = json.loads(line)
        return answer

    def stderr(self) -> str:
        return "".join(self._stderr)[-3000:]

    def stop(self) -> None:
        try:
            assert self._process.stdin is not None
            self._process.stdin.write(json.dumps({"id": "stop", "op": "stop"}) + "\n")
            self._process.stdin.close()
            self._process.wait(timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            self._process.kill()
            self._process.wait()


@pytest.fixture
def adapter(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[_Adapter]:
    lang: Language = request.param
    _toolchain_or_skip(lang)
    _build(lang, tmp_path)
    running = _Adapter(lang.adapter_run, tmp_path)
    try:
        yield running
    finally:
        running.stop()


@pytest.mark.skipif(not EXCHANGE_LANGUAGES, reason="no language generates exchange formats yet")
@pytest.mark.parametrize("adapter", EXCHANGE_LANGUAGES, ids=lambda lang: lang.name, indirect=True)
def test_adapter_exchanges_with_recording_vendor(adapter: _Adapter) -> None:
    cases = _exchange_cases()
    if not cases:
        pytest.skip("no exchange vectors yet")
    hello = adapter.ask({"id": "start", "op": "start", "protocol": 1}, 120)
    assert hello.get("ok") is True, f"handshake refused: {hello}"
    operations = set(hello.get("operations", []))
    assert {"exchange", "revoke"} <= operations, f"handshake operations: {sorted(operations)}"
    failures = []
    for case in cases:
        timeout = _timeout_ms(case["format"])
        scaled = max(1, int(timeout * TIME_SCALE))
        delay = int(case["response"].get("delay_ms", 0))
        if delay < timeout:
            delay = int(delay * TIME_SCALE)
        with Recorder(CannedAnswer.from_vector(case["response"], delay_ms=delay)) as vendor:
            request = _request(case, vendor.base_url, scaled)
            answer = adapter.ask(request, scaled / 1000 + ANSWER_SLACK_S)
            received = vendor.requests
        name = request["id"]
        assert not problems("request", request), f"{name}: {problems('request', request)}"
        for problem in problems("response", answer):
            failures.append(f"{name}: answer off the protocol schema: {problem}")
        if _actual(answer) != _expected(case):
            failures.append(f"{name}: expected {_expected(case)}, got {_actual(answer)}")
        if not answer.get("ok"):
            text = json.dumps(answer, ensure_ascii=False)
            leaked = [
                s for s in (case["secret"], case.get("token", "")) if len(s) >= 8 and s in text
            ]
            if leaked:
                failures.append(f"{name}: the error answer holds the secret or the token")
        if "retry_after" in answer and answer["retry_after"] != case["expected"].get("retry_after"):
            wanted = case["expected"].get("retry_after")
            failures.append(f"{name}: retry_after {answer['retry_after']!r}, expected {wanted!r}")
        for problem in request_differences(case["expected"].get("request"), received):
            failures.append(f"{name}: request {problem}")
    assert not failures, (
        f"{len(failures)} differences over {len(cases)} cases:\n"
        + "\n".join(failures[:40])
        + f"\nadapter stderr:\n{adapter.stderr()}"
    )


def test_typescript_token_manager_refresh_logic(tmp_path: Path) -> None:
    """The browser token manager's node test: cache, refresh 5 minutes early, logout."""
    lang = next(lang for lang in LANGUAGES if lang.name == "typescript")
    if Family.EXCHANGE not in lang.families:
        pytest.skip("TypeScript does not generate exchange formats")
    _toolchain_or_skip(lang)
    if not (GENERATED / lang.sdk_root / "src" / "token-manager.test.ts").exists():
        pytest.fail("the generated TypeScript SDK has no token-manager.test.ts")
    _build(lang, tmp_path)
    done = subprocess.run(
        "node --test dist/token-manager.test.js",
        shell=True,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
