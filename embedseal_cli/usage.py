"""Bad arguments end in one line on stderr and exit 2, never a traceback, never a secret."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

from embedseal_cli.exit_codes import USAGE


class UsageError(Exception):
    """The command cannot run as asked; the message is the whole explanation."""


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the command."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _formatter)
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        """One line: what is wrong and where to look; values of unknown options are hidden
        (one of them might be a secret typed by mistake)."""
        raise UsageError(f"{_redacted(message)} (see {self.prog} --help)")


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=24, width=92)


def _redacted(message: str) -> str:
    head = "unrecognized arguments: "
    if not message.startswith(head):
        return message
    words = message.removeprefix(head).split()
    shown = [word.split("=", 1)[0] for word in words if word.startswith("-")]
    hidden = len(words) - len(shown)
    tail = f" (and {hidden} value(s), not shown)" if hidden else ""
    return head + " ".join(shown) + tail


def die(prog: str, message: str) -> NoReturn:
    """Print ``prog: error: message`` and exit with the usage code."""
    print(f"{prog}: error: {message}", file=sys.stderr)
    raise SystemExit(USAGE)
