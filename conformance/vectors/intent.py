"""What a sign call *should* answer, worked out independently of the reference.

The vectors' expected results always come from the reference; these rules only let the
generator notice when the reference disagrees with what a case was built to test.
"""

from __future__ import annotations

from typing import Any

from conformance.vectors.cases import OK, Fields
from conformance.vectors.keys import key_problem
from specmodel.model import Family, Field, Format, Placement, Shape

MAX_SAFE = 2**53 - 1
MAX_DEPTH = 64
INVALID_INPUT = "invalid_input"
# A raw base-URL placeholder holding one of these would end the base early: it could not be
# read back, so a signer refuses it.
_ENDS_BASE = "?#"


def sign_intent(fmt: Format, secret: str, fields: Fields) -> str:
    """``ok`` or the error code a correct implementation gives for this sign call."""
    problem = key_problem(fmt, secret)
    if problem is not None:
        return problem
    return OK if _inputs_ok(fmt, fields) else INVALID_INPUT


def _inputs_ok(fmt: Format, fields: Fields) -> bool:
    inputs = {field.name: field for field in fmt.fields if field.is_input}
    if any(name not in inputs for name in fields):
        return False
    for name, field in inputs.items():
        value = fields.get(name)
        if value is None:
            if field.required and field.default is None and not field.is_drawn:
                return False
        elif not _acceptable(fmt, field, value):
            return False
    return all(_fits_base(fmt, fmt.field(name), fields) for name in _raw_base_fields(fmt))


def _acceptable(fmt: Format, field: Field, value: Any) -> bool:
    """A given value: of its shape, writable within the depth limit, and (spread) no member
    taking a declared or registered claim's name."""
    if not valid(field.shape, value) or not _writable(fmt, field, value):
        return False
    return not field.spread or _spreadable(fmt, value)


def _spreadable(fmt: Format, members: dict[str, Any]) -> bool:
    """A spread object's members may not name a declared field or a registered claim."""
    return not any(name in fmt.taken_claim_names for name in members)


def _writable(fmt: Format, field: Field, value: Any) -> bool:
    """Whether the JSON ``value`` is written into stays within ``MAX_DEPTH`` levels of nesting
    (a signer must never write what its verifier refuses)."""
    start = _json_start(fmt, field)
    return start is None or start + nesting(value) <= MAX_DEPTH


def _json_start(fmt: Format, field: Field) -> int | None:
    """Levels of JSON around ``field``'s value where it is written (None: never as JSON)."""
    if fmt.family is not Family.SIGNED_URL and field.placement is not Placement.URL:
        return 1  # a member of the JWS header or payload, or of the envelope object
    message = fmt.signature.message
    parts = message.parts if message is not None else ()
    places = [(p.field, p.encode) for p in parts] + [(q.field, q.encode) for q in fmt.url.query]
    return 0 if (field.name, "json") in places else None


def nesting(value: Any) -> int:
    """Levels of arrays and objects in ``value``: 0 for a scalar, 1 for ``[]`` or ``[1]``."""
    if isinstance(value, dict):
        items = list(value.values())
    elif isinstance(value, list):
        items = value
    else:
        return 0
    return 1 + max((nesting(item) for item in items), default=0)


def _raw_base_fields(fmt: Format) -> list[str]:
    """Fields written into the URL base as they are (not %-encoded)."""
    return [
        part.placeholder
        for part in fmt.url.base
        if part.placeholder not in (None, "token") and not part.percent
    ]


def _fits_base(fmt: Format, field: Field, fields: Fields) -> bool:
    value = fields.get(field.name)
    if value is None and field.default is not None:
        value = field.default.value
    return not (isinstance(value, str) and any(char in value for char in _ENDS_BASE))


def valid(shape: Shape, value: Any) -> bool:
    """Whether ``value`` has ``shape`` and meets its constraints."""
    if shape.type == "union":
        return any(valid(variant, value) for variant in shape.variants)
    if not _typed(shape.type, value):
        return False
    if shape.type == "object":
        return _object_ok(shape, value)
    if shape.type == "array":
        return shape.items is None or all(valid(shape.items, item) for item in value)
    if shape.type == "map":
        assert shape.values is not None
        return all(key and valid(shape.values, item) for key, item in value.items())
    return _constraints_ok(shape, value)


def _typed(kind: str, value: Any) -> bool:
    if kind in ("integer", "unix-time"):
        return type(value) is int
    python = {"string": str, "boolean": bool, "object": dict, "array": list, "map": dict}[kind]
    return isinstance(value, python)


def _constraints_ok(shape: Shape, value: Any) -> bool:
    if shape.enum and value not in shape.enum:
        return False
    if shape.max_length is not None and len(value) > shape.max_length:
        return False
    if shape.is_integer and abs(value) > MAX_SAFE:
        return False
    too_low = shape.minimum is not None and value < shape.minimum
    return not too_low and not (shape.maximum is not None and value > shape.maximum)


def _object_ok(shape: Shape, value: dict[str, Any]) -> bool:
    if shape.is_free_object:
        return json_safe(value)
    declared = {member.name: member for member in shape.properties}
    if any(name not in declared for name in value):
        return False
    for name, member in declared.items():
        if name not in value:
            if member.required:
                return False
        elif not valid(member.shape, value[name]):
            return False
    chosen = [name for name in shape.exactly_one_of if name in value]
    return not shape.exactly_one_of or len(chosen) == 1


def json_safe(value: Any) -> bool:
    """JSON the contract allows: no floats, integers within ±(2^53 - 1), string keys."""
    if isinstance(value, dict):
        keys_ok = all(isinstance(key, str) for key in value)
        return keys_ok and all(json_safe(item) for item in value.values())
    if isinstance(value, list):
        return all(json_safe(item) for item in value)
    if type(value) is int:
        return abs(value) <= MAX_SAFE
    return value is None or isinstance(value, str | bool)
