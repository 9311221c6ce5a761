"""`embedseal`: help that reads well, one-line usage errors, secrets never from argv, --now,
sign / verify / explain results and exit codes, and the pass-through commands."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from embedseal_cli.clock import now_from
from embedseal_cli.main import main
from embedseal_cli.usage import UsageError

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "conformance" / "vectors"
SIGNING = ["boldbi-embed-url", "embedseal-v1", "looker-signed-url", "metabase-embed"]
SIGNING += ["papermap-iframe", "tinybird-jwt"]
SECRET = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA"  # embedseal-v1's example secret
ENV = "EMBEDSEAL_TEST_SECRET"


def run(
    argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str | None = None
) -> tuple[int, str, str]:
    """``embedseal ARGV`` in this process: exit code, stdout, stderr."""
    if stdin is not None:
        sys.stdin = _Stdin(stdin)
    try:
        code = main(argv)
    except SystemExit as stop:
        code = int(stop.code or 0)
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


class _Stdin:
    def __init__(self, text: str) -> None:
        self._text = text

    def read(self) -> str:
        return self._text


def _vector(name: str, kind: str, case_id: str) -> dict[str, Any]:
    document = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    for group in document["testGroups"]:
        for test in group["tests"]:
            if group["type"] == kind and test["id"] == case_id:
                return {**test, "secret": group["secret"]}
    raise KeyError(case_id)


# ------------------------------------------------------------------ help


def test_top_level_help_lists_every_command_and_the_exit_codes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    for command in ("generate", "vectors", "conformance", "sign", "verify", "explain"):
        assert f"\n    {command}" in out
    assert "exit codes:" in out and "--secret-file" in out


@pytest.mark.parametrize("command", ["sign", "verify", "explain"])
def test_command_help_has_prose_options_and_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run([command, "--help"], capsys)
    assert code == 0
    assert out.startswith(f"usage: embedseal {command} ")
    assert "examples:\n  embedseal " + command in out
    assert "--secret-file PATH" in out and "``" not in out  # prose, not a raw docstring


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.startswith("embedseal ")


# ------------------------------------------------------------------ usage errors

BAD_ARGUMENTS = {
    "no command": [],
    "unknown command": ["frobnicate"],
    "no format": ["explain", "TOKEN"],
    "unknown format": ["explain", "--format", "acme-nothing", "TOKEN"],
    "exchange format": ["explain", "--format", "semaphor-token", "TOKEN"],
    "now not a time": ["explain", "--format", "embedseal-v1", "--now", "yesterday", "T"],
    "now without zone": [
        "explain",
        "--format",
        "embedseal-v1",
        "--now",
        "2023-11-14T22:13:20",
        "T",
    ],
    "secret on argv": ["verify", "--format", "embedseal-v1", "--secret", "hunter2-typed", "T"],
    "secret= on argv": ["verify", "--format", "embedseal-v1", "--secret=hunter2-typed", "T"],
    "unknown option": [
        "verify",
        "--format",
        "embedseal-v1",
        "--secret-env",
        ENV,
        "--sekret",
        "hunter2-typed",
        "T",
    ],
    "no secret": ["verify", "--format", "embedseal-v1", "T"],
    "both secrets": [
        "verify",
        "--format",
        "embedseal-v1",
        "--secret-env",
        ENV,
        "--secret-file",
        "k",
        "T",
    ],
    "unset env": ["verify", "--format", "embedseal-v1", "--secret-env", "EMBEDSEAL_UNSET_X", "T"],
    "missing file": ["verify", "--format", "embedseal-v1", "--secret-file", "/nonexistent/k", "T"],
    "set without =": ["sign", "--format", "embedseal-v1", "--secret-env", ENV, "--set", "tenant"],
    "set not JSON": ["sign", "--format", "embedseal-v1", "--secret-env", ENV, "--set", "exp=soon"],
    "random not hex": ["sign", "--format", "embedseal-v1", "--secret-env", ENV, "--random", "xyz"],
}


@pytest.mark.parametrize("argv", BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_bad_arguments_are_one_line_exit_2_and_echo_no_secret(
    argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, SECRET)
    monkeypatch.delenv("EMBEDSEAL_UNSET_X", raising=False)
    code, out, err = run(argv, capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("embedseal: error: ") and err.count("\n") == 1, err
    assert "hunter2" not in err and SECRET not in err and "Traceback" not in err


def test_a_secret_file_loses_one_trailing_line_break(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    token = _vector("embedseal-v1", "verify", "verify/signed/example")
    for ending in ("\n", "\r\n", ""):
        key = tmp_path / "key"
        key.write_text(token["secret"] + ending, encoding="utf-8", newline="")
        argv = ["verify", "--format", "embedseal-v1", "--secret-file", str(key)]
        code, out, _ = run([*argv, "--now", str(token["now"]), token["token"]], capsys)
        assert (code, out.splitlines()[0]) == (0, "valid"), repr(ending)


def test_an_empty_secret_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "empty").write_text("\n")
    monkeypatch.setenv(ENV, "")
    for source in (["--secret-file", str(tmp_path / "empty")], ["--secret-env", ENV]):
        code, _, err = run(["verify", "--format", "embedseal-v1", *source, "T"], capsys)
        assert code == 2 and "empty" in err


@pytest.mark.parametrize(
    "text", ["1700000000", "2023-11-14T22:13:20Z", "2023-11-14T23:13:20+01:00", " 1700000000 "]
)
def test_now_takes_unix_seconds_or_iso_8601(text: str) -> None:
    assert now_from(text) == 1_700_000_000


def test_now_defaults_to_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("time.time", lambda: 1_700_000_123.9)
    assert now_from(None) == 1_700_000_123
    with pytest.raises(UsageError):
        now_from("2023-11-14 22:13")


# ------------------------------------------------------------------ sign, verify, explain


@pytest.mark.parametrize("name", SIGNING)
def test_sign_gives_the_vectors_answer(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _vector(name, "sign", "sign/example")
    (tmp_path / "fields.json").write_text(json.dumps(case["fields"]), encoding="utf-8")
    monkeypatch.setenv(ENV, case["secret"])
    argv = [
        "sign",
        "--format",
        name,
        "--secret-env",
        ENV,
        "--fields",
        str(tmp_path / "fields.json"),
    ]
    argv += ["--now", str(case["now"]), "--random", case["random"], "--json"]
    code, out, err = run(argv, capsys)
    assert (code, err) == (0, "")
    assert json.loads(out) == case["expected"]


def test_sign_text_shows_the_token_url_and_expiry_in_iso(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, SECRET)
    argv = ["sign", "--format", "embedseal-v1", "--secret-env", ENV, "--now", "1700000000"]
    argv += ["--set", "tenant=org-123", "--set", "dashboard=sales", "--set", "app_url=https://a.io"]
    argv += ["--set", 'params={"region":"EU"}']
    code, out, _ = run(argv, capsys)
    lines = dict(line.split(None, 1) for line in out.splitlines())
    assert code == 0 and lines["url"].startswith("https://a.io/embed#" + lines["token"])
    assert lines["expires_at"] == "1700000600 (2023-11-14T22:23:20Z, in 10 min)"


def test_sign_refusing_the_inputs_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, SECRET)
    code, out, _ = run(["sign", "--format", "embedseal-v1", "--secret-env", ENV, "--json"], capsys)
    assert code == 1 and json.loads(out)["error"] == "invalid_input"


@pytest.mark.parametrize("name", SIGNING)
def test_verify_valid_and_refused(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _vector(name, "verify", "verify/signed/example")
    monkeypatch.setenv(ENV, case["secret"])
    argv = ["verify", "--format", name, "--secret-env", ENV, "--now", str(case["now"]), "--json"]
    code, out, _ = run([*argv, "--", case["token"]], capsys)
    assert (code, json.loads(out)) == (0, case["expected"])
    monkeypatch.setenv(ENV, case["secret"] + "-not-it")
    code, out, _ = run([*argv, "--", case["token"]], capsys)
    assert code == 1 and json.loads(out)["error"] in ("bad_signature", "invalid_key")


def test_verify_takes_the_embed_url_of_a_token_format(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _vector("papermap-iframe", "sign", "sign/example")
    monkeypatch.setenv(ENV, case["secret"])
    argv = ["verify", "--format", "papermap-iframe", "--secret-env", ENV, "--now", str(case["now"])]
    code, out, _ = run([*argv, case["expected"]["url"]], capsys)
    assert code == 0 and out.startswith("valid\n  api_key_id")
    code, out, _ = run([*argv, "https://papermap.ai/embedded/dashboard"], capsys)
    assert code == 1 and out.startswith("refused: malformed: ")


def test_explain_exit_codes_and_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    case = _vector("embedseal-v1", "verify", "verify/signed/example")
    monkeypatch.setenv(ENV, case["secret"])
    base = ["explain", "--format", "embedseal-v1", "--now", str(case["now"])]
    assert run([*base, "--secret-env", ENV, "-"], capsys, stdin=case["token"] + "\n")[0] == 0
    assert run([*base, "-"], capsys, stdin=case["token"])[0] == 3
    late = ["explain", "--format", "embedseal-v1", "--now", str(case["now"] + 3600)]
    code, out, _ = run([*late, case["token"]], capsys)
    assert code == 1 and "\n  expired: expired: exp 1700000600" in out


def test_the_token_and_the_secret_cannot_both_be_standard_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = run(["explain", "--format", "embedseal-v1", "--secret-file", "-", "-"], capsys)
    assert code == 2 and "standard input" in err


# ------------------------------------------------------------------ pass-through


@pytest.mark.parametrize(
    ("command", "module"),
    [
        ("generate", "generator.cli"),
        ("vectors", "conformance.vectors.cli"),
        ("conformance", "conformance.harness.cli"),
    ],
)
def test_project_commands_get_their_arguments_unchanged(
    command: str, module: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        seen.append(argv)
        return 7

    monkeypatch.setattr(f"{module}.main", fake_main)
    assert main([command, "--check", "--lang", "python", "-k", "x"]) == 7
    assert seen == [["--check", "--lang", "python", "-k", "x"]]


def test_the_console_script_runs_as_a_process() -> None:
    script = Path(sys.executable).with_name("embedseal")
    if not script.exists():
        pytest.skip("the embedseal console script is not installed in this environment")
    done = subprocess.run(
        [str(script), "explain", "--now", "soon"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "error"},
        check=False,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    generate = subprocess.run(
        [str(script), "generate", "--help"], capture_output=True, text=True, check=False
    )
    assert generate.returncode == 0 and "--check" in generate.stdout
