"""``--now``: Unix seconds or ISO 8601 with a time zone; the clock when absent."""

from __future__ import annotations

import argparse
import math
import re
import time
from datetime import datetime

from embedseal_cli.usage import UsageError

_UNIX = re.compile(r"-?[0-9]+")


def add_now_option(parser: argparse.ArgumentParser) -> None:
    """``--now TIME``."""
    parser.add_argument(
        "--now",
        metavar="TIME",
        help="the time to check against: Unix seconds (1700000000) or ISO 8601 with a zone "
        "(2023-11-14T22:13:20Z); default: this machine's clock",
    )


def now_from(text: str | None) -> int:
    """Unix seconds for ``--now`` (the clock when None)."""
    if text is None:
        return int(time.time())
    if _UNIX.fullmatch(text.strip()):
        return int(text)
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--now: {text!r} is neither Unix seconds nor ISO 8601 (e.g. 2023-11-14T22:13:20Z)"
        ) from None
    if moment.tzinfo is None:
        raise UsageError(f"--now: {text!r} has no time zone; add Z for UTC, or +hh:mm")
    return math.floor(moment.timestamp())
