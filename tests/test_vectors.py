"""The committed vectors (conformance/vectors/<format>.json): current, valid, and reproducible."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from conformance.reference import EmbedsealError, sign, verify
from conformance.vectors.cli import main
from conformance.vectors.document import SCHEMA_ID
from conformance.vectors.schema import schema_errors
from specmodel import FORMATS_DIR, load_format
from specmodel.model import Format

ROOT = Path(__file__).resolve().parents[1]
VECTORS = ROOT / "conformance" / "vectors"
ALL_FORMAT_NAMES = sorted(path.stem for path in FORMATS_DIR.glob("*.yaml"))
FORMAT_NAMES = [  # sign/verify vectors; exchange vectors are checked in test_exchange_vectors.py
    name
    for name in ALL_FORMAT_NAMES
    if "family: exchange" not in (FORMATS_DIR / f"{name}.yaml").read_text()
]
SMALL_FORMAT = "papermap-iframe"


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((VECTORS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _tests(doc: dict[str, Any], kind: str) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(g, t) for g in doc["testGroups"] if g["type"] == kind for t in g["tests"]]


def test_committed_vectors_are_current(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["--check"])
    err = capsys.readouterr().err
    assert status == 0, err
    assert "warning" not in err  # each case's stated intent is what the reference answers


@pytest.mark.parametrize("name", ALL_FORMAT_NAMES)
def test_file_validates_against_the_schema(name: str) -> None:
    doc = _load(name)
    assert doc["schema"] == SCHEMA_ID
    assert schema_errors(doc) == []


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_ids_are_unique_and_counts_hold(name: str) -> None:
    doc = _load(name)
    ids = [test["id"] for group in doc["testGroups"] for test in group["tests"]]
    assert len(ids) == len(set(ids))
    assert doc["numberOfTests"] == len(ids)
    assert len(_tests(doc, "sign")) >= 40
    assert len(_tests(doc, "verify")) >= 40


@pytest.mark.parametrize("name", FORMAT_NAMES)
def test_the_reference_reproduces_every_expected_result(name: str) -> None:
    doc = _load(name)
    fmt = load_format(FORMATS_DIR / f"{name}.yaml")
    for group, test in _tests(doc, "sign"):
        assert _sign(fmt, group["secret"], test) == test["expected"], test["id"]
    for group, test in _tests(doc, "verify"):
        assert _verify(fmt, group["secret"], test) == test["expected"], test["id"]


def _sign(fmt: Format, secret: str, test: dict[str, Any]) -> dict[str, Any]:
    random = bytes.fromhex(test["random"])
    try:
        return sign(fmt, secret, test["fields"], test["now"], random).as_json()
    except EmbedsealError as error:
        return {"ok": False, "error": error.code.value}


def _verify(fmt: Format, secret: str, test: dict[str, Any]) -> dict[str, Any]:
    try:
        return {"ok": True, "claims": verify(fmt, secret, test["token"], test["now"])}
    except EmbedsealError as error:
        return {"ok": False, "error": error.code.value}


def test_unsigned_field_tampering_is_accepted_and_flagged() -> None:
    doc = _load(SMALL_FORMAT)
    unsigned = [t for _, t in _tests(doc, "verify") if "unsigned-field" in t["flags"]]
    assert unsigned, "papermap's MAC leaves tenant_id, dashboard_id and api_key_id unsigned"
    assert all(t["expected"]["ok"] for t in unsigned if "/changed/" in t["id"])


def test_the_schema_is_not_vacuous() -> None:
    doc = _load(SMALL_FORMAT)
    del doc["testGroups"][0]["tests"][0]["expected"]
    doc["testGroups"][-1]["tests"][0]["id"] = "sign/in-a-verify-group"
    assert len(schema_errors(doc)) >= 2


@pytest.fixture
def one_format(tmp_path: Path) -> Path:
    formats = tmp_path / "formats"
    formats.mkdir()
    shutil.copy(FORMATS_DIR / f"{SMALL_FORMAT}.yaml", formats)
    return formats


def test_check_lists_missing_stale_and_extra_files(one_format: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["--formats-dir", str(one_format), "--out", str(out)]
    assert main([*args, "--check"]) == 1
    assert not out.exists()
    assert main(args) == 0
    written = out / f"{SMALL_FORMAT}.json"
    before = written.stat().st_mtime_ns
    assert main(args) == 0 and written.stat().st_mtime_ns == before  # unchanged: not rewritten
    assert main([*args, "--check"]) == 0
    (out / "gone-format.json").write_text(json.dumps({"schema": SCHEMA_ID}), encoding="utf-8")
    (out / "primitives.json").write_text("{}", encoding="utf-8")  # not a vector file: ignored
    written.write_text("{}", encoding="utf-8")
    assert main([*args, "--check"]) == 1


def test_a_spec_error_exits_2_and_writes_nothing(
    one_format: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (one_format / "broken.yaml").write_text("format: broken\nfamily: [\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--formats-dir", str(one_format), "--out", str(out)]) == 2
    assert "broken.yaml" in capsys.readouterr().err
    assert not out.exists()


def test_a_new_format_needs_no_code(one_format: Path, tmp_path: Path) -> None:
    source = (one_format / f"{SMALL_FORMAT}.yaml").read_text(encoding="utf-8")
    renamed = source.replace(f"format: {SMALL_FORMAT}", "format: acme-iframe")
    (one_format / "acme-iframe.yaml").write_text(renamed, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--formats-dir", str(one_format), "--out", str(out)]) == 0
    doc = json.loads((out / "acme-iframe.json").read_text(encoding="utf-8"))
    assert doc["format"] == "acme-iframe" and schema_errors(doc) == []
    assert len(_tests(doc, "sign")) >= 40 and len(_tests(doc, "verify")) >= 40


def test_header_placed_claims_really_leave_the_token(tmp_path: Path) -> None:
    """Regression: a "missing"/"removed" case for an ``in: header`` field changes the token
    (the header used to keep the example's value, so the case tested nothing)."""
    assert (
        main(["--formats-dir", str(ROOT / "tests" / "golden" / "specs"), "--out", str(tmp_path)])
        == 0
    )
    doc = json.loads((tmp_path / "golden-claims.json").read_text(encoding="utf-8"))
    cases = {test["id"]: test for _, test in _tests(doc, "verify")}
    for case_id in ("verify/claim/missing/kid", "verify/tamper/removed/kid"):
        header = cases[case_id]["token"].split(".")[0]
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
        assert "kid" not in decoded, case_id
    assert cases["verify/claim/missing/kid"]["expected"] == {"ok": False, "error": "missing_claim"}
