"""``python -m generator [--check] [--formats-dir DIR] [--out DIR] [--lang NAME …]``.

A pipeline of small steps: load + validate specs → render in memory → plan → write or report.
Bad input (a spec error, a wrong folder, an unknown language) is one line on stderr and exit
2, before anything is written. ``--check`` prints a unified diff per stale file.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import jinja2

from generator.languages.base import Language
from generator.languages.registry import LANGUAGES, language
from generator.render import render
from generator.writer import Plan, apply, differences, plan, with_manifest
from specmodel import FORMATS_DIR, FormatNotFoundError, Spec, SpecErrors, load_all
from specmodel.argparsing import Parser, choice
from specmodel.loader import REPO_ROOT


class InputError(Exception):
    """Input the generator refuses before rendering: one line."""


def main(argv: list[str] | None = None) -> int:
    """Run the pipeline; exit 0 when done (or clean), 1 when --check finds drift, 2 on bad input."""
    args = _parser().parse_args(argv)
    started = time.perf_counter()
    try:
        formats, chosen, root = _inputs(args)
        # --lang writes only that language's SDK, so only it is rendered (docs pages, which hold
        # every language, are written by a run without --lang).
        files = with_manifest(render(formats, chosen), formats, REPO_ROOT)
    except SpecErrors as error:
        print(error, file=sys.stderr)
        return 2
    except (InputError, FormatNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except jinja2.TemplateError as error:
        print(f"error: template: {_template_place(error)}{error}", file=sys.stderr)
        return 2
    todo = plan(files, root)
    if args.lang:
        todo = todo.within(tuple(f"{lang.sdk_root}/" for lang in chosen))
    elapsed = time.perf_counter() - started
    return _check(files, root, todo) if args.check else _write(files, root, todo, elapsed)


def _inputs(args: argparse.Namespace) -> tuple[list[Spec], list[Language], Path]:
    root = Path(args.out)
    if root.exists() and not root.is_dir():
        raise InputError(f"--out {root} is not a folder")
    formats = load_all(Path(args.formats_dir))
    languages = [language(name) for name in args.lang] if args.lang else list(LANGUAGES)
    return formats, languages, root


def _template_place(error: jinja2.TemplateError) -> str:
    if isinstance(error, jinja2.TemplateSyntaxError):
        return f"{error.filename}:{error.lineno}: "
    return ""


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m generator", description="Generate the SDKs and docs.")
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 (with diffs) if stale"
    )
    parser.add_argument(
        "--formats-dir", default=str(FORMATS_DIR), help="folder of format YAML files"
    )
    parser.add_argument(
        "--out", default=str(REPO_ROOT), help="root the generated paths are relative to"
    )
    names = [lang.name for lang in LANGUAGES]
    parser.add_argument(
        "--lang", action="append", type=choice("language", names), help="only this language"
    )
    return parser


def _check(files: dict[str, str], root: Path, todo: Plan) -> int:
    if todo.clean:
        print("generated files are up to date")
        return 0
    for label, paths in (("stale", todo.changed), ("missing", todo.missing), ("extra", todo.extra)):
        for path in paths:
            print(f"{label}: {path}")
    sys.stdout.write(differences(files, root, todo))
    print("run `nox -s generate` to update them", file=sys.stderr)
    return 1


def _write(files: dict[str, str], root: Path, todo: Plan, elapsed: float) -> int:
    apply(files, root, todo)
    print(
        f"{len(files)} files rendered in {elapsed:.2f}s: {len(todo.changed)} changed, "
        f"{len(todo.missing)} new, {len(todo.extra)} removed"
    )
    return 0
