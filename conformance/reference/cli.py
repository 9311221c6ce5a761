"""``python -m conformance.reference sign|verify|exchange|revoke --format NAME --input FILE``.

Prints one JSON object. Exit 0 when the operation ran (a refused token is a result);
exit 2 with one line on stderr for a bad spec, a bad input file, an unknown format or an
operation the format's family does not have. Secrets are never echoed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, NoReturn

from conformance.reference.errors import EmbedsealError
from conformance.reference.exchange_cli import EXCHANGE_REQUIRED, REVOKE_REQUIRED, run_exchange
from conformance.reference.sign import sign
from conformance.reference.verify import verify
from specmodel import ExchangeFormat, FormatNotFoundError, Spec, SpecErrors, resolve_format
from specmodel.argparsing import Parser, choice
from specmodel.model import Format

_REQUIRED = {
    "sign": ("secret", "now", "fields"),
    "verify": ("secret", "now", "token"),
    "exchange": EXCHANGE_REQUIRED,
    "revoke": REVOKE_REQUIRED,
}
_EXCHANGE_OPERATIONS = ("exchange", "revoke")


class InputError(Exception):
    """The input file is not what the command needs."""


class UsageError(Exception):
    """The operation does not apply to the format."""


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, run one operation, print its JSON result."""
    args = _parser().parse_args(argv)
    try:
        fmt = resolve_format(args.format)
        _check_operation(args.operation, fmt)
        document = _read_input(args.input, args.operation)
        result = _run(args.operation, fmt, document)
    except SpecErrors as error:
        _die(
            f"bad spec: {error.errors[0]}"
            + (f" (+{len(error.errors) - 1} more)" if len(error.errors) > 1 else "")
        )
    except (FormatNotFoundError, UsageError) as error:
        _die(str(error))
    except InputError as error:
        _die(f"bad input {args.input}: {error}")
    print(json.dumps(result, ensure_ascii=False, sort_keys=False))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = Parser(prog="python -m conformance.reference", description=__doc__.split("\n")[0])
    operations = tuple(_REQUIRED)
    parser.add_argument(
        "operation", type=choice("operation", operations), metavar="{" + ",".join(operations) + "}"
    )
    parser.add_argument("--format", required=True, help="format name or path to a YAML file")
    parser.add_argument("--input", required=True, help="JSON input file, or - for stdin")
    return parser


def _read_input(path: str, operation: str) -> dict[str, Any]:
    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        document = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InputError(str(error)) from None
    except RecursionError:
        raise InputError("JSON nested too deeply") from None
    if not isinstance(document, dict):
        raise InputError("expected a JSON object")
    for key in _REQUIRED[operation]:
        if key not in document:
            raise InputError(f"missing {key!r}")
    _check_types(document)
    return document


def _check_types(document: dict[str, Any]) -> None:
    if not isinstance(document["secret"], str):
        raise InputError("'secret' must be a string")
    if not isinstance(document["now"], int) or isinstance(document["now"], bool):
        raise InputError("'now' must be an integer (Unix seconds)")
    if "fields" in document and not isinstance(document["fields"], dict):
        raise InputError("'fields' must be an object")
    if "token" in document and not isinstance(document["token"], str):
        raise InputError("'token' must be a string")
    if "response" in document and not isinstance(document["response"], dict):
        raise InputError("'response' must be an object (status, headers, body)")
    random = document.get("random", "")
    try:
        bytes.fromhex(random)
    except (TypeError, ValueError):
        raise InputError("'random' must be a hex string") from None


def _check_operation(operation: str, fmt: Spec) -> None:
    if isinstance(fmt, ExchangeFormat) != (operation in _EXCHANGE_OPERATIONS):
        mine = _EXCHANGE_OPERATIONS if isinstance(fmt, ExchangeFormat) else ("sign", "verify")
        raise UsageError(
            f"{operation} does not apply to {fmt.name}, {_a(fmt.family)} format "
            f"(its operations: {', '.join(mine)})"
        )


def _a(word: str) -> str:
    return f"an {word}" if word[0] in "aeiou" else f"a {word}"


def _run(operation: str, fmt: Spec, document: dict[str, Any]) -> dict[str, Any]:
    if isinstance(fmt, ExchangeFormat):
        return run_exchange(operation, fmt, document)
    return _run_signing(operation, fmt, document)


def _run_signing(operation: str, fmt: Format, document: dict[str, Any]) -> dict[str, Any]:
    try:
        if operation == "sign":
            random = bytes.fromhex(document.get("random", ""))
            return sign(
                fmt, document["secret"], document["fields"], document["now"], random
            ).as_json()
        return {
            "ok": True,
            "claims": verify(fmt, document["secret"], document["token"], document["now"]),
        }
    except EmbedsealError as error:
        return {"ok": False, "error": error.code.value, "detail": error.detail}


def _die(message: str) -> NoReturn:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(2)
