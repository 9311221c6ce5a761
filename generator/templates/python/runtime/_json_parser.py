"""Strict JSON parsing for verification.

A token is refused, with :class:`~.errors.MalformedToken`, when its JSON is
anything but one plain document that every parser reads the same way:

* invalid UTF-8, a byte order mark, an empty document or trailing data;
* a number with a fraction or exponent, a leading zero or ``+``, ``-0``, or an
  integer beyond ±(2**53 - 1);
* a raw control character, an invalid escape or a lone surrogate in a string;
* a key that appears twice in one object;
* nesting deeper than :data:`~._json.MAX_DEPTH`.

Whitespace between tokens is space, tab, LF and CR only.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

from ._json import MAX_DEPTH, MAX_SAFE_INTEGER
from .errors import MalformedToken

__all__ = ["parse_json"]

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_DIGITS = frozenset("0123456789")
_STRING_SPECIAL = re.compile(r'["\\\x00-\x1f\ud800-\udfff]')
_HEX4 = re.compile(r"[0-9a-fA-F]{4}")
_HIGH_SURROGATES = range(0xD800, 0xDC00)
_LOW_SURROGATES = range(0xDC00, 0xE000)
_LITERALS: dict[str, object] = {"true": True, "false": False, "null": None}
_UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def parse_json(text: str | bytes) -> Any:
    """Parse one JSON document strictly; ``bytes`` must be UTF-8.

    Objects become ``dict`` in document order, arrays ``list``.

    Raises:
        MalformedToken: the text is not one strict JSON document (see the
            module docstring for what is refused).
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise MalformedToken("JSON text is not valid UTF-8") from None
    return _Parser(text).document()


class _Parser:
    """A recursive-descent parser; ``_pos`` is the index of the next unread character."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._pos = 0

    def document(self) -> Any:
        if self._text.startswith("\ufeff"):
            self._fail("a byte order mark is not allowed")
        value = self._value(0)
        self._skip_whitespace()
        if self._pos != len(self._text):
            self._fail("unexpected data after the document")
        return value

    def _value(self, depth: int) -> Any:
        char = self._peek()
        if char == "{":
            return self._object(depth + 1)
        if char == "[":
            return self._array(depth + 1)
        if char == '"':
            return self._string()
        if char == "-" or char in _DIGITS:
            return self._integer()
        for literal, value in _LITERALS.items():
            if self._text.startswith(literal, self._pos):
                self._pos += len(literal)
                return value
        self._fail("expected a JSON value")

    def _object(self, depth: int) -> dict[str, Any]:
        self._enter(depth)
        result: dict[str, Any] = {}
        if self._consume("}"):
            return result
        while True:
            if self._peek() != '"':
                self._fail("expected a string key")
            key = self._string()
            if key in result:
                self._fail(f"duplicate key {key!r}")
            self._expect(":")
            result[key] = self._value(depth)
            if self._consume("}"):
                return result
            self._expect(",")

    def _array(self, depth: int) -> list[Any]:
        self._enter(depth)
        result: list[Any] = []
        if self._consume("]"):
            return result
        while True:
            result.append(self._value(depth))
            if self._consume("]"):
                return result
            self._expect(",")

    def _enter(self, depth: int) -> None:
        if depth > MAX_DEPTH:
            self._fail(f"nesting is deeper than {MAX_DEPTH}")
        self._pos += 1

    def _integer(self) -> int:
        match = _INTEGER.match(self._text, self._pos)
        if match is None:
            self._fail("expected a digit")
        literal = match.group()
        following = self._text[match.end() : match.end() + 1]
        if following in {".", "e", "E"}:
            self._fail("only integers are allowed")
        if following in _DIGITS:
            self._fail("leading zeros are not allowed")
        if literal == "-0":
            self._fail("-0 is not allowed")
        if len(literal.lstrip("-")) > len(str(MAX_SAFE_INTEGER)):
            self._fail("integer is outside ±(2**53 - 1)")
        value = int(literal)
        if abs(value) > MAX_SAFE_INTEGER:
            self._fail("integer is outside ±(2**53 - 1)")
        self._pos = match.end()
        return value

    def _string(self) -> str:
        self._pos += 1  # the opening quote
        chunks: list[str] = []
        while True:
            special = _STRING_SPECIAL.search(self._text, self._pos)
            if special is None:
                self._pos = len(self._text)
                self._fail("unterminated string")
            chunks.append(self._text[self._pos : special.start()])
            self._pos = special.start()
            char = special.group()
            if char == '"':
                self._pos += 1
                return "".join(chunks)
            if char == "\\":
                chunks.append(self._escape())
            elif char < " ":
                self._fail("raw control character in a string")
            else:
                self._fail("lone surrogate in a string")

    def _escape(self) -> str:
        char = self._text[self._pos + 1 : self._pos + 2]
        if char == "u":
            self._pos += 2
            return self._unicode_escape()
        if char not in _UNESCAPES:
            self._fail("invalid escape sequence")
        self._pos += 2
        return _UNESCAPES[char]

    def _unicode_escape(self) -> str:
        code_unit = self._hex4()
        if code_unit in _LOW_SURROGATES:
            self._fail("lone low surrogate")
        if code_unit not in _HIGH_SURROGATES:
            return chr(code_unit)
        if not self._text.startswith("\\u", self._pos):
            self._fail("lone high surrogate")
        self._pos += 2
        low = self._hex4()
        if low not in _LOW_SURROGATES:
            self._fail("lone high surrogate")
        return chr(0x10000 + (code_unit - 0xD800) * 0x400 + (low - 0xDC00))

    def _hex4(self) -> int:
        digits = _HEX4.match(self._text, self._pos)
        if digits is None:
            self._fail("\\u must be followed by four hex digits")
        self._pos = digits.end()
        return int(digits.group(), 16)

    def _peek(self) -> str:
        self._skip_whitespace()
        return self._text[self._pos : self._pos + 1]

    def _consume(self, token: str) -> bool:
        if self._peek() != token:
            return False
        self._pos += 1
        return True

    def _expect(self, token: str) -> None:
        if not self._consume(token):
            self._fail(f"expected {token!r}")

    def _skip_whitespace(self) -> None:
        match = _WHITESPACE.match(self._text, self._pos)
        if match is not None:
            self._pos = match.end()

    def _fail(self, reason: str) -> NoReturn:
        raise MalformedToken(f"invalid JSON at offset {self._pos}: {reason}")
