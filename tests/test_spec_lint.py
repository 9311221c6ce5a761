"""Spec lint: the exact findings of each format, and what an unacknowledged risk does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from specmodel import FORMATS_DIR, SpecErrors, load_format
from specmodel.model import Finding, Format

# risk -> (severity, message); every finding of the shipped formats is acknowledged.
EXPECTED: dict[str, dict[str, tuple[str, str]]] = {
    "boldbi-embed-url": {
        "no-expiry": ("high", "embed_timestamp is optional, and without it nothing expires"),
        "no-min-key-length": ("low", "no minimum key length (secret.min_bytes)"),
    },
    "embedseal-v1": {},
    "looker-signed-url": {
        "unsigned-fields": (
            "high",
            "the signature does not cover first_name, last_name, user_timezone, force_logout_login",
        ),
        "sha1": ("medium", "HMAC-SHA1 is a legacy choice"),
        "no-min-key-length": ("low", "no minimum key length (secret.min_bytes)"),
    },
    "metabase-embed": {
        "no-expiry": ("high", "exp is optional, and without it nothing expires"),
        "unbounded-lifetime": ("medium", "no verify.max_lifetime bounds exp"),
        "no-min-key-length": ("low", "no minimum key length (secret.min_bytes)"),
    },
    "papermap-iframe": {
        "unsigned-fields": (
            "high",
            "the signature does not cover api_key_id, tenant_id, dashboard_id",
        ),
        "ambiguous-concatenation": (
            "medium",
            "parts are concatenated with no delimiter, so different inputs can sign the same bytes",
        ),
        "unbounded-lifetime": ("medium", "no verify.max_lifetime bounds exp"),
        "no-min-key-length": ("low", "no minimum key length (secret.min_bytes)"),
    },
    "tinybird-jwt": {
        "unbounded-lifetime": ("medium", "no verify.max_lifetime bounds exp"),
        "no-min-key-length": ("low", "no minimum key length (secret.min_bytes)"),
    },
}

# Where each finding must point: (format, risk) -> text of the line it names.
EXPECTED_LINE = {
    ("papermap-iframe", "unsigned-fields"): "  - name: api_key_id",
    ("papermap-iframe", "ambiguous-concatenation"): '    join: ""',
    ("looker-signed-url", "unsigned-fields"): "  - name: first_name",
    ("looker-signed-url", "sha1"): "  algorithm: sha1",
}


def _findings(name: str) -> dict[str, Finding]:
    fmt = load_format(FORMATS_DIR / f"{name}.yaml")
    found = {f.risk: f for f in fmt.findings}
    assert len(found) == len(fmt.findings), "a risk was reported twice"
    return found


def _line(path: Path, number: int) -> str:
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_are_exactly_as_expected(name: str) -> None:
    found = _findings(name)
    assert {risk: (f.severity, f.message) for risk, f in found.items()} == EXPECTED[name]
    assert all(f.acknowledged for f in found.values())
    for finding in found.values():
        assert finding.location.file == f"spec/formats/{name}.yaml"
        assert str(finding).startswith(f"{finding.location}: {finding.severity} {finding.risk}")
        assert "(acknowledged)" in str(finding)


@pytest.mark.parametrize(("name", "risk"), sorted(EXPECTED_LINE))
def test_findings_point_at_the_cause(name: str, risk: str) -> None:
    finding = _findings(name)[risk]
    assert _line(FORMATS_DIR / f"{name}.yaml", finding.location.line).startswith(
        EXPECTED_LINE[name, risk]
    )


def test_papermap_unsigned_fields_names_every_unsigned_field() -> None:
    message = _findings("papermap-iframe")["unsigned-fields"].message
    prefix = "the signature does not cover "
    assert message.startswith(prefix)
    named = message.removeprefix(prefix).split(", ")
    # The signature carrier and the signed parts (workspace_id, valid_until) are not named.
    assert named == ["api_key_id", "tenant_id", "dashboard_id"]


def test_every_acknowledgement_matches_a_finding() -> None:
    for name in EXPECTED:
        fmt = load_format(FORMATS_DIR / f"{name}.yaml")
        assert sorted(a.risk for a in fmt.acknowledged) == sorted(EXPECTED[name])


# ----------------------------------------------------------- formats written to tmp_path


def _spec(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FORMATS_DIR / f"{name}.yaml").read_text("utf-8"))
    return data


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / f"{data['format']}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    (number,) = [i for i, line in enumerate(lines, 1) if line.strip() == text]
    return number


def _drop_acknowledgement(data: dict[str, Any], risk: str) -> None:
    data["acknowledged"] = [a for a in data["acknowledged"] if a["risk"] != risk]


def _load_errors(path: Path) -> list[str]:
    with pytest.raises(SpecErrors) as failure:
        load_format(path)
    return [str(error) for error in failure.value.errors]


def test_a_copy_of_each_format_loads_from_tmp_path(tmp_path: Path) -> None:
    for name in EXPECTED:
        fmt: Format = load_format(_write(tmp_path, _spec(name)))
        assert {f.risk for f in fmt.findings} == set(EXPECTED[name])


def test_unacknowledged_risk_is_a_located_error(tmp_path: Path) -> None:
    data = _spec("papermap-iframe")
    _drop_acknowledgement(data, "ambiguous-concatenation")
    path = _write(tmp_path, data)
    line = _line_of(path, "join: ''")
    assert _load_errors(path) == [
        f"{path}:{line}:11: medium risk ambiguous-concatenation: parts are concatenated with no"
        " delimiter, so different inputs can sign the same bytes (fix it, or acknowledge it"
        " with a reason)"
    ]


def test_every_unacknowledged_risk_is_reported(tmp_path: Path) -> None:
    data = _spec("papermap-iframe")
    del data["acknowledged"]
    errors = _load_errors(_write(tmp_path, data))
    assert len(errors) == 4
    for risk in EXPECTED["papermap-iframe"]:
        assert sum(f" risk {risk}: " in error for error in errors) == 1


def test_missing_min_bytes_is_reported_at_the_secret(tmp_path: Path) -> None:
    data = _spec("embedseal-v1")
    del data["secret"]["min_bytes"]
    path = _write(tmp_path, data)
    (error,) = _load_errors(path)
    assert error.startswith(f"{path}:{_line_of(path, 'encoding: base64url')}:3: low risk")
    assert "no-min-key-length" in error


def test_stale_acknowledgement_is_a_located_error(tmp_path: Path) -> None:
    data = _spec("embedseal-v1")
    data["acknowledged"] = [{"risk": "sha1", "reason": "We used to sign with HMAC-SHA1."}]
    path = _write(tmp_path, data)
    line = _line_of(path, "- risk: sha1")
    assert _load_errors(path) == [
        f"{path}:{line}:3: acknowledged risk 'sha1' is not present: remove the acknowledgement"
    ]


def test_fixing_the_risk_makes_its_acknowledgement_stale(tmp_path: Path) -> None:
    data = _spec("papermap-iframe")
    data["secret"]["min_bytes"] = 16
    errors = _load_errors(_write(tmp_path, data))
    assert len(errors) == 1
    assert "acknowledged risk 'no-min-key-length' is not present" in errors[0]


def test_optional_expiry_field_is_a_no_expiry_risk(tmp_path: Path) -> None:
    data = _spec("embedseal-v1")
    exp = next(f for f in data["fields"] if f["name"] == "exp")
    exp["required"] = False
    del exp["default"]
    errors = _load_errors(_write(tmp_path, data))
    assert any("risk no-expiry" in error for error in errors)
