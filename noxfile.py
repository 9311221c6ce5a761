"""Project commands: `nox -s generate` (the main job), `nox -s tests`, `nox -s docs`.

Default sessions (plain `nox`): lint, tests.

Sessions keep their virtualenvs (``reuse_venv``) and install into them only when what they
install changed: :func:`install` records a hash of pyproject.toml and the install arguments in
the venv and skips pip when it matches, so `nox -s generate` on an unchanged tree costs the
generator's own second or so. `nox --no-reuse-existing-virtualenvs` (or deleting .nox/) starts
afresh; the backend is uv when it is installed, else virtualenv.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import nox

nox.needs_version = ">=2024.4.15"  # for @nox.session(default=False) and reuse_venv
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["lint", "tests"]

INSTALL_INPUTS = ("pyproject.toml",)  # what decides what a session installs (no lock file yet)
STAMP = "embedseal-install.sha256"


def install(session: nox.Session, *args: str) -> None:
    """``session.install(*args)``, skipped when this venv already installed exactly that."""
    digest = hashlib.sha256("\0".join(args).encode())
    for name in INSTALL_INPUTS:
        digest.update(Path(name).read_bytes())
    location = getattr(session.virtualenv, "location", None)
    stamp = Path(location) / STAMP if location else None
    if stamp is not None and stamp.is_file() and stamp.read_text() == digest.hexdigest():
        session.log(f"install: up to date ({', '.join(INSTALL_INPUTS)} unchanged)")
        return
    session.install(*args)
    if stamp is not None:
        stamp.write_text(digest.hexdigest())


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
    install(session, "-e", ".[test]")
    # No success_codes override: pytest's exit code 5 ("no tests collected") fails the session.
    session.run("pytest", *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Check style and types: ruff check, ruff format --check, mypy --strict."""
    # The test extra too, so that mypy sees every library the packages import.
    install(session, "-e", ".[dev,test]")
    session.run("ruff", "check", *session.posargs, ".")  # e.g. `nox -s lint -- --fix`
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "--strict", *PACKAGES)


@nox.session(python=PYTHON, default=False)
def vectors(session: nox.Session) -> None:
    """Build the conformance test vectors (e.g. `nox -s vectors -- --check`)."""
    install(session, "-e", ".")
    session.run("python", "-m", "conformance.vectors", *session.posargs)


@nox.session(python=PYTHON, default=False)
def generate(session: nox.Session) -> None:
    """Generate the six SDKs from spec/ (e.g. `nox -s generate -- --check`)."""
    install(session, "-e", ".")
    session.run("python", "-m", "generator", *session.posargs)


@nox.session(python=PYTHON, default=False)
def fuzz(session: nox.Session) -> None:
    """Differential fuzzing of every adapter against the reference (`-- --cases N --seed S`)."""
    install(session, "-e", ".")
    session.run("python", "-m", "conformance.fuzz", *session.posargs)


@nox.session(python=PYTHON, default=False)
def package(session: nox.Session) -> None:
    """Build each SDK into its registry's artifact in build/packages/ (`-- --lang python`)."""
    install(session, "-e", ".[test]")  # the test extra brings build and hatchling
    session.run("python", "-m", "artifacts", *session.posargs)


# The JWT library the Python driver of `nox -s bench` times against (the others pin theirs in
# benchmarks/drivers/<lang>/: package-lock.json, go.mod + go.sum, pom.xml).
BENCH_PACKAGES = ["pyjwt==2.15.1"]


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Time sign and verify of the published files in six languages against a hand-written
    baseline, the raw HMAC and a JWT library; print lines per published file (posargs:
    `-- --rounds 31 --batch-ms 20 --lang go`). Writes build/bench/results.json."""
    install(session, "-e", ".", *BENCH_PACKAGES)
    session.run("python", "-m", "benchmarks.speed", *session.posargs)


@nox.session(name="bench-render", python=PYTHON, default=False)
def bench_render(session: nox.Session) -> None:
    """Print render time for all formats x six languages and line counts per language."""
    install(session, "-e", ".")
    session.run("python", "-m", "benchmarks.render")


# The docs site: pinned so that a build today and a build next year render the same pages.
DOCS_PACKAGES = ["mkdocs==1.6.1", "mkdocs-material==9.8.2", "pymdown-extensions==13.1.2"]
# The browser test drives Debian's chromium through its chromedriver (apt: chromium-driver).
BROWSER_PACKAGES = ["selenium==4.51.0"]


@nox.session(python=PYTHON, default=False)
def docs(session: nox.Session) -> None:
    """Build the docs site (mkdocs --strict) into build/site/ and test it in headless Chromium."""
    install(session, "-e", ".[test]", *DOCS_PACKAGES, *BROWSER_PACKAGES)
    env = {"NO_MKDOCS_2_WARNING": "1"}  # no end-of-life banner in the build log
    session.run("mkdocs", "build", "--strict", "--site-dir", "build/site", env=env)
    # EMBEDSEAL_DOCS=1: run the tests marked docs_site (skipped in `nox -s tests`).
    session.run("pytest", "tests/docs", *session.posargs, env={**env, "EMBEDSEAL_DOCS": "1"})


@nox.session(name="docs-serve", python=PYTHON, default=False)
def docs_serve(session: nox.Session) -> None:
    """Serve the docs site with live reload on http://127.0.0.1:8000 (posargs go to mkdocs)."""
    install(session, "-e", ".", *DOCS_PACKAGES)
    session.run("mkdocs", "serve", "--strict", *session.posargs, env={"NO_MKDOCS_2_WARNING": "1"})


@nox.session(python=PYTHON, default=False)
def conformance(session: nox.Session) -> None:
    """Run the conformance harness (e.g. `nox -s conformance -- --backend docker --offline`)."""
    install(session, "-e", ".[test]")  # the test extra brings the Docker SDK
    session.run("python", "-m", "conformance.harness", *session.posargs)
