"""Why decoded bytes are not the JSON object a token needs, and at which byte."""

from __future__ import annotations

import json
from typing import Any

from conformance.reference import jsontext
from conformance.reference.errors import EmbedsealError
from doctor.causes import Cause
from doctor.escape import window
from doctor.report import Diagnosis


def json_value_fault(data: bytes, part: str) -> Diagnosis | None:
    """The fault that keeps ``data`` from being JSON the verifier accepts; None when it is."""
    text, syntax = _syntax_fault(data, part)
    if syntax is not None:
        return syntax
    try:
        jsontext.parse(text)
    except EmbedsealError as error:
        summary = f"{part}: JSON the verifier refuses: {error.detail}"
        return Diagnosis(Cause.JSON_REFUSED, summary, {"part": part, "reason": error.detail})
    return None


def json_object_fault(data: bytes, part: str) -> Diagnosis | None:
    """The fault that keeps ``data`` from being a JSON object; None when it is one."""
    fault = json_value_fault(data, part)
    if fault is not None:
        return fault
    value = jsontext.parse(data)
    if not isinstance(value, dict):
        kind = _json_kind(value)
        summary = f"{part}: JSON {kind}, not the object a token holds"
        return Diagnosis(Cause.JSON_NOT_OBJECT, summary, {"part": part, "kind": kind})
    return None


def _syntax_fault(data: bytes, part: str) -> tuple[str, Diagnosis | None]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return "", _at(data, error.start, part, "the bytes are not UTF-8")
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return text, _at(data, len(text[: error.pos].encode("utf-8")), part, error.msg)
    except RecursionError:
        return text, _at(data, 0, part, "nested too deeply")
    return text, None


def _at(data: bytes, offset: int, part: str, reason: str) -> Diagnosis:
    summary = f"{part}: not JSON at byte {offset} ({reason}): …{window(data, offset)}…"
    evidence = {"part": part, "offset": offset, "reason": reason, "near": window(data, offset)}
    return Diagnosis(Cause.JSON_SYNTAX, summary, evidence)


def _json_kind(value: Any) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number"}
    return "null" if value is None else kinds.get(type(value), "value")
