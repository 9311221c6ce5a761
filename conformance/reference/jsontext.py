"""JSON as the spec pins it: integers only, strict parsing, byte-exact encoding profiles.

The reference leans on Python's ``json`` module (its output *is* the documented profile) and
adds the refusals the contract requires on top of it. Generated code never uses this module:
each language hand-writes the same rules, and the vectors compare the two.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NoReturn

from conformance.reference.errors import EmbedsealError, ErrorCode

MAX_SAFE_INTEGER = 2**53 - 1
MAX_DEPTH = 64


@dataclass(frozen=True)
class JsonProfile:
    """How one format writes JSON: separators, escaping and key order."""

    item_separator: str = ","
    key_separator: str = ":"
    ascii_only: bool = False
    sort_keys: bool = False


def encode(value: Any, profile: JsonProfile) -> str:
    """Serialize ``value`` exactly as ``profile`` says; floats, unsafe integers and nesting
    deeper than ``MAX_DEPTH`` are refused (a signer must never write what its verifier refuses)."""
    _check_encodable(value, "$")
    _check_depth(value, "$", 1, ErrorCode.INVALID_INPUT)
    return json.dumps(
        value,
        separators=(profile.item_separator, profile.key_separator),
        ensure_ascii=profile.ascii_only,
        sort_keys=profile.sort_keys,
    )


def _check_encodable(value: Any, where: str) -> None:
    if isinstance(value, str):
        _check_text(value, where, ErrorCode.INVALID_INPUT)
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return
    if isinstance(value, int):
        _check_safe_integer(value, where, ErrorCode.INVALID_INPUT)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                _fail(ErrorCode.INVALID_INPUT, f"{where}: object key {key!r} is not a string")
            _check_text(key, f"{where} (a key)", ErrorCode.INVALID_INPUT)
            _check_encodable(item, f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            _check_encodable(item, f"{where}[{index}]")
    elif isinstance(value, float):
        _fail(ErrorCode.INVALID_INPUT, f"{where}: {value!r} is a float; only integers are allowed")
    else:
        _fail(ErrorCode.INVALID_INPUT, f"{where}: {type(value).__name__} is not a JSON value")


def _check_safe_integer(value: int, where: str, code: ErrorCode) -> None:
    if abs(value) > MAX_SAFE_INTEGER:
        _fail(code, f"{where}: integer {value} is outside ±(2^53 - 1)")


def parse(data: str | bytes) -> Any:
    """Parse one JSON document strictly; any deviation raises ``malformed``."""
    text = _as_text(data)
    try:
        value = json.loads(
            text,
            object_pairs_hook=_object_without_duplicates,
            parse_float=_refuse_float,
            parse_int=_safe_int,
            parse_constant=_refuse_constant,
        )
    except EmbedsealError:
        raise
    except (ValueError, RecursionError) as error:
        _fail(ErrorCode.MALFORMED, f"invalid JSON: {error}")
    _check_parsed(value, "$", 1)
    return value


def _as_text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        _fail(ErrorCode.MALFORMED, "JSON text is not valid UTF-8")


def _object_without_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            _fail(ErrorCode.MALFORMED, f"duplicate key {key!r} in one object")
        result[key] = value
    return result


def _refuse_float(text: str) -> NoReturn:
    _fail(ErrorCode.MALFORMED, f"number {text} is not an integer")


def _refuse_constant(text: str) -> NoReturn:
    _fail(ErrorCode.MALFORMED, f"{text} is not JSON")


def _safe_int(text: str) -> int:
    if text == "-0":
        _fail(ErrorCode.MALFORMED, "-0 is not a canonical integer")
    value = int(text)
    _check_safe_integer(value, "number", ErrorCode.MALFORMED)
    return value


def _check_depth(value: Any, where: str, depth: int, code: ErrorCode) -> None:
    if not isinstance(value, Mapping | list | tuple):
        return
    if depth > MAX_DEPTH:
        _fail(code, f"{where}: nesting deeper than {MAX_DEPTH}")
    items = value.values() if isinstance(value, Mapping) else value
    for item in items:
        _check_depth(item, where, depth + 1, code)


def _check_parsed(value: Any, where: str, depth: int) -> None:
    """Refuse lone surrogates (json accepts them) and nesting beyond ``MAX_DEPTH``."""
    if isinstance(value, str):
        _check_scalar_text(value, where)
    elif isinstance(value, dict | list):
        if depth > MAX_DEPTH:
            _fail(ErrorCode.MALFORMED, f"{where}: nesting deeper than {MAX_DEPTH}")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            _check_scalar_text(str(key), where)
            _check_parsed(item, f"{where}.{key}", depth + 1)


def _check_scalar_text(text: str, where: str) -> None:
    _check_text(text, where, ErrorCode.MALFORMED)


def _check_text(text: str, where: str, code: ErrorCode) -> None:
    """A lone surrogate has no UTF-8 form: refuse it before anything tries to encode it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        _fail(code, f"{where}: string holds a lone surrogate")


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
