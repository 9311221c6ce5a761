"""The command lines' parser: a usage error is one line (with did-you-mean), exit status 2.

argparse's own errors print the usage block and then the message; the project's commands
print one line, ``prog: error: message (see --help)``, like every other refusal they make.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from specmodel.suggest import did_you_mean


class Parser(argparse.ArgumentParser):
    """``argparse.ArgumentParser`` with one-line usage errors."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message (see --help)`` and exit 2."""
        print(f"{self.prog}: error: {message} (see --help)", file=sys.stderr)
        raise SystemExit(2)


def choice(kind: str, known: Sequence[str]) -> Callable[[str], str]:
    """An argparse ``type=`` that accepts one of ``known`` and suggests the nearest otherwise."""

    def parse(text: str) -> str:
        if text in known:
            return text
        hint = did_you_mean(text, known) or f" (known: {', '.join(known)})"
        raise argparse.ArgumentTypeError(f"unknown {kind} {text!r}{hint}")

    parse.__name__ = kind  # argparse names the type in some messages
    return parse
