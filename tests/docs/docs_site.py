"""Shared by the docs tests: the repository root and the scratch site build."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Site:
    """A scratch checkout (mkdocs.yml, docs/, spec/ and the generated tree) and its build."""

    root: Path  # the scratch checkout: docs/generated/snippets/... live here
    site: Path  # the built HTML


# The conformance run the scratch site publishes: two languages, the example cases.
CONFORMANCE = ("--backend", "local", "--lang", "python", "--lang", "go", "-k", "*/sign/example")


def build_site(root: Path) -> Site:
    """Generate docs/generated/ from spec/ into ``root``, a scratch copy, run a small
    conformance run there (its summary.md is the Conformance page's), and build it (strict)."""
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "spec", root / "spec")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns("generated"))
    generate = [sys.executable, "-m", "generator", "--out", str(root)]
    subprocess.run(generate, cwd=REPO, check=True, capture_output=True, text=True)
    out = root / "build" / "conformance"
    harness = [sys.executable, "-m", "conformance.harness", *CONFORMANCE, "--no-cross", "-q"]
    harness += ["--sdks", str(root), "--out", str(out)]
    done = subprocess.run(harness, cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, f"the conformance run failed:\n{done.stdout}\n{done.stderr}"
    site = root / "build" / "site"
    build = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(build, cwd=root, env=env, capture_output=True, text=True)
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    return Site(root=root, site=site)
