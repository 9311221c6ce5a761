"""Checking field values, shared by signing and verification.

Signing refuses a bad value with :class:`~.errors.InvalidInput`; verification
refuses a missing claim with :class:`~.errors.MissingClaim` and a bad one with
:class:`~.errors.InvalidClaim`. The checks are the same, in the same order, so
a value one side accepts the other accepts too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Mapping
from typing import Any, NamedTuple, TypeVar

from ._encoding import encode_bytes
from ._json import COMPACT, MAX_SAFE_INTEGER, encode_json
from .errors import EmbedsealError, InvalidClaim, InvalidInput, MalformedToken, MissingClaim

__all__ = [
    "CLAIM",
    "INPUT",
    "Checks",
    "array",
    "boolean",
    "exactly_one_of",
    "fixed",
    "free_object",
    "integer",
    "json_object",
    "members",
    "plain_text",
    "random_text",
    "required",
    "string",
    "take_random",
]

_T = TypeVar("_T")


class Checks(NamedTuple):
    """Which errors a failed check raises, and whether unknown members are refused."""

    invalid: type[EmbedsealError]
    missing: type[EmbedsealError]
    refuse_unknown: bool


INPUT = Checks(InvalidInput, InvalidInput, refuse_unknown=True)
"""Checks of sign inputs: every failure is :class:`~.errors.InvalidInput`."""

CLAIM = Checks(InvalidClaim, MissingClaim, refuse_unknown=False)
"""Checks of received claims: unknown members are kept, not refused."""


def _kind(value: object) -> str:
    names = {bool: "boolean", int: "integer", str: "string", dict: "object", list: "array"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def string(
    value: object,
    where: str,
    checks: Checks,
    *,
    max_length: int | None = None,
    enum: Collection[str] = (),
) -> str:
    """Return ``value`` if it is a string meeting the constraints (length in code points)."""
    if not isinstance(value, str):
        raise checks.invalid(f"{where}: expected a string, got {_kind(value)}")
    if enum and value not in enum:
        raise checks.invalid(f"{where}: not one of {', '.join(enum)}")
    if max_length is not None and len(value) > max_length:
        raise checks.invalid(f"{where}: longer than {max_length} characters")
    return value


def integer(
    value: object,
    where: str,
    checks: Checks,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    enum: Collection[int] = (),
) -> int:
    """Return ``value`` if it is an integer within ±(2**53 - 1) and the bounds."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise checks.invalid(f"{where}: expected an integer, got {_kind(value)}")
    if enum and value not in enum:
        raise checks.invalid(f"{where}: not one of the allowed values")
    if abs(value) > MAX_SAFE_INTEGER:
        raise checks.invalid(f"{where}: integer outside ±(2**53 - 1)")
    if minimum is not None and value < minimum:
        raise checks.invalid(f"{where}: below the minimum {minimum}")
    if maximum is not None and value > maximum:
        raise checks.invalid(f"{where}: above the maximum {maximum}")
    return value


def boolean(value: object, where: str, checks: Checks) -> bool:
    """Return ``value`` if it is ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise checks.invalid(f"{where}: expected a boolean, got {_kind(value)}")
    return value


def free_object(value: object, where: str, checks: Checks) -> dict[str, Any]:
    """Return ``value`` if it is a JSON-encodable object with string keys."""
    if not isinstance(value, dict):
        raise checks.invalid(f"{where}: expected an object, got {_kind(value)}")
    try:
        encode_json(value, COMPACT)
    except InvalidInput as error:
        raise checks.invalid(f"{where}: {error}") from None
    return value


def array(
    value: object, where: str, checks: Checks, item: Callable[[object, str, Checks], _T]
) -> list[_T]:
    """Return ``value`` with each item converted by ``item`` if it is a list."""
    if not isinstance(value, list):
        raise checks.invalid(f"{where}: expected an array, got {_kind(value)}")
    return [item(member, f"{where}[{index}]", checks) for index, member in enumerate(value)]


def members(
    value: object, where: str, checks: Checks, declared: Collection[str]
) -> Mapping[str, Any]:
    """Return ``value`` if it is an object (only ``declared`` keys if ``checks.refuse_unknown``)."""
    if not isinstance(value, dict):
        raise checks.invalid(f"{where}: expected an object, got {_kind(value)}")
    if checks.refuse_unknown:
        for key in value:
            if key not in declared:
                raise checks.invalid(f"{where}: unknown member {key!r}")
    return value


def required(received: Mapping[str, Any], where: str, name: str, checks: Checks) -> Any:
    """The member ``name`` of ``received``, refused with ``checks.missing`` when absent."""
    if name not in received:
        raise checks.missing(f"{where} is required")
    return received[name]


def exactly_one_of(
    received: Collection[str], names: tuple[str, ...], where: str, checks: Checks
) -> None:
    """Refuse unless exactly one of ``names`` is among the ``received`` member names."""
    if sum(name in received for name in names) != 1:
        raise checks.invalid(f"{where}: exactly one of {', '.join(names)} is required")


def fixed(value: _T, expected: object, where: str, checks: Checks) -> _T:
    """Return ``value`` if it equals the format's fixed value ``expected``."""
    if value != expected:
        raise checks.invalid(f"{where}: must be {expected!r}")
    return value


def take_random(random_bytes: Callable[[int], bytes], count: int) -> bytes:
    """``count`` bytes from the random source, refused if it gives fewer."""
    data = random_bytes(count)
    if len(data) != count:
        raise InvalidInput(f"the random source gave {len(data)} bytes, {count} are needed")
    return data


def random_text(data: bytes, encoding: str) -> str:
    """Random bytes as text: ``hex``, ``base64url-nopad`` or ``uuid`` (RFC 9562 version 4)."""
    if encoding == "uuid":
        return str(uuid.UUID(bytes=data[:16], version=4))
    if encoding == "hex":
        return data.hex()
    if encoding == "base64url-nopad":
        return encode_bytes(data, "base64url-nopad")
    raise ValueError(f"unknown random encoding {encoding!r}")


def plain_text(value: object) -> str:
    """A value as signed text: strings as they are, integers in decimal, ``true``/``false``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def base_url_text(value: object, where: str) -> str:
    """A value as text placed raw (not %-encoded) in a base URL.

    Raises:
        InvalidInput: the text holds a ``?`` or ``#``, which would end the base URL early
            (the URL could not be read back as it was signed).
    """
    text = plain_text(value)
    if "?" in text or "#" in text:
        raise InvalidInput(f"{where}: '?' and '#' cannot appear here")
    return text


def json_object(value: object, what: str) -> dict[str, Any]:
    """Return ``value`` if it is a parsed JSON object."""
    if not isinstance(value, dict):
        raise MalformedToken(f"the {what} is not a JSON object")
    return value
