"""``embedseal sign``: sign one token (or URL) with a format, printing the sign response."""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

from conformance.reference import EmbedsealError, Signed, sign
from doctor.timefmt import when
from embedseal_cli.clock import add_now_option, now_from
from embedseal_cli.exit_codes import OK, REFUSED
from embedseal_cli.field_input import add_field_options, read_fields
from embedseal_cli.formats import add_format_option, signing_format
from embedseal_cli.secret_input import add_secret_options, read_secret
from embedseal_cli.usage import UsageError
from specmodel.model import Format, Source

DESCRIPTION = """\
Sign a token (or a signed URL) with a format, as the generated SDKs do, and print the
sign response: the token, the embed URL and the members the format's response names.

examples:
  embedseal sign --format embedseal-v1 --secret-env EMBED_SECRET \\
      --set tenant=org-123 --set dashboard=sales-overview --set app_url=https://bi.example.com
  embedseal sign --format papermap-iframe --secret-file key.txt --fields fields.json --json"""


def add_parser(commands: Any) -> None:
    """Register ``sign``."""
    parser = commands.add_parser("sign", help="sign a token with a format", description=DESCRIPTION)
    add_format_option(parser)
    add_secret_options(parser, required=True)
    add_field_options(parser)
    add_now_option(parser)
    parser.add_argument(
        "--random",
        metavar="HEX",
        help="the random bytes to use (reproducible output for tests); default: fresh ones",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Sign and print; exit 1 when the inputs or the key are refused."""
    fmt = signing_format(args.format)
    secret, now = read_secret(args), now_from(args.now)
    assert secret is not None
    fields, random = read_fields(fmt, args), _random(fmt, args.random)
    try:
        signed = sign(fmt, secret, fields, now, random)
    except EmbedsealError as error:
        return _refused(error, args.json)
    print(
        json.dumps(signed.as_json(), ensure_ascii=False) if args.json else _text(fmt, signed, now)
    )
    return OK


def _random(fmt: Format, text: str | None) -> bytes:
    if text is not None:
        try:
            return bytes.fromhex(text)
        except ValueError:
            raise UsageError("--random: expected hex digits") from None
    needed = sum(f.random.bytes for f in fmt.fields if f.source is Source.RANDOM and f.random)
    return os.urandom(needed)


def _refused(error: EmbedsealError, as_json: bool) -> int:
    if as_json:
        print(json.dumps({"ok": False, "error": error.code.value, "detail": error.detail}))
    else:
        print(f"refused: {error.code.value}: {error.detail}")
    return REFUSED


def _text(fmt: Format, signed: Signed, now: int) -> str:
    rows: dict[str, Any] = {"token": signed.token, "url": signed.url}
    rows.update({name: value for name, value in signed.response.items() if name not in rows})
    times = {
        e.name for e in fmt.response if e.field and fmt.field(e.field).shape.type == "unix-time"
    }
    width = max(len(name) for name in rows)
    return "\n".join(
        f"{name:<{width}}  {_shown(value, name in times, now)}"
        for name, value in rows.items()
        if value is not None
    )


def _shown(value: Any, is_time: bool, now: int) -> str:
    if is_time and isinstance(value, int):
        return when(value, now)
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
