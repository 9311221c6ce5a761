"""Running a language's strict checks on a generated SDK tree (shared by the tests).

The commands are the language registry's ``checks`` (ruff + mypy --strict, tsc --strict,
php -l + PSR-12, javac -Xlint:all -Werror, mcs -warnaserror, gofmt + go vet), run in a copy of
the tree so that nothing they write lands in it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.languages.base import Language


def _tool(command: str) -> str:
    first = command.split()[0]
    return "php" if first == "find" else first


def missing_tools_or_skip(lang: Language) -> None:
    """Skip (locally) or fail (CI=true) when a tool of the language's checks is not on PATH."""
    missing = sorted({_tool(c) for c in lang.checks if shutil.which(_tool(c)) is None})
    if missing:
        message = f"{lang.name}: {', '.join(missing)} not on PATH"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def run_checks(lang: Language, sdk: Path, workdir: Path) -> None:
    """Run the language's strict checks in a copy of ``sdk``; fail with the tool's output."""
    shutil.copytree(sdk, workdir, dirs_exist_ok=True)
    for command in lang.checks:
        done = subprocess.run(
            command, shell=True, cwd=workdir, capture_output=True, text=True, timeout=600
        )
        output = (done.stdout + done.stderr).strip()
        assert done.returncode == 0, f"{command} failed:\n{output[-4000:]}"
        if command.startswith("gofmt -l"):
            assert not output, f"gofmt would reformat:\n{output}"
