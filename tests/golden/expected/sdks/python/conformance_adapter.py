# Code generated from spec/formats/ — do not edit.

"""Conformance adapter: JSON requests on stdin, one JSON answer per line on stdout.

Run from the SDK root with ``PYTHONPATH=src python3 conformance_adapter.py``. Not part of the
package: it only proves the modules against the shared vectors.
"""

from __future__ import annotations

import io
import json
import platform
import sys
from collections.abc import Callable
from typing import Any

from embedseal import golden_claims, golden_envelope, golden_lines

Handler = Callable[[dict[str, Any]], dict[str, Any]]


class _OutOfRandomnessError(Exception):
    """The request's test randomness ran out: an input error, never silent reuse."""

    code = "invalid_input"


def _random_source(hex_text: str) -> Callable[[int], bytes]:
    data = bytes.fromhex(hex_text)
    offset = 0

    def take(count: int) -> bytes:
        nonlocal offset
        chunk = data[offset : offset + count]
        if len(chunk) < count:
            raise _OutOfRandomnessError(f"the test randomness needs {count} more bytes")
        offset += count
        return chunk

    return take


# Each format's file has its own error class (it stands alone); all carry ``code``.
_ERRORS: tuple[type[Exception], ...] = (
    _OutOfRandomnessError,
    golden_claims.GoldenClaimsError,
    golden_envelope.GoldenEnvelopeError,
    golden_lines.GoldenLinesError,
)


def _sign_golden_claims(request: dict[str, Any]) -> dict[str, Any]:
    signed = golden_claims.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_golden_claims(request: dict[str, Any]) -> dict[str, Any]:
    claims = golden_claims.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_golden_envelope(request: dict[str, Any]) -> dict[str, Any]:
    signed = golden_envelope.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
        random_bytes=_random_source(request.get("random", "")),
    )
    answer: dict[str, Any] = {"ok": True}
    answer["token"] = signed.token
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_golden_envelope(request: dict[str, Any]) -> dict[str, Any]:
    claims = golden_envelope.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


def _sign_golden_lines(request: dict[str, Any]) -> dict[str, Any]:
    signed = golden_lines.sign(
        request["fields"],
        request["secret"],
        now=request["now"],
    )
    answer: dict[str, Any] = {"ok": True}
    answer.update(url=signed.url, signature=signed.signature, response=signed.response)
    return answer


def _verify_golden_lines(request: dict[str, Any]) -> dict[str, Any]:
    claims = golden_lines.verify(request["token"], request["secret"], now=request["now"])
    return {"ok": True, "claims": claims}


_HANDLERS: dict[tuple[str, str], Handler] = {
    ("sign", "golden-claims"): _sign_golden_claims,
    ("verify", "golden-claims"): _verify_golden_claims,
    ("sign", "golden-envelope"): _sign_golden_envelope,
    ("verify", "golden-envelope"): _verify_golden_envelope,
    ("sign", "golden-lines"): _sign_golden_lines,
    ("verify", "golden-lines"): _verify_golden_lines,
}


PROTOCOL = 1
FORMATS = [
    "golden-claims",
    "golden-envelope",
    "golden-lines",
]


def _hello(request: dict[str, Any]) -> dict[str, Any]:
    """The answer to the protocol handshake ``{"op": "start", "protocol": 1}``."""
    if request.get("protocol") != PROTOCOL:
        return {"ok": False, "error": "unsupported_protocol", "detail": f"speaks {PROTOCOL}"}
    runtime = f"{platform.python_implementation()} {platform.python_version()}"
    return {
        "ok": True,
        "protocol": PROTOCOL,
        "language": "python",
        "runtime": runtime,
        "formats": FORMATS,
        "operations": ["sign", "verify"],
    }


def _answer(request: dict[str, Any]) -> dict[str, Any]:
    if request.get("op") == "start":
        return _hello(request)
    try:
        handler = _HANDLERS[(request["op"], request["format"])]
        return handler(request)
    except _ERRORS as error:
        answer: dict[str, Any] = {"ok": False, "error": getattr(error, "code", "adapter_error")}
        if getattr(error, "retry_after", None) is not None:
            answer["retry_after"] = getattr(error, "retry_after", None)
        return answer
    except Exception as error:  # every other failure is reported, not fatal
        return {"ok": False, "error": "adapter_error", "detail": f"{type(error).__name__}: {error}"}


def main() -> int:
    """Answer ``start`` and case requests until ``{"op": "stop"}`` or the end of input."""
    for line in io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"):
        if not line.strip():
            continue
        request = json.loads(line)
        if request.get("op") == "stop":
            return 0
        answer = {"id": request.get("id"), **_answer(request)}
        sys.stdout.write(json.dumps(answer) + "\n")  # ASCII: no U+2028 etc. to split lines
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
