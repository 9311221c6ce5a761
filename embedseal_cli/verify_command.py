"""``embedseal verify``: verify a token or embed URL; exit 0 when valid, 1 when refused."""

from __future__ import annotations

import argparse
import json
from typing import Any

from conformance.reference import EmbedsealError, ErrorCode, verify
from doctor import verifier_input
from doctor.timefmt import when
from embedseal_cli.clock import add_now_option, now_from
from embedseal_cli.exit_codes import OK, REFUSED
from embedseal_cli.formats import add_format_option, signing_format
from embedseal_cli.secret_input import add_secret_options, read_secret
from embedseal_cli.token_input import add_token_argument, read_token
from specmodel.model import Format

DESCRIPTION = """\
Verify a token, or the embed URL that carries it, as the generated SDKs do: the same
checks in the same order, the same error codes. Prints the claims when it is valid, the
error code and its detail when it is refused (run `embedseal explain` to see why).

examples:
  embedseal verify --format metabase-embed --secret-env MB_EMBEDDING_SECRET_KEY "$TOKEN"
  pbpaste | embedseal verify --format looker-signed-url --secret-file looker.key --now \\
      2023-11-14T22:15:00Z -"""


def add_parser(commands: Any) -> None:
    """Register ``verify``."""
    parser = commands.add_parser(
        "verify", help="verify a token or embed URL", description=DESCRIPTION
    )
    add_format_option(parser)
    add_secret_options(parser, required=True)
    add_now_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_token_argument(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Verify and print the claims or the refusal."""
    fmt = signing_format(args.format)
    secret, now, text = read_secret(args), now_from(args.now), read_token(args)
    assert secret is not None
    try:
        claims = verify(fmt, secret, _token(fmt, text), now)
    except EmbedsealError as error:
        result = {"ok": False, "error": error.code.value, "detail": error.detail}
        print(json.dumps(result) if args.json else _refusal(fmt, error))
        return REFUSED
    valid = {"ok": True, "claims": claims}
    print(json.dumps(valid, ensure_ascii=False) if args.json else _valid(fmt, claims, now))
    return OK


def _token(fmt: Format, text: str) -> str:
    """The token the verifier takes (out of an embed URL when one was given)."""
    token, _ = verifier_input(fmt, text)
    if token is None:
        raise EmbedsealError(
            ErrorCode.MALFORMED, "the URL carries no token where the format puts it"
        )
    return token


def _refusal(fmt: Format, error: EmbedsealError) -> str:
    return (
        f"refused: {error.code.value}: {error.detail}\n"
        f"(embedseal explain --format {fmt.name} … says why)"
    )


def _valid(fmt: Format, claims: dict[str, Any], now: int) -> str:
    times = {f.name for f in fmt.fields if f.shape.type == "unix-time"}
    width = max((len(name) for name in claims), default=0)
    lines = [
        f"  {name:<{width}}  {_value(value, name in times, now)}" for name, value in claims.items()
    ]
    return "\n".join(["valid", *lines])


def _value(value: Any, is_time: bool, now: int) -> str:
    if is_time and isinstance(value, int):
        return when(value, now)
    return json.dumps(value, ensure_ascii=False)
