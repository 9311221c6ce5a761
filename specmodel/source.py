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

    def where(self, path: Path) -> Location:
        """Location of ``path``, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            if path[:end] in self.positions:
                return self.positions[path[:end]]
        return Location(self.file, 1, 1)

    def error(self, path: Path, message: str) -> SpecError:
        """A :class:`SpecError` located at ``path``."""
        return SpecError(self.where(path), message)


def read_source(file: str, text: str) -> Source:
    """Parse ``text``; YAML syntax errors and duplicate keys raise :class:`SpecErrors`."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecErrors([SpecError(Location(file, 1, 1), "the file is empty")])
        source = Source(file, None)
        _record(node, (), source)
        source.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = Location(file, mark.line + 1, mark.column + 1) if mark else Location(file, 1, 1)
        context = f" ({error.context})" if error.context else ""
        raise SpecErrors([SpecError(where, f"invalid YAML: {error.problem}{context}")]) from None
    finally:
        loader.dispose()
    return source


def _record(
    node: yaml.Node, path: Path, source: Source, ancestors: frozenset[int] = frozenset()
) -> None:
    source.positions[path] = _location(node, source.file)
    if id(node) in ancestors:  # an alias that contains itself would never end
        raise SpecErrors([SpecError(_location(node, source.file), "recursive YAML alias")])
    ancestors = ancestors | {id(node)}
    if isinstance(node, yaml.MappingNode):
        _record_mapping(node, path, source, ancestors)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _record(item, (*path, index), source, ancestors)


def _record_mapping(
    node: yaml.MappingNode, path: Path, source: Source, ancestors: frozenset[int]
) -> None:
    seen: set[str] = set()
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in seen:
            where = _location(key_node, source.file)
            raise SpecErrors([SpecError(where, f"duplicate key {key!r}")])
        seen.add(key)
        _record(value_node, (*path, key), source, ancestors)


def _location(node: yaml.Node, file: str) -> Location:
    return Location(file, node.start_mark.line + 1, node.start_mark.column + 1)
