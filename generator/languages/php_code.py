"""PHP code as PSR-12 and phpcs lay it out: a function's signature, lists filled to 120
columns, concatenations and calls broken past them; and the base of the PHP template helpers
(the literals they write, a \\stdClass property).

Everything the PHP helpers decide is decided at generation time, so the generated code stays
straight-line.
"""

from __future__ import annotations

import re
from typing import Any


class PhpCode:
    """The base of the template helpers of :class:`generator.languages.php.Php` (mixins: they
    use ``string_literal`` and ``literal``, which the language class writes)."""

    def string_literal(self, text: str) -> str:
        raise NotImplementedError

    def literal(self, value: Any) -> str:
        raise NotImplementedError

    def property(self, wire: str) -> str:
        """A property of a \\stdClass for a wire name: ``exp``, or ``{'http://…'}``."""
        return (
            wire
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", wire)
            else f"{{{self.string_literal(wire)}}}"
        )

    def signature(self, head: str, params: list[str], returns: str, indent: int) -> str:
        """A function's signature and its opening brace: on its own line below a one-line
        signature, or PSR-12's one parameter per line past 120 columns ending in ``) {``."""
        line = f"{head}({', '.join(params)}): {returns}"
        if indent + len(line) <= 120:
            return f"{line}\n{{"
        inner = "".join(f"    {param},\n" for param in params)
        return f"{head}(\n{inner}): {returns} {{"

    def fill(self, items: list[str], indent: int, lead: str = "", trailing: bool = True) -> str:
        """Items separated by ", ", filled into lines of at most 120 columns (a ``lead`` such as
        ``"     *     "`` replaces the indentation; a trailing comma ends the last line). An item
        too long for a line of its own breaks after its inner commas."""
        lead = lead or " " * indent
        width = 120 - len(lead)
        pieces: list[str] = []
        for item in items:
            if len(item) + 1 <= width:
                pieces.append(item + ",")
                continue
            words = item.split(", ")
            pieces += [word + "," for word in words[:-1]] + [words[-1] + ","]
        lines, line = [], ""
        for piece in pieces:
            candidate = f"{line} {piece}" if line else piece
            if line and len(candidate) > width:
                lines.append(line)
                candidate = piece
            line = candidate
        lines.append(line if trailing else line.removesuffix(","))
        return "\n".join(lead + text for text in lines)

    def join_literals(self, expr: str) -> str:
        """``'a' . 'b'`` → ``'ab'``: adjacent plain single-quoted literals of a concatenation."""
        pattern = re.compile(r"'([^'\\\\]*)' \. '([^'\\\\]*)'")
        while pattern.search(expr):
            expr = pattern.sub(r"'\1\2'", expr, count=1)
        return expr

    def return_concat(self, expr: str, indent: int) -> str:
        """``return <expr>;``, a concatenation broken before its top-level ``.`` operators
        (continuations indented four more) where one line would pass 120 columns."""
        pad = " " * indent
        line = f"{pad}return {expr};"
        if len(line) <= 120:
            return line
        pieces = _top_level_concat(expr)
        lines = [f"{pad}return {pieces[0]}"]
        for piece in pieces[1:]:
            joined = f"{lines[-1]} . {piece}"
            if len(lines) > 1 and len(joined) < 120:
                lines[-1] = joined
            else:
                lines.append(f"{pad}    . {piece}")
        return "\n".join(lines) + ";"

    def wrap_call(self, expr: str, column: int, tail: int = 1) -> str:
        """A call ``self::f(a, b)`` starting at ``column``, its arguments one per line (PSR-12,
        continuations indented four more than the line it starts) when the line, ``tail``
        characters after it included, would pass 120 columns, or when an argument takes lines
        of its own (an arrow function checking a union's items)."""
        head, _, rest = expr.partition("(")
        one_line = "\n" not in expr and column + len(expr) + tail <= 120
        if one_line or not rest.endswith(")") or not head.startswith("self::"):
            return expr
        args = [arg.replace("\n", "\n    ") for arg in _top_level(rest[:-1], ", ")]
        return head + "(\n" + "".join(f"    {arg},\n" for arg in args) + ")"


def _top_level_concat(expr: str) -> list[str]:
    """The operands of ``expr``'s top-level `` . `` operators (outside brackets and quotes)."""
    return _top_level(expr, " . ")


def _top_level(expr: str, separator: str) -> list[str]:
    """``expr`` split at each ``separator`` outside brackets and quotes."""
    pieces, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(expr):
        char = expr[i]
        if quote:
            i += 2 if char == "\\" else 1
            quote = "" if char == quote else quote
            continue
        if char in "'\"":
            quote = char
        depth += 1 if char in "([{" else -1 if char in ")]}" else 0
        if depth == 0 and expr.startswith(separator, i):
            pieces.append(expr[start:i])
            start = i = i + len(separator)
            continue
        i += 1
    return [*pieces, expr[start:]]
