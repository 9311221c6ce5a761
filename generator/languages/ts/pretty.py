"""Generated statements laid out as prettier lays them out (see :mod:`.layout`).

``statement(indent, text)`` takes one statement written on one line and returns it as
prettier (printWidth 100, trailing commas, arrow parentheses) would print it.
"""

from __future__ import annotations

import re
import textwrap

from generator.languages.ts.layout import WIDTH, Group, IfBreak, Indent, Line, render
from generator.languages.ts.syntax import Parser

_WORDS = {"await", "typeof", "void", "new"}
_HARD = Line(hard=True)


def _join(items: list[object], separator: list[object]) -> list[object]:
    out: list[object] = []
    for i, item in enumerate(items):
        if i:
            out.extend(separator)
        out.append(item)
    return out


def _breaks_after_operator(node: object) -> bool:
    """A value prettier moves to the next line first (after ``=`` or ``:``)."""
    return isinstance(node, tuple) and node[0] in ("?:", "op")


def doc(node: object) -> object:
    """The document of an expression tree."""
    if isinstance(node, str):
        return node
    assert isinstance(node, tuple)
    kind = node[0]
    if kind == "paren":
        return ["(", doc(node[1]), ")"]
    if kind == "member":
        return [doc(node[1]), ".", node[2]]
    if kind == "index":
        return [doc(node[1]), "[", doc(node[2]), "]"]
    if kind == "prefix":
        op = node[1]
        return [op + (" " if op in _WORDS else ""), doc(node[2])]
    if kind == "op":  # a chain of one operator breaks at each of them
        operands = _chain(node, node[1])
        parts: list[object] = [doc(operands[0])]
        for operand in operands[1:]:
            parts += [" " + node[1], Line(), doc(operand)]
        return Group(parts)
    if kind == "?:":  # the branches are aligned past "? " and ": "
        branches = [Line(), "? ", Indent([doc(node[2])]), Line(), ": ", Indent([doc(node[3])])]
        return Group([doc(node[1]), Indent(branches)])
    if kind == "=>":
        head = "(" + ", ".join(node[1]) + ") =>"
        body = node[2]
        if isinstance(body, tuple) and body[0] in ("array", "object"):
            return [head, " ", doc(body)]
        return Group([head, Indent([Line(), doc(body)])])
    if kind == "array":
        return _bracketed("[", "]", [doc(item) for item in node[1]], soft=True)
    if kind == "object":
        return _bracketed("{", "}", [_member(m) for m in node[1]], soft=False)
    if kind == "call":
        return _call(node)
    raise ValueError(f"no layout for {kind}")


def _chain(node: object, op: str) -> list[object]:
    """The operands of ``a op b op c``."""
    if isinstance(node, tuple) and node[0] == "op" and node[1] == op:
        return [*_chain(node[2], op), *_chain(node[3], op)]
    return [node]


def _member(member: object) -> object:
    if isinstance(member, str):
        return member
    assert isinstance(member, tuple)
    key, value = member
    if key == "...":
        return ["...", doc(value)]
    if _breaks_after_operator(value):
        return Group([key, ":", Indent([Line(), doc(value)])])
    return [key, ": ", doc(value)]


def _bracketed(open_: str, close: str, items: list[object], soft: bool) -> object:
    if not items:
        return open_ + close
    line = Line(soft=soft)
    body = Indent([line, *_join(items, [",", Line()])])
    return Group([open_, body, IfBreak(","), Line(soft=soft), close])


def _expanded(node: object) -> object | None:
    """A last argument printed expanded, hugged by its call (prettier's rules)."""
    if not isinstance(node, tuple):
        return None
    if node[0] in ("object", "array"):
        items = node[1]
        if not items:
            return None
        inner = [_member(m) for m in items] if node[0] == "object" else [doc(i) for i in items]
        open_, close = ("{", "}") if node[0] == "object" else ("[", "]")
        return [open_, Indent([_HARD, *_join(inner, [",", _HARD]), ","]), _HARD, close]
    if node[0] == "=>":
        body = node[2]
        if isinstance(body, tuple) and body[0] in ("call", "?:"):
            head = "(" + ", ".join(node[1]) + ") =>"
            return [head, Indent([_HARD, doc(body)])]
    return None


def _call(node: tuple[object, ...]) -> object:
    """A call: the callee, then its arguments' group (the last one hugged where it can be)."""
    callee, args = doc(node[1]), list(node[2])  # type: ignore[call-overload]
    if not args:
        return [callee, "()"]
    docs = [doc(a) for a in args]
    broken: list[object] = ["(", Indent([Line(soft=True), *_join(docs, [",", Line()])])]
    broken += [IfBreak(","), Line(soft=True), ")"]
    states: list[object] = []
    last = _expanded(args[-1])
    if last is not None:
        head = ["(", *_join(docs[:-1], [", "]), ", " if len(docs) > 1 else ""]
        hugs_arrow = isinstance(args[-1], tuple) and args[-1][0] == "=>"
        states.append([*head, last, *([",", _HARD, ")"] if hugs_arrow else [")"])])
    return [callee, Group(broken, states)]


# ---------------------------------------------------------------------- statements


def _parse(text: str) -> object:
    parser = Parser(text)
    node = parser.expression()
    if parser.peek() not in ("", ";"):
        raise SyntaxError(f"unparsed {parser.tokens[parser.at :]} in {text!r}")
    return node


def statement(indent: int, text: str) -> str:
    """One statement (written on one line) laid out at ``indent``."""
    text = text.strip()
    pad = " " * indent
    if len(pad) + len(text) <= WIDTH:
        return pad + text
    return pad + render(_statement(text), indent)


def _statement(text: str) -> object:
    if text.startswith("if ("):
        close = _matching(text, 3)
        condition, body = text[4:close], text[close + 1 :].strip()
        head = Group(
            ["if (", Indent([Line(soft=True), doc(_parse(condition))]), Line(soft=True), ")"]
        )
        if body.startswith("{"):
            return [head, " ", body]
        return [head, " {", Indent([_HARD, _statement(body)]), _HARD, "}"]
    for keyword in ("return ", "throw "):
        if text.startswith(keyword):
            return [keyword, doc(_parse(text[len(keyword) :].rstrip(";"))), ";"]
    declaration = re.match(
        r"((?:export )?(?:const|let) [^=]+?|[\w$]+(?:\.[\w$]+|\[[^\]]+\])+) = (.*);$", text, re.S
    )
    if declaration:
        lhs, rhs = declaration.group(1), _parse(declaration.group(2))
        if _breaks_after_operator(rhs):
            return Group([lhs, " =", Indent([Line(), doc(rhs)]), ";"])
        return [lhs, " = ", doc(rhs), ";"]
    return [doc(_parse(text.rstrip(";"))), ";"]


def _matching(text: str, start: int) -> int:
    """The index of the parenthesis closing the one at ``start``."""
    depth, i = 0, start
    quote = ""
    while i < len(text):
        char = text[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise SyntaxError(f"unbalanced parentheses in {text!r}")


# ---------------------------------------------------------------------- whole files

_SIGNATURE = re.compile(
    r"^(\s*)((?:export )?(?:async )?function \w+(?:<[^>]*>)?|constructor)\((.*)\)(: .*)? \{$"
)


def tidy(text: str) -> str:
    """Every line of ``text`` longer than the width laid out as prettier would: statements,
    and function signatures (one parameter a line). Comments are left as they are."""
    out = []
    for line in text.split("\n"):
        stripped = line.strip()
        if len(line) <= WIDTH or stripped.startswith("//"):
            out.append(line)
            continue
        if stripped.startswith(("*", "/*")):
            out.extend(_comment(line))
            continue
        indent = len(line) - len(line.lstrip())
        signature = _SIGNATURE.match(line)
        if signature:
            pad, head, params, result = signature.groups()
            inner = "".join(f"{pad}  {p}," + "\n" for p in _split_params(params))
            out.append(f"{pad}{head}(\n{inner}{pad}){result or ''} {{")
            continue
        try:
            out.append(statement(indent, stripped))
        except (SyntaxError, ValueError, AssertionError, IndexError):
            out.append(line)
    return "\n".join(out)


def _comment(line: str) -> list[str]:
    """A block comment's line too long for the width, wrapped (a lone long word stays)."""
    pad = line[: len(line) - len(line.lstrip())]
    stripped = line.strip()
    if stripped.startswith("/**") and stripped.endswith("*/"):
        body = stripped[3:-2].strip()
        return [f"{pad}/**", *_comment(f"{pad} * {body}"), f"{pad} */"]
    if not stripped.startswith("* "):
        return [line]
    body = stripped[2:]
    hanging = "  " if body.startswith(("@", "- ")) else ""
    lead = f"{pad}* "
    width = WIDTH - len(lead)
    lines = textwrap.wrap(body, width, break_long_words=False, break_on_hyphens=False)
    if len(lines) <= 1 or body.startswith("@see"):
        return [line]
    rest = textwrap.wrap(
        " ".join(lines[1:]), width - len(hanging), break_long_words=False, break_on_hyphens=False
    )
    wrapped = [lead + lines[0], *(lead + hanging + part for part in rest)]
    return wrapped if all(len(part) <= WIDTH for part in wrapped) else [line]


def _split_params(params: str) -> list[str]:
    """Parameters split at the commas outside brackets and strings."""
    found, depth, start, quote = [], 0, 0, ""
    for i, char in enumerate(params):
        if quote:
            quote = "" if char == quote and params[i - 1] != "\\" else quote
        elif char in "\"'`":
            quote = char
        elif char in "([{<":
            depth += 1
        elif char in ")]}>" and not (char == ">" and params[i - 1] == "="):
            depth -= 1
        elif char == "," and depth == 0:
            found.append(params[start:i].strip())
            start = i + 1
    found.append(params[start:].strip())
    return [p for p in found if p]
