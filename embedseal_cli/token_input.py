"""The token or URL argument: given inline, or ``-`` for standard input."""

from __future__ import annotations

import argparse
import sys

from embedseal_cli.usage import UsageError


def add_token_argument(parser: argparse.ArgumentParser) -> None:
    """``TOKEN_OR_URL``."""
    parser.add_argument(
        "token",
        metavar="TOKEN_OR_URL",
        help="the token, or the embed URL that carries it; - reads it from standard input",
    )


def read_token(args: argparse.Namespace) -> str:
    """The token text; from standard input its one trailing line break is dropped."""
    if args.token != "-":
        return str(args.token)
    text = sys.stdin.read().removesuffix("\n").removesuffix("\r")
    if text == "":
        raise UsageError("no token on standard input")
    return text
