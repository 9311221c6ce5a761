"""Parsing the one-line TypeScript the generator writes into a small tree for :mod:`.pretty`.

Nodes are tuples: ``("call", callee, args)``, ``("member", obj, name)``, ``("index", obj, i)``,
``("op", op, left, right)``, ``("?:", test, yes, no)``, ``("=>", params, body)``,
``("prefix", op, operand)``, ``("paren", inner)``, ``("array", items)``, ``("object", members)``;
anything else (a name, a literal, a template literal, a regular expression) is its text.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<template>`)|
    (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|
    (?P<number>\d[\d_]*(?:\.\d+)?|0x[\da-fA-F]+)|
    (?P<name>[A-Za-z_$][\w$]*)|
    (?P<op>\.\.\.|=>|===|!==|==|!=|<=|>=|&&|\|\||\?\?|[-+*/%<>!?:.,;()\[\]{}=])
    )""",
    re.VERBOSE,
)
_BINARY = {"??": 1, "||": 1, "&&": 2, "===": 3, "!==": 3, "==": 3, "!=": 3}
_BINARY |= {"<": 4, ">": 4, "<=": 4, ">=": 4, "+": 5, "-": 5, "*": 6, "/": 6, "%": 6}
_PREFIX = {"!", "-", "await", "typeof", "void", "new", "..."}


class Parser:
    """A recursive-descent parser over the tokens of one expression."""

    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.at = 0

    def peek(self, offset: int = 0) -> str:
        index = self.at + offset
        return self.tokens[index] if index < len(self.tokens) else ""

    def take(self, expected: str | None = None) -> str:
        token = self.peek()
        if token == "":
            raise SyntaxError(f"unexpected end of {' '.join(self.tokens)}")
        if expected is not None and token != expected:
            raise SyntaxError(f"expected {expected!r}, got {token!r} in {' '.join(self.tokens)}")
        self.at += 1
        return token

    def expression(self) -> object:
        if self.is_arrow():
            return self.arrow()
        test = self.binary(0)
        if self.peek() != "?":
            return test
        self.take("?")
        consequent = self.expression()
        self.take(":")
        return ("?:", test, consequent, self.expression())

    def is_arrow(self) -> bool:
        if re.fullmatch(r"[A-Za-z_$][\w$]*", self.peek()) and self.peek(1) == "=>":
            return True
        if self.peek() != "(":
            return False
        depth, i = 0, self.at
        while i < len(self.tokens):
            depth += {"(": 1, ")": -1}.get(self.tokens[i], 0)
            if depth == 0:
                return i + 1 < len(self.tokens) and self.tokens[i + 1] == "=>"
            i += 1
        return False

    def arrow(self) -> object:
        params = []
        if self.peek() == "(":
            self.take("(")
            while self.peek() != ")":
                params.append(self.take())
                if self.peek() == ",":
                    self.take(",")
            self.take(")")
        else:
            params.append(self.take())
        self.take("=>")
        return ("=>", params, self.expression())

    def binary(self, level: int) -> object:
        left = self.unary()
        while self.peek() in _BINARY and _BINARY[self.peek()] > level:
            op = self.take()
            left = ("op", op, left, self.binary(_BINARY[op]))
        return left

    def unary(self) -> object:
        if self.peek() in _PREFIX:
            op = self.take()
            return ("prefix", op, self.unary())
        return self.postfix(self.primary())

    def postfix(self, node: object) -> object:
        while self.peek() in (".", "[", "("):
            token = self.take()
            if token == ".":
                node = ("member", node, self.take())
            elif token == "[":
                index = self.expression()
                self.take("]")
                node = ("index", node, index)
            else:
                node = ("call", node, self.items(")"))
        return node

    def items(self, close: str) -> list[object]:
        found = []
        while self.peek() != close:
            found.append(self.expression())
            if self.peek() == ",":
                self.take(",")
        self.take(close)
        return found

    def primary(self) -> object:
        token = self.take()
        if token == "(":
            inner = self.expression()
            self.take(")")
            return ("paren", inner)
        if token == "[":
            return ("array", self.items("]"))
        if token == "{":
            return ("object", self.members())
        return token

    def members(self) -> list[object]:
        found: list[object] = []
        while self.peek() != "}":
            if self.peek() == "...":
                self.take()
                found.append(("...", self.expression()))
            elif self.peek(1) == ":":
                key = self.take()
                self.take(":")
                found.append((key, self.expression()))
            else:
                found.append(self.take())
            if self.peek() == ",":
                self.take(",")
        self.take("}")
        return found


def tokenize(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text):
        if text[at:].strip() == "":
            break
        match = _TOKEN.match(text, at)
        if match is None:
            raise SyntaxError(f"cannot lay out {text[at : at + 20]!r}")
        if match.group("template"):
            start = match.start("template")
            end = _template_end(text, start)
            tokens.append(text[start:end])
            at = end
            continue
        if match.group("op") == "/" and (not tokens or tokens[-1] in "(,=:[!&|?{;"):
            regex = re.compile(r"/(?:[^/\\\[\n]|\\.|\[(?:[^\]\\]|\\.)*\])+/[a-z]*").match(
                text, match.start("op")
            )
            assert regex is not None
            tokens.append(regex.group(0))
            at = regex.end()
            continue
        tokens.append(match.group(match.lastgroup or "op"))
        at = match.end()
    return tokens


def _template_end(text: str, start: int) -> int:
    """The index after the template literal starting at ``start`` (``${…}`` may nest)."""
    i, depth = start + 1, 0
    while i < len(text):
        char = text[i]
        if char == "\\":
            i += 2
            continue
        if depth == 0 and char == "`":
            return i + 1
        if text.startswith("${", i):
            depth += 1
            i += 2
            continue
        if depth and char == "}":
            depth -= 1
        elif depth and char == "`":
            i = _template_end(text, i)
            continue
        elif depth and char in "\"'":
            match = re.compile(rf"{char}(?:[^{char}\\]|\\.)*{char}").match(text, i)
            assert match is not None
            i = match.end()
            continue
        i += 1
    raise SyntaxError("unterminated template literal")
