"""Java statements laid out as google-java-format lays them out (AOSP indentation, 100
columns): calls, method heads, statements, conditions, and whole rendered bodies reflowed.

The generator cannot run google-java-format, so the templates write each statement on one line
and these break the ones that are too long the way the formatter would.
"""

from __future__ import annotations

import textwrap

from generator.languages.java_docs import WIDTH, JavaDocs


class JavaLayout(JavaDocs):
    """Line breaking of Java code (the Javadoc reflow leans on :class:`JavaDocs`)."""

    def call(self, indent: int, head: str, args: list[str] | tuple[str, ...], tail: str) -> str:
        """``head`` + comma-separated ``args`` + ``tail``, wrapped at 100 columns like
        google-java-format (AOSP indentation): whole, then after `` = ``, then one argument
        per line."""
        pad = " " * indent
        line = head + ", ".join(args) + tail
        if indent + len(line) <= WIDTH:
            return pad + line
        lhs, eq, rhs = head.partition(" = ")
        if eq and "(" not in lhs and indent + 8 + len(line) - len(lhs) - 3 <= WIDTH:
            return f"{pad}{lhs} =\n{pad}        {line[len(lhs) + 3 :]}"
        more = pad + "        "
        if eq and "(" not in lhs:
            return f"{pad}{lhs} =\n" + self.call(indent + 8, rhs, args, tail)
        if not args:
            return pad + line
        joined = ", ".join(args) + tail
        if len(more) + len(joined) <= WIDTH:
            return f"{pad}{head}\n{more}{joined}"
        return pad + head + "\n" + ",\n".join(more + a for a in args) + tail

    def method(
        self, indent: int, head: str, params: list[str], throws: str = "EmbedException"
    ) -> str:
        """A method declaration's first lines: ``head(params) throws X {``, wrapped at 100."""
        pad = " " * indent
        whole = f"{head}{', '.join(params)}) throws {throws} {{"
        if indent + len(whole) <= WIDTH:
            return pad + whole
        first = f"{head}{', '.join(params)})"
        if indent + len(first) <= WIDTH:
            return f"{pad}{first}\n{pad}        throws {throws} {{"
        return self.call(indent, head, params, ")") + f"\n{pad}        throws {throws} {{"

    def line(self, indent: int, text: str) -> str:
        """One statement, broken like google-java-format when longer than 100 columns: after
        `` = ``, then before ``?`` and ``:`` of a conditional; a call's arguments one a line."""
        pad = " " * indent
        if indent + len(text) <= WIDTH:
            return pad + text
        lhs, rhs = _split_top(text, " = ", 1) if " = " in text else (text, "")
        if rhs and "(" not in lhs:
            if indent + 8 + len(rhs) <= WIDTH:
                return f"{pad}{lhs} =\n{pad}        {rhs}"
            parts = _split_conditional(rhs)
            if parts:
                more = pad + " " * 16
                rows = [f"{pad}        {parts[0]}", f"{more}? {parts[1]}", f"{more}: {parts[2]}"]
                fixed = [self._long_argument(r) if len(r) > WIDTH else r for r in rows]
                return f"{pad}{lhs} =\n" + "\n".join(fixed)
            return f"{pad}{lhs} =\n" + self.line(indent + 8, rhs)
        opening = _final_call(text)
        if opening > 0:
            head, args = text[:opening], text[opening + 1 : -2]
            broken = self.call(indent, head + "(", _split_top(args, ", "), ");")
            return "\n".join(
                self._long_argument(row) if len(row) > WIDTH else row for row in broken.split("\n")
            )
        return pad + text

    def _long_argument(self, row: str) -> str:
        """An argument row still too long: broken before ``||`` / ``&&`` / ``?`` (+8)."""
        indent = len(row) - len(row.lstrip())
        text = row.strip()
        tail = "," if text.endswith(",") else ");" if text.endswith(");") else ""
        body = text[: len(text) - len(tail)] if tail else text
        for n, op in enumerate((" || ", " && ", " ? ")):
            parts = _split_top(body, op)
            if len(parts) > 1:
                more = " " * (indent + 8)
                rows = [" " * indent + parts[0]] + [f"{more}{op.strip()} {x}" for x in parts[1:]]
                rows[-1] += tail
                return "\n".join(
                    self._long_argument(r) if len(r) > WIDTH and n < 2 else r for r in rows
                )
        # a single call (``? readScope(object.get("scope"))``): its arguments on the next line
        opening = _final_call(body + ";") if body.endswith(")") else -1
        if opening > 0 and body[opening - 1].isalnum():
            more = " " * (indent + 8)
            return f"{' ' * indent}{body[: opening + 1]}\n{more}{body[opening + 1 :]}{tail}"
        return row

    def reflow(self, code: str) -> str:
        """Lines longer than 100 columns broken the way google-java-format breaks them (one-line
        Javadoc into a block; statements after ``=``, before ``?``/``:``, between arguments,
        before ``||``/``&&``); a long word such as a URL in a comment stays whole."""
        out = []
        for line in code.split("\n"):
            text = line.strip()
            indent = len(line) - len(line.lstrip())
            if len(line) <= WIDTH or not text:
                out.append(line)
            elif text.startswith("/** ") and text.endswith(" */"):
                pad = " " * indent
                out.append(f"{pad}/**\n{self.doc(indent, text[4:-3])}\n{pad} */")
            elif text.startswith(("*", "//")):
                out.append(line)
            elif text.endswith(") {") and text.startswith(("public ", "private ", "static ")):
                head, _, rest = text.partition("(")
                params, _, throws = rest.rpartition(")")
                throws = throws.strip().removeprefix("throws").removesuffix("{").strip()
                args = _split_top(params, ", ")
                out.append(
                    self.method(indent, head + "(", args, throws)
                    if throws
                    else self.call(indent, head + "(", args, ") {")
                )
            elif text.startswith("if (") and text.endswith(") {"):
                out.append(self._condition(indent, "if (", text[4:-3], ") {"))
            else:
                out.append(self.line(indent, text))
        return "\n".join(out)

    def _condition(self, indent: int, head: str, cond: str, tail: str) -> str:
        pad = " " * indent
        for op in (" || ", " && "):
            parts = _split_top(cond, op)
            if len(parts) > 1:
                more = pad + " " * 8
                joined = f"\n{more}{op.strip()} ".join(parts)
                return f"{pad}{head}{joined}{tail}"
        return pad + head + cond + tail

    def wrapped(self, indent: int, head: str, expr: str, tail: str) -> str:
        """``head`` + a boolean ``expr`` + ``tail``, broken before top-level ``||`` (then
        ``&&``) with +8 continuations when longer than 100 columns."""
        if expr.startswith("(") and _final_call(f"x{expr};") == 1:
            expr = expr[1:-1]  # one parenthesized group: the parentheses add nothing here
        if indent + len(head + expr + tail) <= WIDTH:
            return " " * indent + head + expr + tail
        return self._condition(indent, head, expr, tail)

    def fill(self, indent: int, words: list[str]) -> str:
        """Comma-separated words filled into lines of 100 columns (an enum's constants)."""
        return "\n".join(
            textwrap.wrap(
                ", ".join(words),
                WIDTH,
                initial_indent=" " * indent,
                subsequent_indent=" " * indent,
            )
        )


def _split_top(text: str, sep: str, limit: int = -1) -> list[str]:
    """``text`` split on ``sep`` outside brackets and string literals."""
    parts, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(text):
        c = text[i]
        if quote:
            i += 2 if c == "\\" else 1
            quote = "" if c == quote else quote
            continue
        if c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif depth == 0 and text.startswith(sep, i) and limit != 0:
            parts.append(text[start:i])
            start = i = i + len(sep)
            limit -= 1
            continue
        i += 1
    return [*parts, text[start:]]


def _final_call(text: str) -> int:
    """Where the argument list of a statement's last call opens (``f(…);``), or -1."""
    if not text.endswith(");"):
        return -1
    depth = 0
    for i in range(len(text) - 2, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _split_conditional(text: str) -> list[str] | None:
    """``a ? b : c`` (a trailing ``;`` kept on ``c``) as its three parts, or None."""
    cond = _split_top(text, " ? ", 1)
    if len(cond) != 2:
        return None
    rest = _split_top(cond[1], " : ", 1)
    return [cond[0], *rest] if len(rest) == 2 else None
