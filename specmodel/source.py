"""YAML with positions: the plain data plus a map from each value's path to its location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from specmodel.errors import Location, SpecError, SpecErrors

Path = tuple[str | int, ...]


@dataclass
class Source:
    """A parsed YAML document and where each of its values came from."""

    file: str
    data: Any
    positions: dict[Path, Location] = field(default_factory=dict)
    key_positions: dict[Path, Location] = field(default_factory=dict)  # of a mapping's keys

    def where(self, path: Path) -> Location:
        """Location of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.positions:
                return self.positions[path[:end]]
        return Location(self.file, 1, 1)

    def error(self, path: Path, message: str) -> SpecError:
        """A :class:`SpecError` located at ``path``."""
        return SpecError(self.where(path), message)

    def key_error(self, path: Path, message: str) -> SpecError:
        """A :class:`SpecError` at the key that ends ``path`` (an unknown key, say)."""
        return SpecError(self.key_positions.get(path) or self.where(path), message)


MAX_DEPTH = 64  # nesting deeper than any format needs (PyYAML's composer recurses per level)
_HINTS = {
    "mapping values are not allowed here": (
        "a line is indented more than its neighbours, or a plain value holds ': ' (quote it)"
    ),
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
}


class _RefusedError(Exception):
    """A document the loader will not build: an alias or too deep a nesting."""

    def __init__(self, mark: Any, message: str) -> None:  # a pure or a C yaml.Mark
        super().__init__(message)
        self.mark, self.message = mark, message


class _Loader(yaml.SafeLoader):
    """SafeLoader without aliases (an alias bomb expands without bound) and with a depth cap."""

    depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent):
            message = "YAML aliases (*name) are not allowed in a format file: write the value out"
            raise _RefusedError(event.start_mark, message)
        if self.depth >= MAX_DEPTH:
            raise _RefusedError(event.start_mark, f"nested more than {MAX_DEPTH} levels deep")
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def read_source(file: str, text: str) -> Source:
    """Parse ``text``; YAML syntax errors and duplicate keys raise :class:`SpecErrors`."""
    try:
        return _read(file, text)
    except _RefusedError as refused:
        raise SpecErrors([SpecError(_mark(file, refused.mark), refused.message)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise SpecErrors([SpecError(_mark(file, mark), _yaml_message(error))]) from None
    except yaml.reader.ReaderError as error:
        where = _offset(file, text, error.position)
        character = f"U+{error.character:04X}" if isinstance(error.character, int) else "a byte"
        message = f"invalid YAML: character {character} is not allowed in a YAML file"
        raise SpecErrors([SpecError(where, message)]) from None


def _read(file: str, text: str) -> Source:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecErrors([SpecError(Location(file, 1, 1), "the file is empty")])
        source = Source(file, None)
        _record(node, (), source)
        source.data = loader.construct_document(node)
    finally:
        loader.dispose()
    return source


def _yaml_message(error: yaml.MarkedYAMLError) -> str:
    context = f" ({error.context})" if error.context else ""
    hint = next((h for problem, h in _HINTS.items() if problem in str(error.problem)), "")
    return f"invalid YAML: {error.problem}{context}" + (f"; {hint}" if hint else "")


def _mark(file: str, mark: Any) -> Location:
    return Location(file, mark.line + 1, mark.column + 1) if mark else Location(file, 1, 1)


def _offset(file: str, text: str, position: int) -> Location:
    before = text[:position]
    return Location(file, before.count("\n") + 1, position - (before.rfind("\n") + 1) + 1)


def _record(node: yaml.Node, path: Path, source: Source) -> None:
    source.positions[path] = _location(node, source.file)
    if isinstance(node, yaml.MappingNode):
        _record_mapping(node, path, source)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, (*path, index), source)


def _record_mapping(node: yaml.MappingNode, path: Path, source: Source) -> None:
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in seen:
            where = _location(key_node, source.file)
            raise SpecErrors([SpecError(where, f"duplicate key {key!r}")])
        seen.add(key)
        source.key_positions[(*path, key)] = _location(key_node, source.file)
        _record(value_node, (*path, key), source)


def _location(node: yaml.Node, file: str) -> Location:
    return Location(file, node.start_mark.line + 1, node.start_mark.column + 1)
