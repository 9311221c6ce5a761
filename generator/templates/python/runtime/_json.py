"""JSON encoding as embedseal pins it, byte for byte.

Only integers are numbers here: a float anywhere, or an integer beyond
±(2**53 - 1), is refused. Output follows a :class:`JsonProfile`, so the signed
bytes are the same in every embedseal SDK. The strict parser that goes with it
is in :mod:`._json_parser`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .errors import InvalidInput

__all__ = ["COMPACT", "MAX_DEPTH", "MAX_SAFE_INTEGER", "JsonProfile", "encode_json"]

MAX_SAFE_INTEGER = 2**53 - 1
"""The largest integer magnitude every language represents exactly."""

MAX_DEPTH = 64
"""The deepest nesting of arrays and objects that is written or accepted."""


@dataclass(frozen=True)
class JsonProfile:
    """How one token format writes JSON.

    The output is exactly that of ``json.dumps(value, separators=(item_separator,
    key_separator), ensure_ascii=ascii_only, sort_keys=sort_keys)``.
    """

    item_separator: str = ","
    key_separator: str = ":"
    ascii_only: bool = False
    sort_keys: bool = False


COMPACT = JsonProfile()
"""No spaces, raw UTF-8, keys in the order given."""

_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')
_NEEDS_ESCAPE_ASCII = re.compile(r'["\\]|[^\x20-\x7e]')
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def encode_json(value: object, profile: JsonProfile = COMPACT) -> str:
    """Serialize ``value`` as JSON text following ``profile``.

    ``value`` is built from ``dict`` (any ``Mapping`` with ``str`` keys),
    ``list`` or ``tuple``, ``str``, ``int``, ``bool`` and ``None``.

    Raises:
        InvalidInput: ``value`` holds a float, an integer beyond
            ±(2**53 - 1), a string with a lone surrogate, a non-string key,
            nesting deeper than :data:`MAX_DEPTH` (so also a value that
            contains itself), or a non-JSON type. A signer never writes what
            its verifier's parser refuses.
    """
    return _Encoder(profile).value(value, "$", 0)


class _Encoder:
    """Writes values as JSON text; ``path`` names the position for error messages."""

    def __init__(self, profile: JsonProfile) -> None:
        self._profile = profile
        self._escapes = _NEEDS_ESCAPE_ASCII if profile.ascii_only else _NEEDS_ESCAPE

    def value(self, value: object, path: str, depth: int) -> str:
        match value:
            case None:
                return "null"
            case bool():
                return "true" if value else "false"
            case int():
                return self._integer(value, path)
            case str():
                return self._string(value, path)
            case Mapping():
                return self._object(value, path, depth + 1)
            case list() | tuple():
                return self._array(value, path, depth + 1)
            case float():
                raise InvalidInput(f"{path}: floats are not allowed, only integers")
            case _:
                raise InvalidInput(f"{path}: {type(value).__name__} is not a JSON value")

    def _integer(self, value: int, path: str) -> str:
        if abs(value) > MAX_SAFE_INTEGER:
            raise InvalidInput(f"{path}: integer is outside ±(2**53 - 1)")
        return str(int(value))

    def _string(self, value: str, path: str) -> str:
        if _SURROGATE.search(value):
            raise InvalidInput(f"{path}: string holds a lone surrogate")
        return '"' + self._escapes.sub(_escape, value) + '"'

    def _object(self, value: Mapping[object, object], path: str, depth: int) -> str:
        _check_depth(depth, path)
        members: list[tuple[str, object]] = []
        for key, item in value.items():
            if not isinstance(key, str):
                raise InvalidInput(f"{path}: object key {key!r} is not a string")
            members.append((key, item))
        if self._profile.sort_keys:
            members.sort(key=lambda member: member[0])
        separator = self._profile.key_separator
        encoded = (
            self._string(key, path) + separator + self.value(item, f"{path}.{key}", depth)
            for key, item in members
        )
        return "{" + self._profile.item_separator.join(encoded) + "}"

    def _array(self, value: list[object] | tuple[object, ...], path: str, depth: int) -> str:
        _check_depth(depth, path)
        encoded = (self.value(item, f"{path}[{index}]", depth) for index, item in enumerate(value))
        return "[" + self._profile.item_separator.join(encoded) + "]"


def _check_depth(depth: int, path: str) -> None:
    if depth > MAX_DEPTH:
        raise InvalidInput(f"{path}: nesting is deeper than {MAX_DEPTH}")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[char]
    code_point = ord(char)
    if code_point <= 0xFFFF:
        return f"\\u{code_point:04x}"
    high, low = divmod(code_point - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"
