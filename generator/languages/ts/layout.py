"""Documents and their printing, after prettier's algorithm (``printDocToString``).

A document is text, a :class:`Line` (a space or a line break; ``soft``: nothing or a break;
``hard``: always a break), an :class:`Indent`, an :class:`IfBreak`, a list, or a
:class:`Group`: printed on one line when it fits in the width, else broken; a group with
``states`` (prettier's conditional group) tries them in turn before breaking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH = 100
_FLAT, _BREAK = 0, 1


@dataclass
class Group:
    parts: list[object]
    states: list[object] = field(default_factory=list)
    broken: bool = False  # it holds a hard line break: never flat


@dataclass
class Indent:
    parts: list[object]


@dataclass
class Line:
    soft: bool = False
    hard: bool = False


@dataclass
class IfBreak:
    broken: str
    flat: str = ""


def _propagate(doc: object) -> bool:
    """Mark the groups that hold a hard line; whether ``doc`` holds one."""
    if isinstance(doc, Line):
        return doc.hard
    if isinstance(doc, list):
        return any([_propagate(part) for part in doc])
    if isinstance(doc, Indent):
        return _propagate(doc.parts)
    if isinstance(doc, Group):
        doc.broken = _propagate(doc.parts) or doc.broken
        for state in doc.states:
            _propagate(state)
        return doc.broken
    return False


def _fits(
    command: tuple[int, int, object], rest: list[tuple[int, int, object]], width: int
) -> bool:
    """Whether ``command`` (then what follows it) reaches a line break within ``width``."""
    stack = [command]
    rest_index = len(rest)
    while width >= 0:
        if not stack:
            if rest_index == 0:
                return True
            rest_index -= 1
            stack.append(rest[rest_index])
            continue
        indent, mode, doc = stack.pop()
        if isinstance(doc, str):
            width -= len(doc)
        elif isinstance(doc, list):
            stack.extend((indent, mode, part) for part in reversed(doc))
        elif isinstance(doc, Indent):
            stack.extend((indent + 2, mode, part) for part in reversed(doc.parts))
        elif isinstance(doc, IfBreak):
            width -= len(doc.broken if mode == _BREAK else doc.flat)
        elif isinstance(doc, Group):
            group_mode = _BREAK if doc.broken else mode
            stack.extend((indent, group_mode, part) for part in reversed(doc.parts))
        elif isinstance(doc, Line):
            if mode == _BREAK or doc.hard:
                return True
            width -= 0 if doc.soft else 1
    return False


def render(doc: object, indent: int, width: int = WIDTH) -> str:
    """``doc`` printed from column ``indent`` (its first line starts there)."""
    _propagate(doc)
    out: list[str] = []
    column = indent
    commands: list[tuple[int, int, object]] = [(indent, _BREAK, doc)]
    remeasure = False
    while commands:
        ind, mode, item = commands.pop()
        if isinstance(item, str):
            out.append(item)
            column += len(item)
        elif isinstance(item, list):
            commands.extend((ind, mode, part) for part in reversed(item))
        elif isinstance(item, Indent):
            commands.extend((ind + 2, mode, part) for part in reversed(item.parts))
        elif isinstance(item, IfBreak):
            text = item.broken if mode == _BREAK else item.flat
            out.append(text)
            column += len(text)
        elif isinstance(item, Line):
            if mode == _FLAT and not item.hard:
                text = "" if item.soft else " "
                out.append(text)
                column += len(text)
                continue
            if mode == _FLAT:
                remeasure = True
            while out and out[-1].endswith(" "):
                out[-1] = out[-1].rstrip(" ")
            out.append("\n" + " " * ind)
            column = ind
        elif isinstance(item, Group):
            if mode == _FLAT and not remeasure:
                commands.append((ind, _BREAK if item.broken else _FLAT, item.parts))
                continue
            remeasure = False
            flat = (ind, _FLAT, item.parts)
            if not item.broken and _fits(flat, commands, width - column):
                commands.append(flat)
                continue
            chosen: tuple[int, int, object] = (ind, _BREAK, item.parts)
            for state in item.states:
                candidate = (ind, _FLAT, state)
                if _fits(candidate, commands, width - column):
                    chosen = candidate
                    break
            commands.append(chosen)
    return "".join(out)
