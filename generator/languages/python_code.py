"""Python expressions laid out the way ``ruff format`` lays them out (calls split over lines)."""

from __future__ import annotations

import json

LINE_LENGTH = 100


class PythonLiterals:
    """The one literal every Python template helper writes: a string, escaped as JSON does
    (every JSON escape is a Python escape too)."""

    def string_literal(self, text: str) -> str:
        return json.dumps(text, ensure_ascii=False)


class Call:
    """A call (or tuple) expression the templates lay out as ``ruff format`` would."""

    def __init__(self, func: str, args: list[str | Call], *, is_tuple: bool = False) -> None:
        self.func, self.args, self.is_tuple = func, args, is_tuple

    def body(self) -> str:
        """The arguments on one line."""
        text = ", ".join(flat(a) for a in self.args)
        return text + "," if self.is_tuple and len(self.args) == 1 else text

    def flat(self) -> str:
        """The whole expression on one line."""
        return f"{self.func}({self.body()})"

    def __str__(self) -> str:
        return self.flat()


def flat(expr: str | Call) -> str:
    """An expression on one line."""
    return expr if isinstance(expr, str) else expr.flat()


def render_call(expr: str | Call, indent: int, prefix: str = "", suffix: str = "") -> str:
    """``prefix + expr + suffix`` at ``indent``, split over lines when too long."""
    return "\n".join(_render(expr, indent, prefix, suffix))


def _render(expr: str | Call, indent: int, prefix: str, suffix: str) -> list[str]:
    pad = " " * indent
    line = pad + prefix + flat(expr) + suffix
    if len(line) <= LINE_LENGTH or isinstance(expr, str) or not expr.args:
        return [line]
    head, tail = f"{pad}{prefix}{expr.func}(", f"{pad}){suffix}"
    body = expr.body()
    if indent + 4 + len(body) <= LINE_LENGTH and not (expr.is_tuple and len(expr.args) == 1):
        return [head, " " * (indent + 4) + body, tail]
    lines = [head]
    for arg in expr.args:
        lines += _render(arg, indent + 4, "", ",")
    return [*lines, tail]


def concat(indent: int, prefix: str, terms: list[str]) -> str:
    """``prefix a + b + c``: on one line, else parenthesized as ``ruff format`` wraps it."""
    terms = merge_literals(terms)
    pad = " " * indent
    line = pad + prefix + " + ".join(terms)
    if len(line) <= LINE_LENGTH or len(terms) == 1:
        return line
    inner = pad + "    " + " + ".join(terms)
    if len(inner) <= LINE_LENGTH:
        return "\n".join([f"{pad}{prefix}(", inner, f"{pad})"])
    body = [pad + "    " + terms[0]] + [f"{pad}    + {t}" for t in terms[1:]]
    return "\n".join([f"{pad}{prefix}(", *body, f"{pad})"])


def merge_literals(terms: list[str]) -> list[str]:
    """Adjacent string literals (JSON-quoted) joined into one."""
    merged: list[str] = []
    for term in terms:
        if merged and _is_literal(term) and _is_literal(merged[-1]):
            merged[-1] = json.dumps(json.loads(merged[-1]) + json.loads(term), ensure_ascii=False)
        else:
            merged.append(term)
    return merged


def _is_literal(term: str) -> bool:
    if not (term.startswith('"') and term.endswith('"')):
        return False
    try:
        return isinstance(json.loads(term), str)
    except ValueError:
        return False
