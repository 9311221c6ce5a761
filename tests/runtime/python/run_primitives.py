"""Check the embedseal Python runtime against the shared primitive cases.

Usage: python run_primitives.py path/to/primitives.json

The runtime must be importable as the ``embedseal`` package (for example, a
copy next to this script). The case file is read with the runtime's own JSON
parser. Prints one line per failing case, then "N passed, M failed"; the exit
status is non-zero when any case fails.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from embedseal._crypto import constant_time_equal, decode_secret, hmac_digest
from embedseal._encoding import decode_bytes, encode_bytes, percent_decode, percent_encode
from embedseal._json import COMPACT, JsonProfile, encode_json
from embedseal._json_parser import parse_json
from embedseal.errors import (
    AlgorithmNotAllowed,
    BadSignature,
    EmbedsealError,
    InvalidClaim,
    InvalidInput,
    InvalidKey,
    LifetimeTooLong,
    MalformedToken,
    MissingClaim,
    TokenExpired,
    TokenNotYetValid,
    WeakKey,
)

SCHEMA = "embedseal-primitives/1"

Case = dict[str, Any]

# The error vocabulary of the runtime contract, section 8.
ERROR_CODES: dict[type[EmbedsealError], str] = {
    MalformedToken: "malformed",
    BadSignature: "bad_signature",
    AlgorithmNotAllowed: "alg_not_allowed",
    TokenExpired: "expired",
    TokenNotYetValid: "not_yet_valid",
    LifetimeTooLong: "lifetime_too_long",
    MissingClaim: "missing_claim",
    InvalidClaim: "invalid_claim",
    InvalidInput: "invalid_input",
    InvalidKey: "invalid_key",
    WeakKey: "weak_key",
}


class CaseError(Exception):
    """The runtime's outcome for a case differs from the expected one."""


def expect_equal(what: str, actual: object, expected: object) -> None:
    if actual != expected:
        raise CaseError(f"{what}: got {actual!r}, expected {expected!r}")


def expect_error(code: str, action: Callable[[], object]) -> None:
    try:
        result = action()
    except EmbedsealError as error:
        expect_equal("error code", error.code, code)
        return
    raise CaseError(f"returned {result!r}, expected error {code!r}")


def check_json_encode(case: Case) -> None:
    value = parse_json(case["value_json"])
    profile = JsonProfile(**case["profile"])
    expect_equal("encoded", encode_json(value, profile), case["expected"])


def check_json_parse(case: Case) -> None:
    text: str = case["text"]
    for form in (text, text.encode("utf-8")):
        if case["valid"]:
            expect_equal("re-encoded", encode_json(parse_json(form), COMPACT), case["reencoded"])
        else:
            expect_error("malformed", partial(parse_json, form))


def check_bytes_encode(case: Case) -> None:
    data = bytes.fromhex(case["bytes_hex"])
    expect_equal("encoded", encode_bytes(data, case["encoding"]), case["text"])
    expect_equal("decoded", decode_bytes(case["text"], case["encoding"]).hex(), case["bytes_hex"])


def check_bytes_decode_invalid(case: Case) -> None:
    expect_error("malformed", lambda: decode_bytes(case["text"], case["encoding"]))


def check_secret(case: Case) -> None:
    def decode() -> bytes:
        min_bytes = case.get("min_bytes", 1)
        return decode_secret(case["text"], case["encoding"], min_bytes=min_bytes)

    if "error" in case:
        expect_error(case["error"], decode)
    else:
        expect_equal("key", decode().hex(), case["bytes_hex"])


def check_hmac(case: Case) -> None:
    key = bytes.fromhex(case["key_hex"])
    message = bytes.fromhex(case["message_hex"])
    expect_equal("mac", hmac_digest(case["alg"], key, message).hex(), case["mac_hex"])


def check_percent_encode(case: Case) -> None:
    encoded = percent_encode(case["text"], case["safe"], case["space"])
    expect_equal("encoded", encoded, case["expected"])


def check_percent_decode(case: Case) -> None:
    def decode() -> str:
        return percent_decode(case["text"], plus_is_space=case["plus_is_space"])

    if "error" in case:
        expect_error(case["error"], decode)
    else:
        expect_equal("decoded", decode(), case["expected"])


def check_compare(case: Case) -> None:
    a, b = bytes.fromhex(case["a_hex"]), bytes.fromhex(case["b_hex"])
    expect_equal("equal", constant_time_equal(a, b), case["equal"])


def check_schema(document: Case) -> None:
    expect_equal("schema", document.get("schema"), SCHEMA)


def check_error_codes(_: Case) -> None:
    for error_type, code in ERROR_CODES.items():
        expect_equal(f"{error_type.__name__}.code", error_type("detail").code, code)


def check_unknown_section(_: Case) -> None:
    raise CaseError("no check for this section")


CHECKS: dict[str, Callable[[Case], None]] = {
    "json_encode": check_json_encode,
    "json_parse": check_json_parse,
    "bytes_encode": check_bytes_encode,
    "bytes_decode_invalid": check_bytes_decode_invalid,
    "secrets": check_secret,
    "hmac": check_hmac,
    "percent_encode": check_percent_encode,
    "percent_decode": check_percent_decode,
    "compare": check_compare,
}


def jobs(document: Case) -> Iterator[tuple[str, Callable[[Case], None], Case]]:
    """Yield ``(id, check, case)`` for the file's schema, the error codes and every case."""
    yield "schema", check_schema, document
    yield "error-codes", check_error_codes, {}
    for section, cases in document.items():
        if section != "schema":
            check = CHECKS.get(section, check_unknown_section)
            for case in cases:
                yield f"{section}/{case.get('id', '?')}", check, case


def failure(case: Case, check: Callable[[Case], None]) -> str | None:
    """Run one case; return why it failed, or None when it passed."""
    try:
        check(case)
    except CaseError as error:
        return str(error)
    except Exception as error:  # a crash fails this case, not the whole run
        return f"raised {type(error).__name__}: {error}"
    return None


def run(document: Case) -> tuple[int, list[str]]:
    """Check everything; return the pass count and one line per failure."""
    passed, failures = 0, []
    for case_id, check, case in jobs(document):
        reason = failure(case, check)
        if reason is None:
            passed += 1
        else:
            failures.append(f"FAIL {case_id}: {reason}")
    return passed, failures


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: run_primitives.py path/to/primitives.json", file=sys.stderr)
        return 2
    passed, failures = run(parse_json(Path(argv[0]).read_bytes()))
    for line in failures:
        print(line)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
