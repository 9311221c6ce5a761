"""``python -m artifacts [--lang NAME …] [--out DIR]``: build the SDKs' registry artifacts.

Prints each artifact with its size and the command that installs it; a language whose tool
is missing prints one line saying so. Exit 0 when every requested language built, 1 when one
failed or could not run (``--require`` lists the languages that must build), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from artifacts.common import PACKAGES_DIR, REPO_ROOT, Artifact, BuildError
from artifacts.composer import build_php
from artifacts.gomod import build_go
from artifacts.java import build_java
from artifacts.npm import build_typescript
from artifacts.nuget import build_csharp
from artifacts.python import build_python

Builder = Callable[[Path, Path, Path], list[Artifact]]
BUILDERS: dict[str, Builder] = {
    "python": build_python,
    "typescript": build_typescript,
    "php": build_php,
    "java": build_java,
    "go": build_go,
    "csharp": build_csharp,
}


def main(argv: list[str] | None = None) -> int:
    """Build the chosen languages (all by default) into ``--out``."""
    args = _parser().parse_args(argv)
    out = Path(args.out)
    failed = False
    with tempfile.TemporaryDirectory(prefix="embedseal-package-") as scratch:
        for name in args.lang or list(BUILDERS):
            try:
                built = BUILDERS[name](REPO_ROOT / "sdks" / name, out / name, Path(scratch))
            except BuildError as error:
                print(f"{name}: not built: {error}", file=sys.stderr)
                failed = True
                continue
            for artifact in built:
                shown = (
                    artifact.path.relative_to(out)
                    if artifact.path.is_relative_to(out)
                    else artifact.path
                )
                print(f"{name}: {shown} ({artifact.size:,} bytes): {artifact.install}")
    return 1 if failed else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m artifacts", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--lang", action="append", choices=sorted(BUILDERS), help="only this language (repeatable)"
    )
    parser.add_argument(
        "--out", default=str(PACKAGES_DIR), help="where the artifacts go (default: build/packages)"
    )
    return parser
