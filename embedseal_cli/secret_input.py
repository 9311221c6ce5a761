"""Where the secret comes from: a file or an environment variable, never the command line
(argv lands in shell history and in every ``ps`` listing)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from embedseal_cli.usage import UsageError


def add_secret_options(parser: argparse.ArgumentParser, required: bool) -> None:
    """``--secret-file PATH`` or ``--secret-env NAME`` (one of them when ``required``)."""
    group = parser.add_mutually_exclusive_group(required=required)
    group.add_argument(
        "--secret-file",
        metavar="PATH",
        help="read the secret from this file, or - for standard input (one trailing line "
        "break is dropped)",
    )
    group.add_argument(
        "--secret-env", metavar="NAME", help="read the secret from this environment variable"
    )


def refuse_secret_arguments(argv: Sequence[str]) -> None:
    """Stop at once, without echoing it, when a secret seems to be given on the command line."""
    for word in argv:
        if word == "--secret" or word.startswith("--secret="):
            raise UsageError(
                "secrets are never taken from the command line (shell history, ps); "
                "use --secret-file PATH or --secret-env NAME"
            )


def read_secret(args: argparse.Namespace) -> str | None:
    """The secret text, or None when neither option was given."""
    if args.secret_file == "-" and getattr(args, "token", None) == "-":
        raise UsageError("the token and the secret cannot both come from standard input")
    if args.secret_env is not None:
        return _from_environment(args.secret_env)
    if args.secret_file is not None:
        return _from_file(args.secret_file)
    return None


def _from_environment(name: str) -> str:
    value = os.environ.get(name)
    if value is None:
        raise UsageError(f"--secret-env: the environment variable {name} is not set")
    if value == "":
        raise UsageError(f"--secret-env: the environment variable {name} is empty")
    return value


def _from_file(path: str) -> str:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
        raise UsageError(f"--secret-file: cannot read {path}: {reason}") from None
    text = text.removesuffix("\n").removesuffix("\r")
    if text == "":
        raise UsageError(f"--secret-file: {path} is empty")
    return text
