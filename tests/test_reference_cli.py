"""`python -m conformance.reference sign|verify --format NAME --input FILE|-`, as a process.

Exit 0 with one JSON object when the operation ran (a refused token is a result); exit 2
with one line on stderr otherwise. The secret never appears in any output.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from specmodel import FORMATS_DIR
from specmodel.loader import resolve_format

ROOT = Path(__file__).resolve().parents[1]
RANDOM = bytes(range(64)).hex()
FORMATS = sorted(  # the signing formats; exchange formats are tested in test_exchange.py
    path.stem for path in FORMATS_DIR.glob("*.yaml") if "family: exchange" not in path.read_text()
)
SIGN_KEYS = {
    "jws": {"ok", "token", "url", "signature", "response"},
    "envelope": {"ok", "token", "url", "signature", "response"},
    "signed-url": {"ok", "url", "signature", "response"},
}


@dataclass(frozen=True)
class Run:
    """One finished CLI process; ``secret`` must appear in neither stream."""

    returncode: int
    stdout: str
    stderr: str

    def json(self) -> dict[str, Any]:
        assert self.returncode == 0, self.stderr
        assert self.stderr == ""
        lines = self.stdout.splitlines()
        assert len(lines) == 1, self.stdout
        document: dict[str, Any] = json.loads(lines[0])
        return document

    def one_error_line(self) -> str:
        assert self.returncode == 2, (self.returncode, self.stdout, self.stderr)
        assert self.stdout == ""
        assert self.stderr.endswith("\n") and self.stderr.count("\n") == 1, self.stderr
        assert self.stderr.startswith("error: ")
        return self.stderr.rstrip("\n")


def cli(
    operation: str,
    fmt: str,
    document: dict[str, Any] | str,
    tmp_path: Path | None = None,
) -> Run:
    """Run the CLI with ``document`` on stdin, or in a file when ``tmp_path`` is given.
    Fails the test when the document's secret shows up in stdout or stderr."""
    text = document if isinstance(document, str) else json.dumps(document)
    if tmp_path is None:
        source, stdin = "-", text
    else:
        path = tmp_path / "input.json"
        path.write_text(text, encoding="utf-8")
        source, stdin = str(path), ""
    command = [sys.executable, "-m", "conformance.reference", operation]
    command += ["--format", fmt, "--input", source]
    result = subprocess.run(
        command, cwd=ROOT, input=stdin, capture_output=True, text=True, check=False, timeout=60
    )
    run = Run(result.returncode, result.stdout, result.stderr)
    secret = _secret_of(document)
    if secret:
        assert secret not in run.stdout and secret not in run.stderr, "the secret leaked"
    return run


def _secret_of(document: dict[str, Any] | str) -> str | None:
    if isinstance(document, dict):
        secret = document.get("secret")
        return secret if isinstance(secret, str) else None
    if "SECRET-" in document:  # raw text inputs carry a recognisable "SECRET-…" string
        start = document.index("SECRET-")
        return document[start:].split('"', 1)[0]
    return None


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FORMATS_DIR / f"{name}.yaml").read_text("utf-8"))
    example: dict[str, Any] = data["example"]
    return example


def _family(name: str) -> str:
    data: dict[str, Any] = yaml.safe_load((FORMATS_DIR / f"{name}.yaml").read_text("utf-8"))
    family: str = data["family"]
    return family


def _sign_input(name: str) -> dict[str, Any]:
    example = _example(name)
    return {
        "secret": example["secret"],
        "now": example["now"],
        "fields": example["fields"],
        "random": RANDOM,
    }


@functools.cache
def _signed(name: str) -> tuple[dict[str, Any], str]:
    """The sign result of the example, and the text a verifier receives (signed once)."""
    out = cli("sign", name, _sign_input(name)).json()
    received = out["url"] if _family(name) == "signed-url" else out["token"]
    return out, received


# ----------------------------------------------------------------------------- sign


@pytest.mark.parametrize("name", FORMATS)
def test_sign_outputs_the_family_keys(name: str) -> None:
    out, _ = _signed(name)
    assert set(out) == SIGN_KEYS[_family(name)]
    assert out["ok"] is True
    assert isinstance(out["signature"], str) and out["signature"]
    assert isinstance(out["response"], dict) and out["response"]
    if resolve_format(name).embeds:
        assert out["url"].startswith("https://")
    else:  # no url: section (Tableau hands the token to its web component)
        assert out["url"] is None


def test_sign_from_stdin_equals_sign_from_file(tmp_path: Path) -> None:
    from_file = cli("sign", "embedseal-v1", _sign_input("embedseal-v1"), tmp_path).json()
    assert from_file == _signed("embedseal-v1")[0]


def test_sign_accepts_a_spec_path() -> None:
    by_path = cli("sign", "spec/formats/tinybird-jwt.yaml", _sign_input("tinybird-jwt")).json()
    assert by_path == _signed("tinybird-jwt")[0]


def test_sign_refusal_is_a_result() -> None:
    document = _sign_input("papermap-iframe")
    document["fields"] = {**document["fields"], "colour": "blue"}
    out = cli("sign", "papermap-iframe", document).json()
    assert out["ok"] is False and out["error"] == "invalid_input"
    assert isinstance(out["detail"], str)


def test_weak_key_is_refused_without_echoing_it() -> None:
    document = _sign_input("embedseal-v1")
    document["secret"] = "SECRET-c2hvcnQta2V5"  # base64url, far below min_bytes 32
    out = cli("sign", "embedseal-v1", document).json()
    assert out == {"ok": False, "error": "weak_key", "detail": out["detail"]}


def test_invalid_key_is_refused_without_echoing_it() -> None:
    document = _sign_input("embedseal-v1")
    document["secret"] = "SECRET+not/base64url!"
    out = cli("sign", "embedseal-v1", document).json()
    assert (out["ok"], out["error"]) == (False, "invalid_key")


def test_lone_surrogate_in_a_field_is_invalid_input() -> None:
    document = _sign_input("embedseal-v1")
    text = json.dumps(document).replace('"org-123"', '"org-\\ud800"')
    run = cli("sign", "embedseal-v1", text)
    assert run.returncode == 0, run.stderr
    out = run.json()
    assert (out["ok"], out["error"]) == (False, "invalid_input")


# ----------------------------------------------------------------------------- verify


@pytest.mark.parametrize("name", FORMATS)
def test_verify_accepts_what_sign_made(name: str) -> None:
    _, received = _signed(name)
    example = _example(name)
    document = {"secret": example["secret"], "now": example["now"], "token": received}
    out = cli("verify", name, document).json()
    assert out["ok"] is True
    assert isinstance(out["claims"], dict) and out["claims"]
    assert set(out) == {"ok", "claims"}


@pytest.mark.parametrize("name", FORMATS)
def test_verify_refusal_is_a_result(name: str) -> None:
    _, received = _signed(name)
    example = _example(name)
    tampered = received.replace(received[-6:-3], "QQQ" if received[-6:-3] != "QQQ" else "RRR")
    document = {"secret": example["secret"], "now": example["now"], "token": tampered}
    out = cli("verify", name, document).json()
    assert out["ok"] is False
    assert out["error"] in {"bad_signature", "malformed"}
    assert set(out) == {"ok", "error", "detail"}


def test_verify_expired_token() -> None:
    _, token = _signed("embedseal-v1")
    example = _example("embedseal-v1")
    late = example["now"] + 600 + 30  # exp = now + 600, leeway 30: expired at exactly this
    document = {"secret": example["secret"], "now": late, "token": token}
    out = cli("verify", "embedseal-v1", document).json()
    assert (out["ok"], out["error"]) == (False, "expired")


def test_verify_with_another_secret_is_bad_signature() -> None:
    _, token = _signed("tinybird-jwt")
    example = _example("tinybird-jwt")
    document = {"secret": "SECRET-another-workspace", "now": example["now"], "token": token}
    out = cli("verify", "tinybird-jwt", document).json()
    assert (out["ok"], out["error"]) == (False, "bad_signature")


# ----------------------------------------------------------------------------- exit 2


def test_unknown_format(tmp_path: Path) -> None:
    line = cli("sign", "no-such-format", _sign_input("tinybird-jwt"), tmp_path).one_error_line()
    assert "unknown format" in line and "tinybird-jwt" in line


def test_input_that_is_not_json() -> None:
    text = '{"secret": "SECRET-truncated-input", "now": 1700000000, "fields": {'
    line = cli("sign", "tinybird-jwt", text).one_error_line()
    assert line.startswith("error: bad input -: ")


def test_input_that_is_not_an_object() -> None:
    line = cli("verify", "tinybird-jwt", '["SECRET-in-a-list-value"]').one_error_line()
    assert "expected a JSON object" in line


def test_input_file_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    command = [sys.executable, "-m", "conformance.reference", "sign"]
    command += ["--format", "tinybird-jwt", "--input", str(missing)]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=60
    )
    line = Run(result.returncode, result.stdout, result.stderr).one_error_line()
    assert str(missing) in line


@pytest.mark.parametrize(
    ("operation", "missing"),
    [("sign", "fields"), ("sign", "now"), ("sign", "secret"), ("verify", "token")],
)
def test_missing_keys(operation: str, missing: str) -> None:
    document: dict[str, Any] = {
        "secret": "SECRET-missing-keys-1",
        "now": 1700000000,
        "fields": {},
        "token": "a.b.c",
    }
    del document[missing]
    line = cli(operation, "tinybird-jwt", document).one_error_line()
    assert f"missing '{missing}'" in line


@pytest.mark.parametrize(
    ("key", "value"),
    [("now", "1700000000"), ("now", True), ("fields", []), ("secret", 42), ("random", "xyz")],
)
def test_wrong_input_types(key: str, value: Any) -> None:
    document = {**_sign_input("looker-signed-url"), key: value}
    line = cli("sign", "looker-signed-url", document).one_error_line()
    assert f"'{key}'" in line


@pytest.mark.parametrize(
    "spec", ["tests/bad_specs/clock-not-unix-time.yaml", "tests/bad_specs/empty-file.yaml"]
)
def test_spec_path_with_errors(spec: str) -> None:
    line = cli("sign", spec, _sign_input("embedseal-v1")).one_error_line()
    assert line.startswith(f"error: bad spec: {spec}:")


def test_spec_with_several_errors_says_how_many_more() -> None:
    spec = "tests/bad_specs/clock-not-unix-time.yaml"
    line = cli("verify", spec, {"secret": "SECRET-x", "now": 1, "token": "t"}).one_error_line()
    assert line.endswith("(+1 more)")
