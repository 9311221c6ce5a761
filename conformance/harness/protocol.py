"""The JSON-lines protocol (version 1) between the harness and an adapter.

Schemas: ``conformance/protocol/request.schema.json`` and ``response.schema.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

import jsonschema

from conformance.harness.descriptor import ROOT

VERSION = 1
SCHEMAS = ROOT / "conformance" / "protocol"
START_ID = "start"


class ProtocolError(Exception):
    """An answer line that breaks the protocol (not JSON, not an object, wrong id, bad shape)."""


@dataclass(frozen=True)
class Hello:
    """What the adapter said about itself in the handshake."""

    language: str
    runtime: str
    formats: tuple[str, ...]
    operations: tuple[str, ...]
    protocol: int = VERSION  # 0: an adapter without the handshake (legacy)


def start_request() -> dict[str, Any]:
    """The handshake request."""
    return {"id": START_ID, "op": "start", "protocol": VERSION}


def stop_request() -> dict[str, Any]:
    """The last request; adapters exit without answering."""
    return {"op": "stop"}


def encode(message: dict[str, Any]) -> bytes:
    """One request line (ASCII JSON, so no U+2028 splits a line anywhere)."""
    return (json.dumps(message, ensure_ascii=True) + "\n").encode("ascii")


def decode(line: bytes, request_id: str) -> dict[str, Any]:
    """The answer object of one line, checked to be an object echoing ``request_id``."""
    try:
        answer = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProtocolError(f"not JSON: {error}: {_preview(line)}") from None
    if not isinstance(answer, dict):
        raise ProtocolError(f"not a JSON object: {_preview(line)}")
    if answer.get("id") != request_id:
        raise ProtocolError(f"mismatched id: sent {request_id!r}, got {answer.get('id')!r}")
    return answer


def _preview(line: bytes, limit: int = 120) -> str:
    text = line[:limit].decode("utf-8", errors="replace")
    return repr(text) + ("..." if len(line) > limit else "")


@cache
def validator(kind: str) -> jsonschema.Draft202012Validator:
    """The validator for ``"request"`` or ``"response"`` lines."""
    schema = json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def problems(kind: str, message: dict[str, Any]) -> list[str]:
    """Schema violations of one message (empty when it is valid)."""
    return [error.message for error in validator(kind).iter_errors(message)]


def hello(answer: dict[str, Any]) -> Hello:
    """The handshake answer as a :class:`Hello`; ``ProtocolError`` when it is not one."""
    if answer.get("ok") is not True:
        raise ProtocolError(f"handshake refused: {answer.get('error')}: {answer.get('detail')}")
    errors = problems("response", answer)
    if errors or "protocol" not in answer:
        raise ProtocolError("bad handshake answer: " + "; ".join(errors or ["no protocol"]))
    if answer["protocol"] != VERSION:
        raise ProtocolError(f"adapter speaks protocol {answer['protocol']}, harness {VERSION}")
    ops = tuple(answer["operations"])
    return Hello(answer["language"], answer["runtime"], tuple(answer["formats"]), ops)


def legacy_hello(language: str, formats: tuple[str, ...]) -> Hello:
    """Assumed facts for an adapter that answers ``start`` with an error (no handshake yet)."""
    return Hello(language, "unknown (adapter has no handshake)", formats, ("sign", "verify"), 0)
