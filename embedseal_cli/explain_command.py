"""``embedseal explain``: why a token is refused, check by check, with proofs."""

from __future__ import annotations

import argparse
import json
from typing import Any

from doctor import Report, explain
from embedseal_cli.clock import add_now_option, now_from
from embedseal_cli.exit_codes import OK, REFUSED, UNVERIFIED
from embedseal_cli.explain_text import report_text
from embedseal_cli.formats import add_format_option, other_signing_formats, signing_format
from embedseal_cli.secret_input import add_secret_options, read_secret
from embedseal_cli.token_input import add_token_argument, read_token

DESCRIPTION = """\
Decode every part of a token (or of the embed URL that carries it), print its fields with
times in Unix seconds and ISO 8601 UTC, run the format's checks in the verifier's order,
and say which held, which failed and why. With the secret it also proves what it can: the
secret read in another encoding, another hash, JSON re-spaced after signing, parameters
reordered or re-encoded, a token made for another format; when nothing can be proven it
says "wrong secret or altered content". It never prints the secret, nor more than a short
prefix of a MAC computed with it. Cause codes: docs/reference/doctor.md.

examples:
  embedseal explain --format papermap-iframe "$TOKEN"               # no secret: decode, times
  embedseal explain --format papermap-iframe --secret-env PAPERMAP_SECRET "$URL"
  embedseal explain --format looker-signed-url --secret-file looker.key --json - < url.txt"""


def add_parser(commands: Any) -> None:
    """Register ``explain``."""
    parser = commands.add_parser(
        "explain", help="say why a token is refused", description=DESCRIPTION
    )
    add_format_option(parser)
    add_secret_options(parser, required=False)
    add_now_option(parser)
    parser.add_argument("--json", action="store_true", help="print the report as one JSON object")
    add_token_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Explain and print; the exit code says valid (0), refused (1) or unverified (3)."""
    fmt = signing_format(args.format)
    secret, now, text = read_secret(args), now_from(args.now), read_token(args)
    report = explain(fmt, text, secret, now, other_signing_formats())
    print(json.dumps(report.as_json(), ensure_ascii=False) if args.json else report_text(report))
    return exit_code(report)


def exit_code(report: Report) -> int:
    """0 valid, 1 refused, 3 nothing failed but the signature was not checked."""
    if report.verdict.ok is None:
        return UNVERIFIED
    return OK if report.verdict.ok else REFUSED
