"""Can a language run here? The local backend's toolchains on PATH, and the one-line reason.

A language whose toolchain is missing is *not run*, like tox's ``skip_missing_interpreters``:
one line in the terminal and in every report, and not a failure, unless ``--require`` names it
(or ``CI=true``, which requires every language). What each language needs comes from its
descriptor's optional ``"requires"`` list (``conformance/images/<lang>/adapter.json``, under
``local``), else from :data:`NEEDS`. A build line that exits 127 (``sh: 1: tsc: not found``)
also means a missing tool, whatever the descriptor said.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Sequence

from conformance.harness.descriptor import LANGUAGES

# Commands each language's local adapter needs (build and run), when its descriptor is silent.
NEEDS: dict[str, tuple[str, ...]] = {
    "python": ("python3",),
    "typescript": ("node", "npm"),
    "php": ("php",),
    "java": ("javac", "java"),
    "csharp": ("mcs", "mono"),
    "go": ("go",),
}
# How to get a command on Debian (what .ci/run installs): installer, package.
INSTALL: dict[str, tuple[str, str]] = {
    "python3": ("apt-get install", "python3"),
    "node": ("apt-get install", "nodejs"),
    "npm": ("apt-get install", "npm"),
    "tsc": ("npm install -g", "typescript"),
    "php": ("apt-get install", "php-cli"),
    "javac": ("apt-get install", "openjdk-17-jdk-headless"),
    "java": ("apt-get install", "openjdk-17-jre-headless"),
    "mcs": ("apt-get install", "mono-mcs"),
    "mono": ("apt-get install", "mono-runtime"),
    "go": ("apt-get install", "golang-go"),
}
_NOT_FOUND = re.compile(r"(?:^|\s)([\w.+-]+): (?:command )?not found", re.MULTILINE)


def missing(commands: Sequence[str], path: str | None = None) -> list[str]:
    """The commands of ``commands`` that are not on PATH (``path``: another PATH)."""
    return [name for name in commands if shutil.which(name, path=path) is None]


def missing_in_log(log: str) -> str | None:
    """The command a shell said it could not find (exit 127), if the log says so."""
    found = _NOT_FOUND.findall(log)
    return found[-1] if found else None


def reason(language: str, tools: Sequence[str], docker: str) -> str:
    """``php: not run (no php on PATH and no Docker engine; apt-get install php-cli, or …)``.

    ``docker``: "none" (no engine answers) or "declined" (``--backend local`` was asked for).
    """
    names = " or ".join(tools)
    hints = _install_lines(tools)
    if docker == "none":
        where, hints = f"no {names} on PATH and no Docker engine", [*hints, "or start Docker"]
    else:
        where = f"no {names} on PATH (--backend local)"
        hints = [*hints, "or run without --backend local to use Docker"]
    return f"{language}: not run ({where}; {', '.join(hints)})"


def _install_lines(tools: Sequence[str]) -> list[str]:
    """``["apt-get install mono-mcs mono-runtime"]``: one line per installer."""
    packages: dict[str, list[str]] = {}
    for tool in tools:
        installer, package = INSTALL.get(tool, ("install", tool))
        packages.setdefault(installer, []).append(package)
    return [f"{installer} {' '.join(names)}" for installer, names in packages.items()]


def parse_require(values: Sequence[str], ci: bool | None = None) -> frozenset[str]:
    """``--require python,php`` (repeatable) or ``--require all``; under ``CI=true``: all.

    ``ValueError`` for a name that is no language.
    """
    if ci is None:
        ci = os.environ.get("CI") == "true"
    names = {name.strip() for value in values for name in value.split(",") if name.strip()}
    if ci or "all" in names:
        return frozenset(LANGUAGES)
    unknown = sorted(names - set(LANGUAGES))
    if unknown:
        raise ValueError(
            f"--require: unknown language {unknown[0]!r} (languages: all, "
            + ", ".join(LANGUAGES)
            + ")"
        )
    return frozenset(names)
