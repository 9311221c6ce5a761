"""The diagnosis corpus through the command line: `embedseal explain` must name each case's
cause first, give the verifier's verdict and exit code, and never print the secret."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

import pytest

from conformance.reference.encodings import encode_bytes, mac
from doctor.causes import Cause
from doctor.explain import TRACERS, verifier_input
from doctor.views import MAC_PREFIX_CHARS
from embedseal_cli.main import main

from .corpus import Case, all_cases
from .forge import fmt

CASES = all_cases()
SECRET_ENV = "EMBEDSEAL_CORPUS_SECRET"
EXIT = {"ok": 0, "unverified": 3}


def explain_cli(
    case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *extra: str
) -> tuple[int, str, str]:
    """Run ``embedseal explain`` in this process: exit code, stdout, stderr."""
    argv = ["explain", "--format", case.format, "--now", str(case.now), *extra]
    if case.secret is not None:
        monkeypatch.setenv(SECRET_ENV, case.secret)
        argv += ["--secret-env", SECRET_ENV]
    try:
        code = main([*argv, "--", case.text])
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_cli_names_the_cause(
    case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = explain_cli(case, capsys, monkeypatch, "--json")
    assert err == ""
    report: dict[str, Any] = json.loads(out)
    causes = [d["cause"] for d in report["diagnoses"]]
    if case.cause is None:
        assert causes == [], report["diagnoses"]
    else:
        assert causes[:1] == [case.cause.value], report["diagnoses"]
    verdict = report["verdict"]
    shown = "unverified" if verdict["ok"] is None else "ok" if verdict["ok"] else verdict["error"]
    assert shown == case.verdict
    assert code == EXIT.get(case.verdict, 1)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_the_text_report_says_the_cause(
    case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = explain_cli(case, capsys, monkeypatch)
    assert code == EXIT.get(case.verdict, 1)
    assert out.startswith(f"{case.format} ({fmt(case.format).family.value}): ")
    if case.cause is not None:
        assert f"\n  {case.cause.value}: " in out


def test_every_family_has_ten_causes() -> None:
    causes: dict[str, set[Cause]] = defaultdict(set)
    for case in CASES:
        if case.cause is not None:
            causes[case.family].add(case.cause)
    assert {family: len(found) >= 10 for family, found in causes.items()} == {
        "jws": True,
        "envelope": True,
        "signed-url": True,
    }


UNPROVABLE = [c for c in CASES if c.cause is Cause.WRONG_SECRET_OR_ALTERED]


@pytest.mark.parametrize("case", UNPROVABLE, ids=[c.id for c in UNPROVABLE])
def test_what_cannot_be_proven_gets_the_generic_answer_alone(
    case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, out, _ = explain_cli(case, capsys, monkeypatch, "--json")
    causes = [d["cause"] for d in json.loads(out)["diagnoses"]]
    assert causes == ["wrong-secret-or-altered"]


WITH_SECRET = [c for c in CASES if c.secret is not None]


@pytest.mark.parametrize("case", WITH_SECRET, ids=[c.id for c in WITH_SECRET])
def test_no_output_holds_the_secret_or_a_computed_mac(
    case: Case, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert case.secret is not None
    outputs = [
        "".join(explain_cli(case, capsys, monkeypatch, *extra)[1:]) for extra in ((), ("--json",))
    ]
    hidden = _computed_mac(case)
    for output in outputs:
        assert case.secret not in output
        assert case.secret.strip() not in output
        if hidden is not None:
            assert hidden not in output


def _computed_mac(case: Case) -> str | None:
    """More of the MAC the secret gives over the signing input than a report may show; None
    when the token itself carries that much of it (cut off, or in another spelling)."""
    f = fmt(case.format)
    token, _ = verifier_input(f, case.text)
    if token is None:
        return None
    trace = TRACERS[f.family](f, token, case.secret, case.now)
    if trace.mac is None or trace.key is None:
        return None
    text = encode_bytes(
        mac(trace.mac.algorithm, trace.key, trace.mac.message), f.signature.encoding
    )
    prefix = text[: MAC_PREFIX_CHARS + 1]
    carried = prefix in trace.mac.received_text or prefix in case.text
    return None if carried else prefix
