"""Project commands: `nox -s generate` (the main job), `nox -s tests`, `nox -s docs`.

Default sessions (plain `nox`): lint, tests.
"""

from __future__ import annotations

import shutil
import sys

import nox

nox.needs_version = ">=2024.4.15"  # for @nox.session(default=False)
nox.options.default_venv_backend = "venv"
nox.options.sessions = ["lint", "tests"]

PACKAGES = [
    "specmodel",
    "generator",
    "conformance",
    "artifacts",
    "benchmarks",
    "doctor",
    "embedseal_cli",
]


def _python() -> str | None:
    """Python 3.11 (the project floor) when it can be found; else the interpreter running nox."""
    if sys.version_info[:2] == (3, 11) or shutil.which("python3.11") is None:
        return None  # None = the interpreter running nox
    return "3.11"


PYTHON = _python()


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite with pytest (posargs go to pytest)."""
    session.install("-e", ".[test]")
    # No success_codes override: pytest's exit code 5 ("no tests collected") fails the session.
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Check style and types: ruff check, ruff format --check, mypy --strict."""
    # The test extra too, so that mypy sees every library the packages import.
    session.install("-e", ".[dev,test]")
    session.run("ruff", "check", *session.posargs, ".")  # e.g. `nox -s lint -- --fix`
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", *PACKAGES)


@nox.session(python=PYTHON, default=False)
def vectors(session: nox.Session) -> None:
    """Build the conformance test vectors (e.g. `nox -s vectors -- --check`)."""
    session.install("-e", ".")
    session.run("python", "-m", "conformance.vectors", *session.posargs)


@nox.session(python=PYTHON, default=False)
def generate(session: nox.Session) -> None:
    """Generate the six SDKs from spec/ (e.g. `nox -s generate -- --check`)."""
    session.install("-e", ".")
    session.run("python", "-m", "generator", *session.posargs)


@nox.session(python=PYTHON, default=False)
def fuzz(session: nox.Session) -> None:
    """Differential fuzzing of every adapter against the reference (`-- --cases N --seed S`)."""
    session.install("-e", ".")
    session.run("python", "-m", "conformance.fuzz", *session.posargs)


@nox.session(python=PYTHON, default=False)
def package(session: nox.Session) -> None:
    """Build each SDK into its registry's artifact in build/packages/ (`-- --lang python`)."""
    session.install("-e", ".[test]")  # the test extra brings build and hatchling
    session.run("python", "-m", "artifacts", *session.posargs)


# The JWT library the Python driver of `nox -s bench` times against (the others pin theirs in
# benchmarks/drivers/<lang>/: package-lock.json, go.mod + go.sum, pom.xml).
BENCH_PACKAGES = ["pyjwt==2.15.1"]


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Time sign and verify of the published files in six languages against a hand-written
    baseline, the raw HMAC and a JWT library; print lines per published file (posargs:
    `-- --rounds 31 --batch-ms 20 --lang go`). Writes build/bench/results.json."""
    session.install("-e", ".", *BENCH_PACKAGES)
    session.run("python", "-m", "benchmarks.speed", *session.posargs)


@nox.session(name="bench-render", python=PYTHON, default=False)
def bench_render(session: nox.Session) -> None:
    """Print render time for all formats x six languages and line counts per language."""
    session.install("-e", ".")
    session.run("python", "-m", "benchmarks.render")


# The docs site: pinned so that a build today and a build next year render the same pages.
DOCS_PACKAGES = ["mkdocs==1.6.1", "mkdocs-material==9.8.2", "pymdown-extensions==13.1.2"]
# The browser test drives Debian's chromium through its chromedriver (apt: chromium-driver).
BROWSER_PACKAGES = ["selenium==4.51.0"]


@nox.session(python=PYTHON, default=False)
def docs(session: nox.Session) -> None:
    """Build the docs site (mkdocs --strict) into build/site/ and test it in headless Chromium."""
    session.install("-e", ".[test]", *DOCS_PACKAGES, *BROWSER_PACKAGES)
    env = {"NO_MKDOCS_2_WARNING": "1"}  # no end-of-life banner in the build log
    session.run("mkdocs", "build", "--strict", "--site-dir", "build/site", env=env)
    # EMBEDSEAL_DOCS=1: run the tests marked docs_site (skipped in `nox -s tests`).
    session.run("pytest", "tests/docs", *session.posargs, env={**env, "EMBEDSEAL_DOCS": "1"})


@nox.session(name="docs-serve", python=PYTHON, default=False)
def docs_serve(session: nox.Session) -> None:
    """Serve the docs site with live reload on http://127.0.0.1:8000 (posargs go to mkdocs)."""
    session.install("-e", ".", *DOCS_PACKAGES)
    session.run("mkdocs", "serve", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python=PYTHON, default=False)
def conformance(session: nox.Session) -> None:
    """Run the conformance harness (e.g. `nox -s conformance -- --backend docker --offline`)."""
    session.install("-e", ".[test]")  # the test extra brings the Docker SDK
    session.run("python", "-m", "conformance.harness", *session.posargs)
