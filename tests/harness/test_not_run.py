"""Languages that cannot run say so and are not failures (unless required); a failed adapter
build is one failure that shows the compiler's first lines."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from conformance.harness import reports, terminal, toolchains
from conformance.harness.descriptor import Commands
from conformance.harness.runner import Options, RunData, execute

from .conftest import fake_options

LINE = "python: not run (no embedseal-no-such-tool on PATH and no Docker engine; "


def _with(options: Options, build: tuple[str, ...] = (), requires: tuple[str, ...] = ()) -> Options:
    spec = options.specs[0]
    local = Commands(build, spec.local.run, requires)
    return replace(options, specs=[replace(spec, local=local)])


def _reports(data: RunData, tmp_path: Path) -> dict[str, str]:
    out = tmp_path / "reports"
    reports.write_all(data, out)
    return {p.name: p.read_text(encoding="utf-8") for p in out.iterdir() if p.is_file()}


def test_a_missing_toolchain_is_one_line_everywhere_and_no_failure(
    tmp_path: Path, vectors: Path
) -> None:
    options = _with(fake_options(tmp_path, vectors), requires=("embedseal-no-such-tool",))
    data = execute(options)
    (run,) = data.runs
    assert run.not_run.startswith(LINE) and run.not_run.endswith("or start Docker)")
    assert not run.results and not data.cross and data.failures() == 0
    table = terminal.final_table(data)
    assert run.not_run in table and "PASSED" in table and "not run" in table.splitlines()[2]
    texts = _reports(data, tmp_path)
    assert f"- {run.not_run}" in texts["summary.md"]
    assert f'<skipped message="{run.not_run}"' in texts["junit.xml"]
    assert "not run" in texts["report.html"] and "lightgrey" in texts["badge.json"] + str(
        (tmp_path / "reports" / "badges" / "python.json").read_text()
    )


def test_a_required_language_that_cannot_run_fails(tmp_path: Path, vectors: Path) -> None:
    options = _with(fake_options(tmp_path, vectors), requires=("embedseal-no-such-tool",))
    data = execute(replace(options, required=frozenset({"python"})))
    assert data.failures() == 1 and data.failed_requirements() == data.runs
    assert "FAILED: 1 required languages not run" in terminal.final_table(data)
    assert "<failure message=" in _reports(data, tmp_path)["junit.xml"]


def test_ci_requires_every_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    assert toolchains.parse_require([]) == frozenset(toolchains.LANGUAGES)
    monkeypatch.delenv("CI")
    assert toolchains.parse_require(["php,csharp", "go"]) == {"php", "csharp", "go"}
    assert toolchains.parse_require(["all"]) == frozenset(toolchains.LANGUAGES)


def test_a_build_line_that_finds_no_command_is_not_run(tmp_path: Path, vectors: Path) -> None:
    options = _with(fake_options(tmp_path, vectors), build=("embedseal-no-such-compiler -p .",))
    (run,) = execute(options).runs
    assert run.not_run.startswith("python: not run (no embedseal-no-such-compiler on PATH")


def test_a_failed_build_is_one_failure_with_the_compilers_lines(
    tmp_path: Path, vectors: Path
) -> None:
    errors = "".join(f"echo 'Adapter.java:{n}: error: boom {n}' >&2; " for n in range(30))
    options = _with(fake_options(tmp_path, vectors), build=(f"{errors}exit 1",))
    data = execute(options)
    (run,) = data.runs
    assert not run.results and data.failures() == 1 and not data.stale.get("python")
    table = terminal.final_table(data)
    assert "build failed" in table.splitlines()[2]
    assert "python: adapter build failed:\n    Adapter.java:0: error: boom 0\n" in table
    assert "Adapter.java:11: error" in table and "Adapter.java:12: error" not in table
    assert "FAILED: 1 adapter builds failed" in table
    texts = _reports(data, tmp_path)
    assert "Adapter.java:29: error: boom 29" in texts["junit.xml"]  # the whole log
    assert "```text\nAdapter.java:0: error: boom 0" in texts["summary.md"]


def test_the_python_toolchain_is_found_here() -> None:
    assert toolchains.missing([Path(sys.executable).name]) == []
