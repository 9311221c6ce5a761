"""``embedseal``: the console command (``[project.scripts]``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from embedseal_cli import explain_command, sign_command, verify_command
from embedseal_cli.exit_codes import HELP as EXIT_CODES
from embedseal_cli.passthrough import COMMANDS, run_passthrough
from embedseal_cli.secret_input import refuse_secret_arguments
from embedseal_cli.usage import Parser, UsageError, die

PROG = "embedseal"
DESCRIPTION = """\
One YAML spec per embed-token format: generate the SDKs, build the test vectors, run the
conformance suite, and sign, verify or explain tokens.

Secrets are read from --secret-file PATH or --secret-env NAME, never from the command
line. --now takes Unix seconds or ISO 8601 (default: the clock); --json prints one JSON
object instead of text."""
EPILOG = f"""{EXIT_CODES}

Run `embedseal COMMAND --help` for a command's options and examples."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit code (bad arguments: one line on stderr, 2)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        return run_passthrough(args[0], args[1:])
    try:
        refuse_secret_arguments(args)
        parsed = parser().parse_args(args)
        code: int = parsed.run(parsed)
    except UsageError as error:
        die(PROG, str(error))
    return code


def parser() -> argparse.ArgumentParser:
    """The command line: the thin project commands, then sign, verify and explain."""
    top = Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG)
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = top.add_subparsers(
        title="commands", metavar="COMMAND", required=True, parser_class=Parser
    )
    for name, (_, summary) in COMMANDS.items():
        commands.add_parser(name, help=summary, add_help=False)
    for command in (sign_command, verify_command, explain_command):
        command.add_parser(commands)
    return top


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("embedseal")
    except PackageNotFoundError:
        return "(not installed)"
