"""Field values: resolving sign inputs (defaults, clock, randomness) and checking shapes.

The same shape check serves signing (code ``invalid_input``) and verification (codes
``missing_claim`` / ``invalid_claim``), so a value one side accepts the other accepts too.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, NoReturn

from conformance.reference import jsontext
from conformance.reference.encodings import encode_bytes
from conformance.reference.errors import EmbedsealError, ErrorCode
from specmodel.model import Field, Placement, Shape, Source

Values = dict[str, Any]
_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "boolean": bool,
    "object": dict,
    "array": list,
    "map": dict,
}


class RandomBytes:
    """Deterministic randomness for vectors: hands out the given bytes in order."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._offset = 0

    def take(self, count: int) -> bytes:
        """The next ``count`` bytes; running out is an input error, not silent reuse."""
        chunk = self._data[self._offset : self._offset + count]
        if len(chunk) < count:
            raise EmbedsealError(ErrorCode.INVALID_INPUT, f"random: needs {count} more bytes")
        self._offset += count
        return chunk


def resolve_inputs(
    fields: Iterable[Field], inputs: Values, now: int, random: RandomBytes
) -> Values:
    """The value of every field that will be signed or placed, in declared order."""
    fields = tuple(fields)
    _refuse_unknown_inputs(fields, inputs)
    values: Values = {}
    for field in fields:
        if field.source is Source.SIGNATURE:
            continue
        value = _resolve_one(field, inputs, now, random)
        if value is not _ABSENT:
            check_shape(field.shape, value, field.name, ErrorCode.INVALID_INPUT)
            values[field.name] = value
    return values


_ABSENT: Any = object()


def _refuse_unknown_inputs(fields: tuple[Field, ...], inputs: Values) -> None:
    accepted = {field.name for field in fields if field.is_input}
    for name in inputs:
        if name not in accepted:
            _fail(ErrorCode.INVALID_INPUT, f"{name!r} is not an input of this format")


def _resolve_one(field: Field, inputs: Values, now: int, random: RandomBytes) -> Any:
    if field.fixed is not None:
        return field.fixed
    if field.name in inputs and inputs[field.name] is not None:
        return inputs[field.name]  # the caller's own value, even for a drawn one (checked)
    if field.source is Source.CLOCK:
        return now
    if field.source is Source.RANDOM:
        assert field.random is not None  # guaranteed by the spec checks
        return _random_text(random.take(field.random.bytes), field.random.encoding)
    if field.default is not None:
        return (
            now + field.default.now_plus
            if field.default.now_plus is not None
            else field.default.value
        )
    if field.required:
        _fail(ErrorCode.INVALID_INPUT, f"{field.name!r} is required")
    return _ABSENT


def _random_text(data: bytes, encoding: str) -> str:
    if encoding == "uuid":  # RFC 9562 version 4: the caller's bytes with version/variant bits set
        return str(uuid.UUID(bytes=data[:16], version=4))
    return encode_bytes(data, encoding)


def check_shape(shape: Shape, value: Any, where: str, code: ErrorCode) -> None:
    """Refuse ``value`` with ``code`` unless it has ``shape`` and meets its constraints."""
    if shape.type == "union":
        check_shape(_variant(shape, value, where, code), value, where, code)
        return
    if not _has_type(shape.type, value):
        _fail(code, f"{where}: expected {shape.type}, got {_json_type(value)}")
    if shape.type == "object":
        _check_object(shape, value, where, code)
    elif shape.type == "array":
        assert shape.items is not None
        for index, item in enumerate(value):
            check_shape(shape.items, item, f"{where}[{index}]", code)
    elif shape.type == "map":
        _check_map(shape, value, where, code)
    _check_constraints(shape, value, where, code)


def _variant(shape: Shape, value: Any, where: str, code: ErrorCode) -> Shape:
    """The union's variant of ``value``'s JSON type (its constraints then apply)."""
    for variant in shape.variants:
        if _has_type(variant.type, value):
            return variant
    kinds = " or ".join(variant.type for variant in shape.variants)
    _fail(code, f"{where}: expected {kinds}, got {_json_type(value)}")


def _has_type(type_name: str, value: Any) -> bool:
    if type_name in ("integer", "unix-time"):
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, _PYTHON_TYPES[type_name])


def _json_type(value: Any) -> str:
    names = {bool: "boolean", int: "integer", str: "string", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _check_object(shape: Shape, value: dict[str, Any], where: str, code: ErrorCode) -> None:
    if shape.is_free_object:
        try:
            jsontext.encode(value, jsontext.JsonProfile())
        except EmbedsealError as error:
            _fail(code, f"{where}: {error.detail}")
        return
    declared = {prop.name for prop in shape.properties}
    for key in value:
        if key not in declared and code is ErrorCode.INVALID_INPUT:
            _fail(code, f"{where}: unknown member {key!r}")
    check_members(shape.properties, value, where, code)
    present = [name for name in shape.exactly_one_of if name in value]
    if shape.exactly_one_of and len(present) != 1:
        _fail(code, f"{where}: exactly one of {', '.join(shape.exactly_one_of)} is required")


def _check_map(shape: Shape, value: dict[str, Any], where: str, code: ErrorCode) -> None:
    """Each key a non-empty text (it names a parameter), each value of the map's value shape."""
    assert shape.values is not None
    for key, item in value.items():
        if not key or not _is_unicode_text(key):
            _fail(code, f"{where}: a key must be non-empty Unicode text, not {key!r}")
        check_shape(shape.values, item, f"{where}[{key!r}]", code)


def check_members(fields: Iterable[Field], value: Values, where: str, code: ErrorCode) -> None:
    """Check declared members in order: absent required → missing, present → its shape."""
    missing = ErrorCode.MISSING_CLAIM if code is ErrorCode.INVALID_CLAIM else code
    for field in fields:
        path = f"{where}.{field.name}" if where else field.name
        if field.name not in value:
            if field.required:
                _fail(missing, f"{path} is required")
            continue
        check_shape(field.shape, value[field.name], path, code)
        if field.fixed is not None and value[field.name] != field.fixed:
            _fail(code, f"{path} must be {field.fixed!r}")


def _check_constraints(shape: Shape, value: Any, where: str, code: ErrorCode) -> None:
    if isinstance(value, str) and not _is_unicode_text(value):
        _fail(code, f"{where}: string holds a lone surrogate")
    if shape.enum and value not in shape.enum:
        _fail(code, f"{where}: {value!r} is not one of {list(shape.enum)}")
    if shape.max_length is not None and len(value) > shape.max_length:
        _fail(code, f"{where}: longer than {shape.max_length} characters")
    if shape.is_integer and abs(value) > jsontext.MAX_SAFE_INTEGER:
        _fail(code, f"{where}: integer outside ±(2^53 - 1)")
    if shape.minimum is not None and value < shape.minimum:
        _fail(code, f"{where}: below the minimum {shape.minimum}")
    if shape.maximum is not None and value > shape.maximum:
        _fail(code, f"{where}: above the maximum {shape.maximum}")


def _is_unicode_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def verified_claims(fields: Iterable[Field], claims: Values) -> None:
    """Check received claims against the fields that travel in the token."""
    carried = [
        f for f in fields if f.placement is not Placement.URL and f.source is not Source.SIGNATURE
    ]
    check_members(carried, claims, "", ErrorCode.INVALID_CLAIM)


def _fail(code: ErrorCode, detail: str) -> NoReturn:
    raise EmbedsealError(code, detail)
