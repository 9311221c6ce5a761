"""``python -m generator [--check] [--formats-dir DIR] [--out DIR] [--lang NAME …]``.

A pipeline of small steps: load + validate specs → render in memory → plan → write or report.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import jinja2

from generator.languages.registry import LANGUAGES, language
from generator.render import render
from generator.writer import Plan, apply, plan, with_manifest
from specmodel import FORMATS_DIR, SpecErrors, load_all
from specmodel.loader import REPO_ROOT


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline; exit 0 when done (or clean), 1 when --check finds drift, 2 on bad input."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        formats = load_all(Path(args.formats_dir))
        chosen = [language(name) for name in args.lang] if args.lang else list(LANGUAGES)
    except SpecErrors as error:
        print(error, file=sys.stderr)
        return 2
    except KeyError as error:
        print(f"error: {error.args[0]}", file=sys.stderr)
        return 2
    root = Path(args.out)
    try:
        # Always render every language (docs pages hold them all); --lang limits what is written.
        files = with_manifest(render(formats), formats, REPO_ROOT)
    except jinja2.TemplateError as error:
        where = (
            f"{error.filename}:{error.lineno}: "
            if isinstance(error, jinja2.TemplateSyntaxError)
            else ""
        )
        print(f"error: template: {where}{error}", file=sys.stderr)
        return 2
    todo = plan(files, root)
    if args.lang:
        todo = todo.within(tuple(f"{lang.sdk_root}/" for lang in chosen))
    elapsed = time.perf_counter() - started
    return _check(todo) if args.check else _write(files, root, todo, elapsed)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator", description="Generate the SDKs and docs."
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if anything is stale"
    )
    parser.add_argument(
        "--formats-dir", default=str(FORMATS_DIR), help="folder of format YAML files"
    )
    parser.add_argument(
        "--out", default=str(REPO_ROOT), help="root the generated paths are relative to"
    )
    parser.add_argument("--lang", action="append", help="only this language (repeatable)")
    return parser


def _check(todo: Plan) -> int:
    if todo.clean:
        print("generated files are up to date")
        return 0
    for label, paths in (("stale", todo.changed), ("missing", todo.missing), ("extra", todo.extra)):
        for path in paths:
            print(f"{label}: {path}")
    print("run `nox -s generate` to update them", file=sys.stderr)
    return 1


def _write(files: dict[str, str], root: Path, todo: Plan, elapsed: float) -> int:
    apply(files, root, todo)
    print(
        f"{len(files)} files rendered in {elapsed:.2f}s: {len(todo.changed)} changed, "
        f"{len(todo.missing)} new, {len(todo.extra)} removed"
    )
    return 0
