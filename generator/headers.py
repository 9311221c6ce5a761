"""The "generated — do not edit" header, in the comment syntax each kind of file takes."""

from __future__ import annotations

from pathlib import PurePosixPath

_NO_COMMENTS = {".json"}  # JSON has no comments: the manifest records these files instead
_XML = {".xml", ".csproj"}


def notice(source: str) -> str:
    """The header text itself (without comment markers)."""
    return f"Code generated from {source} — do not edit."


def with_header(path: str, text: str, source: str, line_comment: str) -> str:
    """``text`` with the header in front (after ``<?php`` for PHP files)."""
    suffix = PurePosixPath(path).suffix
    if suffix in _NO_COMMENTS or PurePosixPath(path).name == "LICENSE":
        return text  # no comment syntax (or a legal text): the manifest records these files
    if suffix == ".md":
        return f"<!-- {notice(source)} -->\n\n{text}"
    if suffix in _XML:
        return _after_xml_declaration(text, f"<!-- {notice(source)} -->\n")
    comment = "#" if suffix in (".toml", ".py") else line_comment
    if path.endswith(".go") or path.endswith("go.mod"):
        line = f"// Code generated from {source}; DO NOT EDIT.\n"  # Go's convention
    else:
        line = f"{comment} {notice(source)}\n"
    if text.startswith("<?php\n"):
        return "<?php\n\n" + line + text.removeprefix("<?php\n")
    return line + "\n" + text if not text.startswith("\n") else line + text


def _after_xml_declaration(text: str, line: str) -> str:
    if text.startswith("<?xml"):
        first, _, rest = text.partition("\n")
        return f"{first}\n{line}{rest}"
    return line + text
